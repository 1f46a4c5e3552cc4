import { describe, expect, it } from 'vitest';
import { routeTable } from '../../../scripts/lib/check-site/routes.ts';
import { page, run } from './helpers.ts';

describe('routes check', () => {
  it('accepts pages every route of which is in the route table', async () => {
    expect(
      await run(routeTable, {
        'index.html': page('/'),
        'about/index.html': page('/about/'),
        'articles/topic/children/page/2/index.html': page('/articles/topic/children/page/2/'),
        '404.html': page('/404.html'),
      }),
    ).toEqual([]);
  });

  it('reports a built page no route describes', async () => {
    expect(await run(routeTable, { 'index.html': page('/'), 'pages/about/index.html': page('/pages/about/') })).toEqual([
      'pages/about/index.html: /pages/about/ is built but no route in src/lib/routes.ts (ROUTE_TABLE) describes it: add the route there',
    ]);
  });
});
