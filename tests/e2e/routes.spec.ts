import { test, expect } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { openMenu, sitemapPaths } from './helpers.ts';

test('the sitemap lists every section and no 404 page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const p of ['/', '/articles/', '/opendays/', '/stations/', '/cases/', '/search/', '/about/', '/hotlines/', '/safety/']) {
    expect(paths).toContain(p);
  }
  expect(paths.some((p) => p.includes('404'))).toBe(false);
});

test('every page in the sitemap answers 200 with a title, one h1 and lang zh-CN', async ({ page, request }) => {
  test.setTimeout(10 * 60_000);
  for (const path of await sitemapPaths(request)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await page.title(), path).not.toBe('');
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
  }
});

test('an unknown address gets the Chinese 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page-here/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '回到首页' })).toBeVisible();
});

test('the main navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主菜单' });
  for (const [name, path] of [
    ['普法园地', '/articles/'],
    ['开放日', '/opendays/'],
    ['服务站点', '/stations/'],
    ['案例故事', '/cases/'],
    ['搜索', '/search/'],
    ['关于', '/about/'],
    ['首页', '/'],
  ] as const) {
    await openMenu(page);
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(path);
    await openMenu(page);
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('every hotline in the footer is a tel: link, 110 first', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('footer a[href^="tel:"]');
  await expect(links.first()).toHaveAttribute('href', 'tel:110');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['tel:110', 'tel:120', 'tel:12338', 'tel:12309', 'tel:12348', 'tel:12355']);
});

test('robots.txt points to the sitemap and the RSS feed is served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
  const rss = await request.get('/rss.xml');
  expect(rss.status()).toBe(200);
  expect(rss.headers()['content-type']).toMatch(/xml/);
  // Parsed with an independent XML parser: every article appears with an absolute link and an RFC 822 date.
  const doc = new XMLParser({ ignoreAttributes: false }).parse(await rss.text());
  expect(doc.rss['@_version']).toBe('2.0');
  const items: { link: string; pubDate: string; title: string }[] = doc.rss.channel.item;
  const paths = await sitemapPaths(request);
  const articlePages = paths.filter((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p) && !p.includes('/topic/') && !p.includes('/audience/'));
  expect(articlePages.length).toBeGreaterThanOrEqual(14);
  for (const p of articlePages)
    expect(
      items.some((i) => new URL(i.link).pathname === p),
      p,
    ).toBe(true);
  for (const i of items) expect(i.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0800$/);
});
