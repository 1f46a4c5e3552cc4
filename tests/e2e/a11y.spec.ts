import { test, expect } from '@playwright/test';
import { axeViolations, sitemapPaths } from './helpers.ts';

/** Display modes a reader can choose, set the way the site's own controls store them. */
const MODES = [
  { name: '标准', prefs: null },
  { name: '特大字号', prefs: { text: 'xlarge' } },
  { name: '高对比度', prefs: { contrast: 'high' } },
] as const;

for (const mode of MODES) {
  test(`axe finds no WCAG 2.2 AA violation on any sitemap page (${mode.name})`, async ({ page, request }) => {
    // One sweep visits every page of the sitemap: give it time in proportion, not a per-page budget.
    test.setTimeout(15 * 60_000);
    if (mode.prefs) {
      await page.addInitScript((p) => localStorage.setItem('gardenia-display', JSON.stringify(p)), mode.prefs);
    }
    const failures: string[] = [];
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${path}\n  ${violations.join('\n  ')}`);
      // 特大 must not make the page scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) failures.push(`${path}: horizontal scroll of ${overflow}px`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
