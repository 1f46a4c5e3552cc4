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
