import { describe, expect, it } from 'vitest';
import { FIXED_ROUTES, REQUIRED_PAGES, ROUTE_TABLE, absolute, inSitemap, matchRoute, normalisePath, pageOf, routes } from '../../src/lib/routes.ts';
import { AUDIENCES, CASE_CATEGORIES, SERVICES, TOPICS } from '../../src/lib/taxonomy.ts';

const ids = {
  articles: new Set(['protection-order-basics', 'topic-folder/nested-article']),
  cases: new Set(['relief-case']),
  opendays: new Set(['2026-open-day']),
  stations: new Set(['city-station']),
  pages: new Set(['about', 'privacy']),
};

describe('routes builds addresses', () => {
  it.each([
    [routes.article('a'), '/articles/a/'],
    [routes.articleTopic('children', 2), '/articles/topic/children/page/2/'],
    [routes.articleAudience('women'), '/articles/audience/women/'],
    [routes.openday('x'), '/opendays/x/'],
    [routes.opendayPrint('x'), '/opendays/x/print/'],
    [routes.opendayIcs('x', 2), '/opendays/x/2.ics'],
    [routes.stationService('法律咨询'), '/stations/service/legal-advice/'],
    [routes.caseCategory('minors'), '/cases/category/minors/'],
    [routes.page('about'), '/about/'],
    [routes.search('保护令 申请'), '/search/?q=%E4%BF%9D%E6%8A%A4%E4%BB%A4%20%E7%94%B3%E8%AF%B7'],
  ])('%s is %s', (built, expected) => expect(built).toBe(expected));

  it.each([
    ['/articles/', 1, '/articles/'],
    ['/articles/', 2, '/articles/page/2/'],
    ['/articles/topic/elderly/', 3, '/articles/topic/elderly/page/3/'],
  ])('page %i of %s… is the list itself only for page 1', (base, n, href) => expect(pageOf(base, n)).toBe(href));

  it('makes absolute URLs on the published site', () => {
    expect(absolute(routes.rss(), 'https://example.gov.cn')).toBe('https://example.gov.cn/rss.xml');
  });
});

describe('the route table lists every address the builders make', () => {
  const built = [
    ...[1, 2, 3].map((n) => routes.articles(n)),
    ...TOPICS.flatMap((x) => [routes.articleTopic(x), routes.articleTopic(x, 2)]),
    ...AUDIENCES.flatMap((x) => [routes.articleAudience(x), routes.articleAudience(x, 4)]),
    ...CASE_CATEGORIES.map((x) => routes.caseCategory(x)),
    ...SERVICES.map((x) => routes.stationService(x)),
    ...[...ids.articles].map(routes.article),
    routes.case('relief-case'),
    routes.openday('2026-open-day'),
    routes.opendayPrint('2026-open-day'),
    routes.opendayIcs('2026-open-day', 1),
    routes.station('city-station'),
    ...REQUIRED_PAGES.map(routes.page),
    routes.home(),
    routes.opendays(),
    routes.stations(),
    routes.cases(),
    routes.search(),
    routes.rss(),
    routes.opendaysIcs(),
    routes.sitemap(),
    routes.notFound(),
  ];
  it.each(built.map((b) => [b]))('%s matches a route', (path) => {
    expect(matchRoute(path, { ...ids, pages: new Set(REQUIRED_PAGES) })).toBeDefined();
  });

  it('has no two routes with the same pattern', () => {
    const patterns = ROUTE_TABLE.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('lists the fixed routes without parameters', () => {
    expect(FIXED_ROUTES).toContain('/search/');
    expect(FIXED_ROUTES.every((r) => !r.includes(':'))).toBe(true);
  });
});

describe('matchRoute', () => {
  it.each([
    ['/pages/privacy/', 'the /pages/ prefix (a route the site does not have)'],
    ['/articles/topic/family/', 'a topic outside the taxonomy'],
    ['/articles/audience/men/', 'an audience outside the taxonomy'],
    ['/cases/category/other/', 'a category outside the taxonomy'],
    ['/stations/service/unknown/', 'a service slug outside the list'],
    ['/articles/page/1/', 'page 1 as a page link'],
    ['/articles/page/0/', 'page 0'],
    ['/articles/page/x/', 'a page that is not a number'],
    ['/articles/missing/', 'a missing article'],
    ['/opendays/2026-open-day/0.ics', 'session 0'],
    ['/opendays/missing/print/', 'the print page of a missing open day'],
    ['/stations/a/b/', 'a nested station id'],
    ['/missing/', 'a missing standalone page'],
  ])('rejects %s (%s)', (path) => expect(matchRoute(path, ids)).toBeUndefined());

  it('accepts a path without its trailing slash, as the server redirects it', () => {
    expect(normalisePath('/search')).toBe('/search/');
    expect(normalisePath('/rss.xml')).toBe('/rss.xml');
    expect(matchRoute('/articles/protection-order-basics', ids)?.spec.pattern).toBe('/articles/:id/');
  });

  it('gives the parameters as written', () => {
    expect(matchRoute('/articles/topic/children/page/3/')?.params).toEqual({ topic: 'children', n: '3' });
  });

  it('prefers a topic listing over an article with the same shape', () => {
    expect(matchRoute('/articles/topic/children/', ids)?.spec.pattern).toBe('/articles/topic/:topic/');
  });

  it('accepts any id when the caller does not know the collection', () => {
    expect(matchRoute('/articles/whatever/')?.spec.pattern).toBe('/articles/:id/');
  });
});

describe('inSitemap', () => {
  it.each([
    ['/', true],
    ['/articles/page/2/', true],
    ['/opendays/x/print/', true],
    ['/404/', false],
    ['/404.html', false],
    ['/rss.xml', false],
    ['/opendays/x/1.ics', false],
    ['/nope/deeper/', false],
  ])('%s → %s', (path, expected) => expect(inSitemap(path)).toBe(expected));
});
