import { test, expect } from '@playwright/test';
import { axeViolations, openMenu } from './helpers.ts';
import { loadCases, runCases, searchOnPage } from '../../scripts/lib/search/recall.ts';

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
  await page.goto('/search/?q=保护令');
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
  await searchOnPage(page, '冷静期');
  await expect(page).toHaveURL(/q=%E5%86%B7%E9%9D%99%E6%9C%9F/);
  await page.goBack();
  await expect(page.locator('[data-search-input]')).toHaveValue('保护令');
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
  // Past the typing pause (400 ms): nothing left over from typing 冷静期 may overwrite this entry.
  await page.waitForTimeout(700);
  await expect(page).toHaveURL(/q=%E4%BF%9D%E6%8A%A4%E4%BB%A4/);
  await expect(page.locator(results).first()).toHaveAttribute('href', '/articles/protection-order/');
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
  const iso = dates.map((d) => /(\d{4})年(\d+)月(\d+)日/.exec(d)).filter((m) => m).map((m) => `${m![1]}-${m![2]!.padStart(2, '0')}-${m![3]!.padStart(2, '0')}`);
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
