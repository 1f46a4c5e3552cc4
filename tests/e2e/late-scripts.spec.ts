import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/*
 * The search page and the directory load their own script after the page's one (src/scripts/site.ts
 * import()s it). On a slow phone the page is painted first; what the script shows or hides must
 * already be in place then (html.js, data-js-shown / data-js-hidden in global.css), or the page jumps
 * under the reader's finger. Each test holds the page's chunk until the page has painted.
 */
declare global {
  interface Window {
    __shift: number;
  }
}

const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

const cases = [
  { path: '/search/', chunk: /\/_astro\/search\.[^/]*\.js$/, started: '[data-search-init]' },
  { path: '/stations/', chunk: /\/_astro\/nearest-station\.[^/]*\.js$/, started: '[data-station-finder-init]' },
];

for (const c of cases) {
  test(`${c.path} does not move when its page script arrives after the first paint`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(c.chunk, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(c.path);
    await expect.poll(() => asked).toBe(true);
    await twoFrames(page);
    await expect(page.locator(c.started)).toHaveCount(0);
    release();
    await expect(page.locator(c.started)).toHaveCount(1);
    await twoFrames(page);
    expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.01);
  });
}

test('when the search script cannot load, the page goes back to its no-JavaScript help', async ({ page }) => {
  await page.route(/\/_astro\/search\.[^/]*\.js$/, (route) => route.abort());
  const failed = page.waitForEvent('requestfailed', (req) => /\/_astro\/search\./.test(req.url()));
  await page.goto('/search/');
  await failed;
  await expect(page.locator('html')).not.toHaveClass(/\bjs\b/);
  await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
  await expect(page.locator('[data-search-controls]')).toBeHidden();
});

test('when the finder script cannot load, the finder is not shown and the list stands', async ({ page }) => {
  await page.route(/\/_astro\/nearest-station\.[^/]*\.js$/, (route) => route.abort());
  const failed = page.waitForEvent('requestfailed', (req) => /\/_astro\/nearest-station\./.test(req.url()));
  await page.goto('/stations/');
  await failed;
  await expect(page.locator('[data-station-finder]')).toBeHidden();
  await expect(page.locator('#list-title')).toBeVisible();
});

test('words typed before the search script arrives are kept and searched', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/search\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/');
  await page.locator('[data-search-input]').fill('家暴');
  release();
  await expect(page.locator('[data-search-init]')).toHaveCount(1);
  await expect(page.locator('[data-search-input]')).toHaveValue('家暴');
  await expect(page.locator('[data-search]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=%E5%AE%B6%E6%9A%B4/);
});
