/**
 * Fixed vocabularies shared by the schema, the pages and the lint.
 * Slugs are stable URL parts; their Chinese labels live in the UI dictionary
 * (`src/i18n/zh-CN.ts`, keys `topic.*`, `audience.*`, …). What differs by
 * county (languages, hotline numbers) comes from src/site.config.ts.
 */
import { site, type HotlineRole } from '../site.config.ts';

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
export const CASE_CATEGORIES = ['domestic-violence', 'judicial-relief', 'marriage-family', 'minors', 'employment', 'rural-women', 'elderly'] as const;
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

/** Languages spoken at a place: the region's, from src/site.config.ts. */
export const LANGUAGES: readonly [string, ...string[]] = site.region.languages;

/** Hotline numbers an article's "需要帮助？" box may list: the site's own (src/site.config.ts). */
export const HOTLINE_NUMBERS = site.hotlines.map((h) => h.number) as unknown as readonly [string, ...string[]];

/**
 * Default hotlines for an article by its first topic, when it names none: by
 * role, so each county's numbers come from its site.config (a role it has no
 * line for is skipped).
 */
export const TOPIC_HOTLINES: Record<Topic, readonly HotlineRole[]> = {
  'domestic-violence': ['emergency', 'medical', 'women'],
  'protection-order': ['emergency', 'women', 'legal'],
  children: ['emergency', 'youth', 'women'],
  harassment: ['emergency', 'women'],
  employment: ['women', 'legal'],
  'marriage-family': ['women', 'legal'],
  'rural-women': ['women', 'legal'],
  'judicial-relief': ['procuratorate', 'women'],
  procuratorate: ['procuratorate'],
  'legal-aid': ['legal', 'women', 'procuratorate'],
  elderly: ['emergency', 'women', 'legal'],
  'online-safety': ['emergency', 'women'],
};
