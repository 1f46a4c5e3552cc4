/**
 * Routes the site builds that do not come from one content file. Kept here
 * (not derived from src/pages) so the lint stays a plain Node script with no
 * Astro import; when a page is added under src/pages, add its route here too.
 */

/** Exact static routes, with trailing slash where the site uses one. */
export const STATIC_ROUTES: readonly string[] = [
  '/',
  '/articles/',
  '/opendays/',
  '/stations/',
  '/cases/',
  '/search/',
  '/glossary/',
  '/cards/',
  '/about/',
  '/hotlines/',
  '/safety/',
  '/rss.xml',
  '/opendays.ics',
  '/sitemap-index.xml',
  '/404.html',
];

/**
 * Parameterised listing routes. The parameter is any single path segment:
 * TODO: check topics/audiences/categories against the schema's enums once
 * src/content.config.ts exports them in a form a Node script can import.
 */
export const STATIC_ROUTE_PATTERNS: readonly RegExp[] = [
  /^\/articles\/topic\/[^/]+\/$/,
  /^\/articles\/audience\/[^/]+\/$/,
  /^\/cases\/category\/[^/]+\/$/,
];

/** True when `path` (no query/fragment) is one of the static routes. */
export function isStaticRoute(path: string): boolean {
  const withSlash = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
  return STATIC_ROUTES.includes(withSlash) || STATIC_ROUTE_PATTERNS.some((re) => re.test(withSlash));
}
