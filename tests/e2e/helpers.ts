/** Shared helpers for the end-to-end suite. */
import type { APIRequestContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every path listed in the built sitemap (sitemap-index → sitemap-N.xml). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths.sort();
}

/** WCAG 2.2 AA (and everything below it) as axe tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page; returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
}

/**
 * On a phone the main navigation and the search box sit behind 菜单 (a details element):
 * open it when it is shown. On a wide screen they are in the header already.
 */
export async function openMenu(page: Page): Promise<void> {
  const summary = page.locator('[data-site-menu] > summary');
  if ((await summary.isVisible()) && !(await page.locator('[data-site-menu]').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await summary.click();
  }
}
