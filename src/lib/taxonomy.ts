/**
 * Fixed vocabularies shared by the schema, the pages and the lint.
 * Slugs are stable URL parts; their Chinese labels live in the UI dictionary
 * (`src/i18n/zh-CN.ts`, keys `topic.*`, `audience.*`, …).
 */

/** Topics of law articles (普法园地); each has a page at /articles/topic/<slug>/. */
export const TOPICS = [
  'domestic-violence',
  'protection-order',
  'children',
  'harassment',
  'employment',
  'marriage-family',
  'rural-women',
  'judicial-relief',
  'procuratorate',
  'legal-aid',
  'elderly',
  'online-safety',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Who an article is written for; each has a page at /articles/audience/<slug>/.
 * `professionals` (teachers, doctors, village and township staff…) marks an article as
 * staff-facing: search ranks it below pages written for the public at equal relevance.
 */
export const AUDIENCES = ['women', 'children-parents', 'elderly', 'workers', 'rural', 'professionals'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Case-story categories; each has a page at /cases/category/<slug>/. */
export const CASE_CATEGORIES = [
  'domestic-violence',
  'judicial-relief',
  'marriage-family',
  'minors',
  'employment',
  'rural-women',
  'elderly',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Kinds of places in the directory. */
export const STATION_KINDS = ['station', 'cooperation-office', 'workroom', 'mailbox', 'hotline'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

/** Services a place can offer (fixed list, shown as filters). */
export const SERVICES = [
  '法律咨询',
  '心理疏导',
  '家庭教育指导',
  '婚姻家庭纠纷调解',
  '人身安全保护令申请协助',
  '司法救助线索移送',
  '信访接待',
  '法律援助转介',
  '来信答复',
] as const;
export type Service = (typeof SERVICES)[number];

/** Languages spoken at a place. */
export const LANGUAGES = ['普通话', '福鼎话', '畲语'] as const;

/** Hotline numbers an article's "需要帮助？" box may list (must exist in site.config). */
export const HOTLINE_NUMBERS = ['110', '12338', '12309', '12348', '12355'] as const;
export type HotlineNumber = (typeof HOTLINE_NUMBERS)[number];

/** Default hotlines for an article by its first topic, when it names none. */
export const TOPIC_HOTLINES: Record<Topic, HotlineNumber[]> = {
  'domestic-violence': ['110', '12338'],
  'protection-order': ['110', '12338', '12348'],
  children: ['110', '12355', '12338'],
  harassment: ['110', '12338'],
  employment: ['12338', '12348'],
  'marriage-family': ['12338', '12348'],
  'rural-women': ['12338', '12348'],
  'judicial-relief': ['12309', '12338'],
  procuratorate: ['12309'],
  'legal-aid': ['12348', '12338', '12309'],
  elderly: ['110', '12338', '12348'],
  'online-safety': ['110', '12338'],
};
