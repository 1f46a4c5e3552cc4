/**
 * Every address the site builds, in one module: pages, layouts, components,
 * feeds, the sitemap filter and the content lint all take URLs from here, so
 * they cannot disagree. Pure (no Astro, no Node), so browser code and Node
 * scripts can import it. Addresses end with a slash, like the built site.
 */

/** Page `n` of the list at `base` (which ends with a slash): page 1 is the list itself. */
export function pageOf(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

export const routes = {
  home: () => '/',
  /** 普法园地 index, optionally page n. */
  articles: (n = 1) => pageOf('/articles/', n),
  article: (id: string) => `/articles/${id}/`,
  articleTopic: (topic: string, n = 1) => pageOf(`/articles/topic/${topic}/`, n),
  articleAudience: (audience: string, n = 1) => pageOf(`/articles/audience/${audience}/`, n),
  opendays: () => '/opendays/',
  openday: (id: string) => `/opendays/${id}/`,
  opendayPrint: (id: string) => `/opendays/${id}/print/`,
  /** One session's calendar file; `n` counts from 1. */
  opendayIcs: (id: string, n: number) => `/opendays/${id}/${n}.ics`,
  opendaysIcs: () => '/opendays.ics',
  stations: () => '/stations/',
  station: (id: string) => `/stations/${id}/`,
  stationService: (serviceSlug: string) => `/stations/service/${serviceSlug}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  caseCategory: (category: string) => `/cases/category/${category}/`,
  /** A standalone page from content/pages (about, hotlines, safety…). */
  page: (id: string) => `/${id}/`,
  /** 法律名词 (glossary), all terms on one page. */
  glossary: () => '/glossary/',
  /** One glossary entry: its anchor on the glossary page. */
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  /** 行动卡 (action cards): the list. */
  actionCards: () => '/cards/',
  /** One action card, e.g. actionCard('after-domestic-violence'). */
  actionCard: (id: string) => `/cards/${id}/`,
  /** The search page, optionally with a query. */
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/'),
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  pagefind: () => '/pagefind/',
  notFound: () => '/404.html',
} as const;

export type RouteName = keyof typeof routes;
