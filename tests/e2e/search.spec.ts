import { test, expect } from '@playwright/test';
import { axeViolations, openMenu } from './helpers.ts';
import { loadCases, runCases, searchOnPage } from '../../scripts/lib/search/recall.ts';
import { TYPING_PAUSE_MS } from '../../src/scripts/search-history.ts';

const results = '[data-search-result] h2 a';

test('every query in the search table finds its page among the first three results', async ({ page }) => {
  test.slow();
  await page.goto('/search/');
  const rows = await runCases(page, loadCases());
  const misses = rows.filter((r) => r.rank === 0 || r.rank > 3).map((r) => `${r.q} → ${r.url} (got ${r.top.slice(0, 3).join(' ') || 'nothing'})`);
  expect(misses, misses.join('\n')).toEqual([]);
});

test('the header search reaches the search page, which searches, highlights and shows the urgent numbers', async ({ page }) => {
  await page.goto('/');
  await openMenu(page);
  await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('被打了怎么办');
  await page.getByRole('button', { name: '搜索' }).first().click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('[data-search-urgent]')).toBeVisible();
  await expect(page.locator('[data-search-urgent] a[href="tel:110"]')).toBeVisible();
  await expect(page.locator('[data-search-urgent] a[href="tel:12338"]')).toBeVisible();
  await expect(page.locator('[data-search-result] mark').first()).toBeVisible();
  await expect(page.locator('[data-search-fallback]')).toBeHidden();
});

test('the address bar follows the query and Back returns to the previous search', async ({ page }) => {
  // The page's clock is the test's: the typing pause only runs out when the test says so.
  await page.clock.install();
  await page.goto('/search/?q=保护令');
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
  await searchOnPage(page, '冷静期');
  await expect(page).toHaveURL(/q=%E5%86%B7%E9%9D%99%E6%9C%9F/);
  await page.goBack();
  await expect(page.locator('[data-search-input]')).toHaveValue('保护令');
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
  // Past the typing pause (400 ms): nothing left over from typing 冷静期 may overwrite this entry.
  await page.clock.runFor(TYPING_PAUSE_MS + 300);
  await expect(page).toHaveURL(/q=%E4%BF%9D%E6%8A%A4%E4%BB%A4/);
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
});

test('typing searches once the typing pause has run out, replacing the history entry', async ({ page }) => {
  const start = Date.now();
  await page.clock.install({ time: start });
  await page.goto('/search/?q=保护令');
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt(start + 60_000);
  const entries = await page.evaluate(() => history.length);
  await page.locator('[data-search-input]').fill('冷静期');
  await page.clock.runFor(TYPING_PAUSE_MS - 100);
  await expect(page).toHaveURL(/q=%E4%BF%9D%E6%8A%A4%E4%BB%A4/);
  await page.clock.runFor(200);
  await expect(page).toHaveURL(/q=%E5%86%B7%E9%9D%99%E6%9C%9F/);
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-done', '冷静期');
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('a two-character query lists only pages with the whole word: 性侵 never brings up a page that only says 性别', async ({ page, request }) => {
  await page.goto('/search/?q=性侵');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const hrefs = await page.locator(results).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(await (await request.get(href)).text(), href).toContain('性侵');
});

test('彩礼 never lists a page that only shares a character with it (礼貌)', async ({ page, request }) => {
  await page.goto('/search/?q=彩礼');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const hrefs = await page.locator(results).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  for (const href of hrefs) expect(await (await request.get(href)).text(), href).toContain('彩礼');
  // Found or not, the reader is offered the legal-aid and women's hotlines.
  const help = page.locator(hrefs.length ? '[data-search-notfound]' : '[data-search-empty]');
  await expect(help.locator('a[href="tel:12348"]')).toBeVisible();
  await expect(help.locator('a[href="tel:12338"]')).toBeVisible();
});

test('every result list ends with 没找到？ and the 12348 / 12338 hotlines', async ({ page }) => {
  await page.goto('/search/?q=保护令');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const line = page.locator('[data-search-notfound]');
  await expect(line).toBeVisible();
  await expect(line).toContainText('没找到？');
  await expect(line.locator('a[href="tel:12348"]')).toBeVisible();
  await expect(line.locator('a[href="tel:12338"]')).toBeVisible();
  // After the list, not before it.
  expect(
    await page
      .locator('[data-search-results]')
      .evaluate((list) => Boolean(list.compareDocumentPosition(document.querySelector('[data-search-notfound]')!) & Node.DOCUMENT_POSITION_FOLLOWING)),
  ).toBe(true);
});

test('reader-facing guides rank above the staff-facing 强制报告 article for 家暴', async ({ page, request }) => {
  // The article is marked staff-facing for the index (audiences: professionals).
  expect(await (await request.get('/articles/mandatory-reporting/')).text()).toContain('data-pagefind-meta="audience:staff"');
  await page.goto('/search/?q=家暴');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const hrefs = await page.locator(results).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const staff = hrefs.indexOf('/articles/mandatory-reporting/');
  expect(staff).toBeGreaterThan(hrefs.indexOf('/articles/protection-order/'));
  expect(hrefs.indexOf('/articles/protection-order/')).toBeGreaterThanOrEqual(0);
});

test('filters built from the index narrow the results and are kept in the address bar', async ({ page }) => {
  await page.goto('/search/?q=妇联');
  await page.getByText('筛选和排序').click();
  const stations = page.getByRole('group', { name: '类型' }).getByRole('checkbox', { name: /服务站点/ });
  await stations.check();
  await expect(page).toHaveURL(/f=%E7%B1%BB%E5%9E%8B%3A%E6%9C%8D%E5%8A%A1%E7%AB%99%E7%82%B9/);
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const hrefs = await page.locator(results).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.startsWith('/stations/'))).toBe(true);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).not.toHaveURL(/f=/);
});

