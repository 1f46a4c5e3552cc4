/**
 * The one place to re-badge the site for another county: the organisation,
 * its hotlines, its region and where the site is published. Everything else
 * (content, map bounds, footer, structured data) reads from here.
 */

/**
 * What a hotline is for. Layouts and the topic defaults (src/lib/taxonomy.ts)
 * ask for hotlines by role, so another county only changes numbers here.
 */
export type HotlineRole =
  /** Police: immediate danger. */
  | 'emergency'
  /** Medical emergency (ambulance). */
  | 'medical'
  /** The women's federation rights line. */
  | 'women'
  /** The procuratorate's service line. */
  | 'procuratorate'
  /** Public legal services and legal aid. */
  | 'legal'
  /** Children and young people. */
  | 'youth';

/** A public hotline shown in the hotline bar, the footer and "需要帮助？" boxes. */
export interface Hotline {
  /** What the line is for; pages pick hotlines by role, never by number. */
  role: HotlineRole;
  /** The number as dialled; also used for the `tel:` link. */
  number: string;
  /** Short name, e.g. 报警电话. */
  name: string;
  /** One line on when to call it, in plain words. */
  when: string;
  /** True for the number to call in immediate danger (shown first, emphasised). */
  emergency?: boolean;
}

/** Geographic bounding box in WGS-84 degrees. */
export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

export const site = {
  /** Absolute URL the site is published at (canonical links, sitemap, feeds). */
  url: 'https://gardenia.fuding.example',
  /** Short site name shown in the header and titles. */
  shortName: '栀子花维权服务',
  /** Full name of the service station. */
  name: '“栀子花”妇女儿童权益保护司法协作服务站',
  /** One-line description for search engines and shares. */
  description:
    '福鼎市妇联与福鼎市人民检察院共建的妇女儿童维权服务：普法知识、检察开放日、维权站点、案例故事和求助热线。',
  /** What the service is, in two or three plain sentences, for the home page. */
  intro:
    '“栀子花”服务站于 2023 年 3 月揭牌，由福鼎市妇联和福鼎市人民检察院共同建设，依托市级妇女儿童信访窗口和维权站运行。它以“1+3+N”的方式工作：1 个服务站、3 支维权队伍、N 个着力点，还在乡镇设立了 10 个维权工作所（室）。遇到家庭暴力、婚姻家庭纠纷、生活困难或孩子受到侵害，都可以来这里求助。',
  /** The partner organisations that run the service. */
  organisations: {
    federation: { name: '福鼎市妇女联合会', shortName: '福鼎市妇联' },
    procuratorate: { name: '福鼎市人民检察院', shortName: '福鼎市检察院' },
    guidance: { name: '宁德市妇女联合会', shortName: '宁德市妇联' },
  },
  /** The region served. */
  region: {
    /** Name of the city or county. */
    name: '福鼎市',
    /** Administrative code of the county-level division (GB/T 2260). */
    code: '350982',
    /** Province and prefecture, for addresses and structured data. */
    province: '福建省',
    prefecture: '宁德市',
    /** Bounding box of the region: stations outside it are a build error. */
    bbox: { south: 26.85, west: 119.9, north: 27.45, east: 120.75 } satisfies BoundingBox,
    /** A position further than this outside the box counts as "far away". */
    farKm: 30,
  },
  /** Hotlines, in the order they are shown: danger first. */
  hotlines: [
    { role: 'emergency', number: '110', name: '报警电话', when: '正在挨打、被威胁或有人身危险时，立即拨打。', emergency: true },
    { role: 'women', number: '12338', name: '妇女维权服务热线', when: '遭遇家庭暴力、婚姻家庭纠纷或权益受侵害，想咨询或求助时拨打（妇联）。' },
    { role: 'procuratorate', number: '12309', name: '检察服务热线', when: '控告申诉、司法救助、支持起诉或想了解检察开放日时拨打（检察院）。' },
    { role: 'legal', number: '12348', name: '公共法律服务热线', when: '需要法律咨询或申请法律援助时拨打（司法行政）。' },
    { role: 'youth', number: '12355', name: '青少年服务台', when: '孩子遇到心理困扰、欺凌或侵害时拨打（共青团）。' },
  ] satisfies Hotline[],
  /** Where "报告错误" mail goes. TODO: replace with the federation's real mailbox once confirmed. */
  correctionsEmail: 'corrections@gardenia.fuding.example',
  /** The neutral site the quick-exit control leaves to. */
  quickExitUrl: 'https://www.weather.com.cn/',
} as const;

export type SiteConfig = typeof site;
