/**
 * Every address the site builds, in one module: pages, layouts, components,
 * feeds, the sitemap filter, the content lint and the built-site checks all
 * take URLs from here, so they cannot disagree. It both BUILDS addresses
 * (`routes.article(id)`) and LISTS them (`ROUTE_TABLE`, `matchRoute`), so a
 * Node script can tell whether a link leads anywhere without running Astro.
 * Pure (no Astro, no Node): browser code and Node scripts can import it.
 * Addresses end with a slash, like the built site (`trailingSlash: 'always'`).
 */
import { AUDIENCES, CASE_CATEGORIES, SERVICES, TOPICS } from './taxonomy.ts';
import { serviceSlug } from './station-services.ts';

/** Page `n` of the list at `base` (which ends with a slash): page 1 is the list itself. */
export function pageOf(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The collections whose entries each get a page of their own. */
export type EntryCollection = 'articles' | 'cases' | 'opendays' | 'stations' | 'pages' | 'cards';

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
  /** The directory filtered to one service (a label from SERVICES). */
  stationService: (service: (typeof SERVICES)[number]) => `/stations/service/${serviceSlug(service)}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  caseCategory: (category: string) => `/cases/category/${category}/`,
  /** A standalone page from content/pages (about, hotlines, safety…). */
  page: (id: string) => `/${id}/`,
  about: () => '/about/',
  hotlines: () => '/hotlines/',
  safety: () => '/safety/',
  howToAttend: () => '/how-to-attend-open-day/',
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
  /** Prepared results for one everyday word (a formal term of content/synonyms.yaml), built at build time: `/search/抚养费/`. */
  searchWord: (word: string) => `/search/${encodeURIComponent(word)}/`,
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  favicon: () => '/favicon.svg',
  pagefind: () => '/pagefind/',
  pagefindScript: () => '/pagefind/pagefind.js',
  /** The small search index for engines too old for Pagefind (src/lib/search-fallback.ts), written after the build. */
  searchIndex: () => '/search-index.json',
  notFound: () => '/404.html',
  /** The browser editor (Decap CMS) for staff: never linked, not indexed, outside the sitemap. */
  admin: () => '/admin/',
} as const;

export type RouteName = keyof typeof routes;

/** The absolute URL of `path` on the site published at `siteUrl`. */
export function absolute(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/**
 * The standalone pages (content/pages) the site's chrome links to: the
 * content lint and check-site report it when one of them is missing.
 */
export const REQUIRED_PAGES = ['about', 'hotlines', 'safety', 'how-to-attend-open-day'] as const;

/**
 * What one path segment of a route may be:
 * - a fixed list (taxonomy enums),
 * - the id of an entry in a collection (known only to callers that read content),
 * - a list page number (2 or more; page 1 is the list's own address),
 * - a prepared search word (from content/synonyms.yaml; any one path segment here).
 */
export type Param = { values: readonly string[] } | { collection: EntryCollection; nested?: boolean } | { min: number } | { searchWord: true };

/** One route: its pattern (`:name` marks a parameter) and what each parameter may be. */
export interface RouteSpec {
  /** e.g. `/articles/topic/:topic/page/:n/`. */
  pattern: string;
  params: Readonly<Record<string, Param>>;
  /** Listed in the sitemap (false for the 404 page and non-HTML files). */
  sitemap: boolean;
}

const PAGE: Param = { min: 2 };
/** Articles and case stories may sit in subfolders, so their ids may hold slashes. */
const nested = (collection: EntryCollection): Param => ({ collection, nested: true });
const enumOf = (values: readonly string[]): Param => ({ values });
const SERVICE_SLUG_VALUES = SERVICES.map(serviceSlug);

/**
 * Every route the site builds, fixed ones first. Order matters only for
 * `matchRoute`: a fixed route wins over a pattern that could also match it.
 * When you add a page under src/pages, add its route here (check-site fails
 * on a built page no route describes).
 */
export const ROUTE_TABLE: readonly RouteSpec[] = [
  { pattern: routes.home(), params: {}, sitemap: true },
  { pattern: routes.articles(), params: {}, sitemap: true },
  { pattern: routes.opendays(), params: {}, sitemap: true },
  { pattern: routes.stations(), params: {}, sitemap: true },
  { pattern: routes.cases(), params: {}, sitemap: true },
  { pattern: routes.search(), params: {}, sitemap: true },
  { pattern: routes.glossary(), params: {}, sitemap: true },
  { pattern: routes.actionCards(), params: {}, sitemap: true },
  { pattern: routes.rss(), params: {}, sitemap: false },
  { pattern: routes.opendaysIcs(), params: {}, sitemap: false },
  { pattern: routes.sitemap(), params: {}, sitemap: false },
  { pattern: routes.robots(), params: {}, sitemap: false },
  { pattern: routes.searchIndex(), params: {}, sitemap: false },
  { pattern: routes.notFound(), params: {}, sitemap: false },
  // The browser editor (Decap CMS): built into dist/admin/, never in the sitemap, robots disallow it.
  { pattern: routes.admin(), params: {}, sitemap: false },
  // Prepared search results are search results: outside the sitemap and noindex (src/pages/search/[word].astro).
  { pattern: '/search/:word/', params: { word: { searchWord: true } }, sitemap: false },
  { pattern: '/articles/page/:n/', params: { n: PAGE }, sitemap: true },
  { pattern: '/articles/topic/:topic/', params: { topic: enumOf(TOPICS) }, sitemap: true },
  { pattern: '/articles/topic/:topic/page/:n/', params: { topic: enumOf(TOPICS), n: PAGE }, sitemap: true },
  { pattern: '/articles/audience/:audience/', params: { audience: enumOf(AUDIENCES) }, sitemap: true },
  { pattern: '/articles/audience/:audience/page/:n/', params: { audience: enumOf(AUDIENCES), n: PAGE }, sitemap: true },
  { pattern: '/cases/category/:category/', params: { category: enumOf(CASE_CATEGORIES) }, sitemap: true },
  { pattern: '/stations/service/:service/', params: { service: enumOf(SERVICE_SLUG_VALUES) }, sitemap: true },
  { pattern: '/opendays/:id/print/', params: { id: { collection: 'opendays' } }, sitemap: true },
  { pattern: '/opendays/:id/:n.ics', params: { id: { collection: 'opendays' }, n: { min: 1 } }, sitemap: false },
  { pattern: '/articles/:id/', params: { id: nested('articles') }, sitemap: true },
  { pattern: '/cases/:id/', params: { id: nested('cases') }, sitemap: true },
  { pattern: '/opendays/:id/', params: { id: { collection: 'opendays' } }, sitemap: true },
  { pattern: '/stations/:id/', params: { id: { collection: 'stations' } }, sitemap: true },
  { pattern: '/cards/:id/', params: { id: { collection: 'cards' } }, sitemap: true },
  { pattern: '/:id/', params: { id: { collection: 'pages' } }, sitemap: true },
];

/** The fixed routes (no parameters), e.g. for reserving page slugs. */
export const FIXED_ROUTES: readonly string[] = ROUTE_TABLE.filter((r) => !r.pattern.includes(':')).map((r) => r.pattern);

/** A route `matchRoute` found, with its parameters as written in the path. */
export interface RouteMatch {
  spec: RouteSpec;
  params: Record<string, string>;
}

const compiled = ROUTE_TABLE.map((spec) => {
  const names: string[] = [];
  const source = spec.pattern
    .split(/(:[a-z]+)/)
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1));
      const rule = spec.params[part.slice(1)]!;
      return 'nested' in rule && rule.nested ? '(.+?)' : '([^/]+)';
    })
    .join('');
  return { spec, names, re: new RegExp(`^${source}$`) };
});

/**
 * Adds the trailing slash the site uses to a page path (`/search` → `/search/`);
 * file addresses (`/rss.xml`) are left alone.
 */
export function normalisePath(path: string): string {
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/**
 * The route a path (no query or fragment) matches, checking fixed-list
 * parameters (topics, audiences, categories, services) and page numbers, or
 * undefined. Entry ids are only checked when `ids` gives that collection's ids.
 */
export function matchRoute(path: string, ids?: Partial<Record<EntryCollection, ReadonlySet<string>>>): RouteMatch | undefined {
  const target = normalisePath(path);
  for (const { spec, names, re } of compiled) {
    const m = re.exec(target);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1]!]));
    const ok = names.every((n) => {
      const rule = spec.params[n]!;
      const value = params[n]!;
      if ('values' in rule) return rule.values.includes(value);
      if ('min' in rule) return /^[1-9][0-9]*$/.test(value) && Number(value) >= rule.min;
      if ('searchWord' in rule) return value.length > 0;
      const known = ids?.[rule.collection];
      return known ? known.has(value) : true;
    });
    if (ok) return { spec, params };
  }
  return undefined;
}

/**
 * True when the page at `pathname` belongs in the sitemap (used by the
 * sitemap integration's filter): a listed route marked `sitemap`.
 */
export function inSitemap(pathname: string): boolean {
  // Astro writes 404.astro to /404.html; the sitemap integration sees it as /404/.
  if (normalisePath(pathname) === '/404/') return false;
  return matchRoute(pathname)?.spec.sitemap ?? false;
}
