import { test, expect } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

const NEUTRAL = /weather\.com\.cn/;

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    // The neutral site is on another origin; answer it locally so the test never leaves the machine.
    await page.route(NEUTRAL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>weather</title>' }));
  });

  test('a click leaves at once and Back does not return to this page', async ({ page }) => {
    await page.goto('/');
    await page.goto('/articles/');
    await page.getByRole('link', { name: '快速离开' }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('pressing Escape twice leaves, replacing this page in history', async ({ page }) => {
    await page.goto('/');
    await page.goto('/cases/');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText(/已按 1 次/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('leaving deletes the saved display settings, so no trace of the site stays on the device', async ({ page }) => {
    await page.goto('/');
    await page.getByText('大字版', { exact: true }).click();
    await page.getByRole('button', { name: '特大' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
    expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(NEUTRAL);
    // Back on the site: the pre-paint script finds nothing to apply.
    await page.goto('/safety/');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/);
    // The safety page tells readers so.
    await expect(page.getByText(/点“快速离开”.*阅读设置也会一起删掉/)).toBeVisible();
  });

  test('pressing Shift three times leaves', async ({ page }) => {
    await page.goto('/');
    await page.goto('/stations/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });
});

test('no page makes a request to another origin or sets a cookie', async ({ page, request, context, baseURL }) => {
  test.setTimeout(10 * 60_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${page.url()} → ${r.url()}`);
  });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('text size and contrast apply before paint, persist across pages, and can be cleared', async ({ page }) => {
  await page.goto('/');
  await page.getByText('大字版', { exact: true }).click();
  await page.getByRole('button', { name: '特大' }).click();
  await page.getByRole('button', { name: '高对比度' }).click();
  await page.goto('/articles/');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.getByText('大字版', { exact: true }).click();
  await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '清除我的设置' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a keyboard-only reader can get from the home page to a station phone number', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  // On a phone the navigation is behind 菜单: Tab to it and open it with Enter first.
  const menu = page.locator('[data-site-menu] > summary');
  if (await menu.isVisible()) {
    for (let i = 0; i < 20 && !(await menu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
  }
  // Tab through to the 服务站点 link in the main navigation, then follow it.
  const target = page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '服务站点' });
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/stations/');
  const phone = page.locator('main a[href^="tel:"]').first();
  for (let i = 0; i < 80 && !(await phone.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAttribute('href', /^tel:\d+/);
});