test('sorting by date puts the newest dated page first', async ({ page }) => {
  await page.goto('/search/?q=家暴&sort=date');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  const dates = await page.locator('[data-search-result] p.text-sm').allTextContents();
  const iso = dates
    .map((d) => /(\d{4})年(\d+)月(\d+)日/.exec(d))
    .filter((m) => m)
    .map((m) => `${m![1]}-${m![2]!.padStart(2, '0')}-${m![3]!.padStart(2, '0')}`);
  expect(iso.length).toBeGreaterThan(2);
  expect(iso).toEqual([...iso].sort().reverse());
});

test('a search with no results offers other words, topics and the hotlines', async ({ page }) => {
  await page.goto('/search/?q=qqqzzzxxx');
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  await expect(page.locator('[data-search-empty] a[href^="/search/?q="]').first()).toBeVisible();
  await expect(page.locator('[data-search-empty] a[href^="/articles/topic/"]').first()).toBeVisible();
  await expect(page.locator('[data-search-empty] a[href="tel:110"]')).toBeVisible();
});

test('slash focuses the search box from any page, but not while typing in a field', async ({ page }) => {
  await page.goto('/articles/');
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeFocused();
  await page.keyboard.type('家暴');
  await page.keyboard.type('/');
  await expect(page.getByRole('searchbox', { name: '搜索本站' })).toHaveValue('家暴/');
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-input]')).toBeFocused();
});

test('a reader already in the box when the search script arrives still gets the engine started', async ({ page }) => {
  // The search code is a chunk the page script import()s; on a slow network the reader can be
  // in the box before it runs. Hold that chunk until the box has focus, then let it through.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/search[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/');
  await page.locator('[data-search-input]').focus();
  const engine = page.waitForRequest((req) => new URL(req.url()).pathname.startsWith('/pagefind/'));
  release();
  await engine;
  await expect(page.locator('[data-search-init]')).toHaveCount(1);
});

test('arrow keys move from the search box through the results and back', async ({ page }) => {
  await page.goto('/search/?q=家暴');
  const links = page.locator(results);
  await expect(links.nth(1)).toBeVisible();
  await page.locator('[data-search-input]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-search-input]')).toBeFocused();
});

test('axe finds no WCAG 2.2 AA violation on a search with results and filters open', async ({ page }) => {
  await page.goto('/search/?q=家暴');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  await page.getByText('筛选和排序').click();
  await expect(page.getByRole('group', { name: '类型' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the page scripts start once through the kit, with no markup error in the console', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/search/?q=保护令');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  for (const name of ['search', 'quick-exit', 'search-shortcut', 'display-settings']) {
    await expect(page.locator(`[data-${name}-init]`), name).toHaveCount(1);
  }
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and offers topics, the directory and hotlines', async ({ page }) => {
    await page.goto('/search/?q=家暴');
    await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
    await expect(page.locator('[data-search-controls]')).toBeHidden();
    await expect(page.locator('main a[href="/stations/"]')).toBeVisible();
    await expect(page.locator('[data-search-fallback] a[href="tel:110"]')).toBeVisible();
  });
});
