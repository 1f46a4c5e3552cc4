/**
 * Every built page is one the route table (src/lib/routes.ts) lists, so the
 * table the content lint and the sitemap rely on cannot fall behind src/pages.
 */
import { matchRoute } from '../../../src/lib/routes.ts';
import type { Check } from './types.ts';

export const routeTable: Check = {
  id: 'routes',
  description: 'every built page matches a route in src/lib/routes.ts',
  run(site) {
    return site.pages
      .filter((p) => !matchRoute(p.url))
      .map((p) => ({ file: p.file, message: `${p.url} is built but no route in src/lib/routes.ts (ROUTE_TABLE) describes it: add the route there` }));
  },
};
