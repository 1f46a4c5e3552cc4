import { test, expect } from '@playwright/test';
import { axeViolations, openMenu, sitemapPaths } from './helpers.ts';

/** The prepared results of 抚养费 (a formal term of content/synonyms.yaml), built at build time. */
const WORD = '抚养费';
const PREPARED = `/search/${encodeURIComponent(WORD)}/`;
const results = '[data-prepared-results] [data-search-result] h2 a';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('抚养费 submitted from the header form leads, in one tap, to its prepared results', async ({ page, request }) => {
    await page.goto('/articles/');
    await openMenu(page);
    await page.getByRole('searchbox', { name: '搜索本站' }).first().fill(WORD);
    await page.getByRole('button', { name: '搜索' }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
    // The search page cannot search without JavaScript; it offers the prepared words instead.
    const link = page.locator('[data-search-fallback] [data-search-prepared]').getByRole('link', { name: WORD, exact: true });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(PREPARED);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(WORD);
    await expect(page.locator('[data-prepared-status]')).toContainText(/本站有 \d+ 个页面写到这个词/);
    // The guide about child support first; every page listed really talks about it.
    await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/child-support-custody/');
    const hrefs = await page.locator(results).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(await (await request.get(href)).text(), href).toContain('抚养');
    await expect(page.locator('[data-prepared-results] mark').first()).toBeVisible();
    // The list ends with 没找到？ and the legal-aid and women's lines.
    const line = page.locator('[data-prepared-notfound]');
    await expect(line).toContainText('没找到？');
    await expect(line.locator('a[href="tel:12348"]')).toBeVisible();
    await expect(line.locator('a[href="tel:12338"]')).toBeVisible();
  });

  test('a prepared page for an urgent word shows the emergency numbers above the results', async ({ page }) => {
    await page.goto(`/search/${encodeURIComponent('家庭暴力')}/`);
    const urgent = page.locator('[data-prepared-urgent]');
    await expect(urgent.locator('a[href="tel:110"]')).toBeVisible();
    await expect(urgent.locator('a[href="tel:12338"]')).toBeVisible();
    expect(
      await urgent.evaluate((box) =>
        Boolean(box.compareDocumentPosition(document.querySelector('[data-prepared-results]')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      ),
    ).toBe(true);
    await expect(page.locator(results).first()).toBeVisible();
  });
});

test('in an engine too old for Pagefind, a prepared page answers in one request with no script error', async ({ page }) => {
  // What an old WebView looks like to the page scripts: no usable WebAssembly.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'WebAssembly', { value: undefined, configurable: true });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(PREPARED);
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/child-support-custody/');
  // No engine, no index: the results came with the page.
  expect(fetched.filter((p) => p.startsWith('/pagefind/') || p === '/search-index.json')).toEqual([]);
  // The box searches on: the search page over the small fallback index.
  await page.locator('[data-prepared] input[type="search"]').fill('保护令');
  await page.locator('[data-prepared] button[type="submit"]').click();
  await expect(page.locator('[data-search-result] h2 a').first()).toHaveAttribute('href', '/articles/protection-order/');
  expect(errors).toEqual([]);
});

test('prepared pages are search results: noindex, outside the sitemap and never a result of the search', async ({ page, request }) => {
  const html = await (await request.get(PREPARED)).text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect((await sitemapPaths(request)).filter((p) => p.startsWith('/search/') && p !== '/search/')).toEqual([]);
  await page.goto(`/search/?q=${encodeURIComponent(WORD)}`);
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const hrefs = await page.locator('[data-search-result] h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => h.startsWith('/search/'))).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation on a prepared page, styled by its inlined stylesheet within its CSP', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const css: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'stylesheet') css.push(r.url());
  });
  await page.goto(PREPARED);
  await expect(page.locator(results).first()).toBeVisible();
  // One request for the page: no stylesheet fetched, yet styled (the label is visually hidden), and no CSP refusal.
  expect(css).toEqual([]);
  expect(await page.locator('label[for="prepared-search-input"]').evaluate((l) => l.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
