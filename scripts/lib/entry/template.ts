/**
 * The text of a new entry for each collection: every required field filled
 * with something the schema accepts, and “【待填写】” wherever only a person
 * can know the answer. The lint's `placeholder` rule warns about those while
 * the entry is a draft and refuses them once it is published, so the file
 * previews at once but cannot go live half-written.
 */
import { AUDIENCES, CASE_CATEGORIES, STATION_KINDS, TOPICS } from '../../../src/lib/taxonomy.ts';
import { routes } from '../../../src/lib/routes.ts';
import { PLACEHOLDER } from '../lint/rules/placeholder.ts';

/** Collections an editor can create entries in. */
export const ENTRY_COLLECTIONS = ['articles', 'cases', 'opendays', 'pages', 'stations'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** Chinese names, for messages. */
export const COLLECTION_NAMES: Record<EntryCollection, string> = {
  articles: '普法文章',
  cases: '案例故事',
  opendays: '开放日',
  pages: '独立页面',
  stations: '服务站点',
};

/** Where a case was published, as far as the importer could tell. */
export interface SourceInfo {
  publisher?: string;
  author?: string;
  date?: string;
  note?: string;
}

/** What goes into a new entry besides the defaults. */
export interface EntryInput {
  title: string;
  /** Today in Beijing time, YYYY-MM-DD. */
  today: string;
  /** Body to use instead of the template's (the importer's text). */
  body?: string;
  /** YAML comment lines to put at the top of the frontmatter (without `# `). */
  notes?: string[];
  /** Source of a case (the importer's byline). */
  source?: SourceInfo;
  /** Line saying which tool made the file. */
  madeBy?: string;
}

/** The file extension for a collection. */
export function extensionOf(collection: EntryCollection): 'mdx' | 'yaml' {
  return collection === 'stations' ? 'yaml' : 'mdx';
}

/** The address the entry will have on the site (with trailing slash). */
export function routeOf(collection: EntryCollection, slug: string): string {
  const build = { articles: routes.article, cases: routes.case, opendays: routes.openday, stations: routes.station, pages: routes.page };
  return build[collection](slug);
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const q = (s: string): string => JSON.stringify(s);
const P = PLACEHOLDER;

function header(input: EntryInput, publishable: boolean): string[] {
  const lines = [
    `# ${input.madeBy ?? '由 npm run new 生成'}。填写说明：`,
    `# 1. 把所有“${P}”换成真实内容（npm run lint:content 会列出还剩哪些）；`,
    '# 2. 每个字段的含义和可选值见 docs/fields.md，写法见 docs/editors.md；',
    publishable
      ? '# 3. 写好、核对过以后，把 draft 改为 false 再提交（或写一个将来的 publishDate 定时发布）。'
      : '# 3. 核实过以后，把 draft 改为 false 再提交；服务站点没有发布日期，改为 false 后下一次构建就会出现在网站上。',
  ];
  for (const n of input.notes ?? []) lines.push(`# ${n}`);
  return lines;
}

function baseFields(input: EntryInput, summaryHint: string): string[] {
  return [
    `title: ${q(input.title)}`,
    '# 摘要：一段话（10–200 字），显示在列表、搜索结果和分享卡片里。',
    `summary: ${q(`${P}${summaryHint}`)}`,
    '# 发布日期（北京时间）：写将来的日期就是定时发布，到那天的每日构建后才出现。',
    `publishDate: ${q(input.today)}`,
    '# 草稿：true 只在本地预览（npm run dev）里看得到，改成 false 才会发布。',
    'draft: true',
  ];
}

const list = (values: readonly string[]) => values.join('、');

function articleFields(): string[] {
  return [
    `# 主题 1–3 个，可选：${list(TOPICS)}`,
    'topics: [domestic-violence]',
    `# 读者至少一个，可选：${list(AUDIENCES)}`,
    'audiences: [women]',
    '# 法律依据：本文引用或摘录的每一部法律写一项，本文提到的条号都要列出。',
    '# 摘录的原文必须逐字对照官方文本（国家法律法规数据库 https://flk.npc.gov.cn/）。',
    '# name 写正式全称；articles 写条号数字，如 [23, 27]；effective 写现行版本的施行日期；',
    '# source 写官方文本网址（https 开头的 .gov.cn 地址）。下面的日期和网址只是占位，请一起改掉。',
    'laws:',
    `  - name: ${q(`${P}法律的正式全称`)}`,
    '    articles: [1]',
    '    effective: "1900-01-01"',
    '    source: "https://flk.npc.gov.cn/"',
    '# 法律审核：法律工作者审核后改为 { status: reviewed, reviewer: "姓名（身份）", date: "审核日期" }',
    'review: { status: unreviewed }',
  ];
}

function caseFields(input: EntryInput): string[] {
  const real = input.source !== undefined;
  const lines = [
    '# 案例类型：real 是真实发生、有公开来源的案例（必须写 source）；scenario 是为普法编写的情景案例。',
    `kind: ${real ? 'real' : 'scenario'}`,
    `# 类别，可选：${list(CASE_CATEGORIES)}`,
    'category: domestic-violence',
    '# 人物一律用化名，并以（化名）结尾，例如：',
    '#   - alias: "小芳（化名）"',
    '#     role: "当事人"',
    'people: []',
    '# 相关的服务站点和普法文章：写 content/stations/、content/articles/ 里的文件名（不带扩展名）。',
    'services: []',
    'articles: []',
    '# 结果：用一两句话写案件的结果。',
    `outcome: ${q(`${P}用一两句话写结果。`)}`,
  ];
  if (real) {
    const s = input.source!;
    lines.push('# 来源：真实案例必须写明发布单位；日期和原文网址核实后再填。', 'source:');
    lines.push(`  publisher: ${q(s.publisher ?? `${P}发布单位，例如“福鼎新闻网”`)}`);
    if (s.author) lines.push(`  author: ${q(s.author)}`);
    if (s.date) lines.push(`  date: ${q(s.date)}`);
    lines.push(`  note: ${q(s.note ?? '原文的发布日期和网址待核实')}`);
  } else {
    lines.push(
      '# 真实案例把 kind 改为 real，并写上来源：',
      '# source:',
      '#   publisher: "福鼎新闻网"',
      '#   author: "记者姓名"',
      '#   date: "2026-03-08"',
      '#   url: "https://…"',
    );
  }
  return lines;
}

function opendayFields(): string[] {
  return [
    `theme: ${q(`${P}开放日主题`)}`,
    `hosts: [${q(`${P}主办单位`)}]`,
    `audience: ${q(`${P}参加对象，例如“关心妇女儿童权益的市民”`)}`,
    '# 状态：scheduled（将要举办）、cancelled（取消）、completed（已举办）',
    'status: scheduled',
    '# 场次：每场写日期、时间和报名方式，例如：',
    '#   - date: "2026-03-08"',
    '#     start: "09:00"',
    '#     end: "11:30"',
    '#     capacity: 30',
    '#     registration:',
    '#       - { method: phone, value: "12309", note: "工作日 9:00–17:00" }',
    'sessions: []',
    'venue:',
    `  name: ${q(`${P}地点名称`)}`,
    '  verified: false',
  ];
}

function stationText(input: EntryInput): string {
  return [
    ...header(input, false),
    `name: ${q(input.title)}`,
    '# 草稿：true 只在本地预览（npm run dev）里看得到，核实后改成 false 才会发布。',
    'draft: true',
    `# 类型，可选：${list(STATION_KINDS)}`,
    'kind: workroom',
    '# 简介：一句话说明这里提供什么帮助（5–200 字）。',
    'summary: "信息正在核实中，需要帮助请先拨打 12338 妇女维权公益服务热线。"',
    '# 以下信息核实后再填，不知道就不写：',
    '# township: "350982001"          # 乡镇（街道）代码，见 content/townships.yaml',
    '# address: "福鼎市……"',
    '# phone: "0593-0000000"',
    '# hours: { mon: [["08:30", "12:00"], ["14:30", "17:30"]] }',
    'closedOnHolidays: true',
    'services: []',
    'languages: [普通话]',
    'accessibility: []',
    'status: open',
    'verification:',
    '  status: unverified',
    '  note: "新建条目：地址、电话、开放时间和服务都尚未核实。"',
    '',
  ].join('\n');
}

const BODIES: Record<Exclude<EntryCollection, 'stations'>, string> = {
  articles: `{/* 正文写法（这段注释不会显示在网页上，写完可以删掉）：
  用“## 小标题”分节，不要用只有一个“#”的一级标题；
  可以用的组件：LawQuote（法条原文）、Steps 和 Step（办事步骤）、QA（问答）、Callout（提示框），
  写法和例子见 docs/editors.md 的“正文里的组件”。法条原文必须逐字核对官方文本。 */}

## ${P}第一个小标题

${P}正文。
`,
  cases: `{/* 隐私规则（这段注释不会显示在网页上）：人物一律用化名并标注（化名）；地点最多写到乡镇；
  不写村名、门牌号、身份证号、电话号码和银行卡号。 */}

## 基本案情

${P}

## 处理经过

${P}

## 典型意义

${P}
`,
  opendays: `## 活动介绍

${P}开放日的内容、流程和注意事项。
`,
  pages: `## ${P}第一个小标题

${P}正文。
`,
};

/** The full text of a new entry. */
export function renderEntry(collection: EntryCollection, input: EntryInput): string {
  if (collection === 'stations') return stationText(input);
  const summaryHint = {
    articles: '用一段话（10–200 字）说明这篇文章讲什么、能帮读者做什么。',
    cases: '用一段话（10–200 字）概括案情和结果，人物用化名。',
    opendays: '用一段话（10–200 字）说明这次开放日的时间、地点和内容。',
    pages: '用一段话（10–200 字）说明这个页面讲什么。',
  }[collection];
  const specific = {
    articles: articleFields(),
    cases: caseFields(input),
    opendays: opendayFields(),
    pages: ['# 是否显示在页脚的页面列表里。', 'footer: false'],
  }[collection];
  const frontmatter = [...header(input, true), ...baseFields(input, summaryHint), ...specific];
  return `---\n${frontmatter.join('\n')}\n---\n\n${input.body ?? BODIES[collection]}`;
}
