/**
 * Search quality: loads the query table (tests/fixtures/search-queries.yaml), drives the
 * real search page for each query and scores where the expected page landed. Shared by
 * `npm run search:recall` and tests/e2e/search.spec.ts, so both measure the same thing.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';

/** One row of the table. */
export interface RecallCase {
  q: string;
  /** Path of the page that must appear in the first three results. */
  url: string;
  kind: string;
}

/** One row's outcome: the first result paths, and the 1-based rank of the expected page (0 = not in those). */
export interface RecallRow extends RecallCase {
  top: string[];
  rank: number;
}

export const FIXTURE = new URL('../../../tests/fixtures/search-queries.yaml', import.meta.url);

/** Reads and checks the table. */
export function loadCases(file: URL | string = FIXTURE): RecallCase[] {
  const rows = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${String(file)}: expected a list of { q, url, kind }`);
  return rows.map((r, i) => {
    // A query of digits (12338) parses as a number: take it as text.
    const row = r as { q?: unknown; url?: unknown; kind?: unknown };
    if ((typeof row.q !== 'string' && typeof row.q !== 'number') || typeof row.url !== 'string')
      throw new Error(`${String(file)}: row ${i + 1} needs q and url`);
    return { q: String(row.q), url: row.url, kind: String(row.kind ?? '') };
  });
}

/**
 * Types `q` into the search page's box (the page must already be open at /search/),
 * submits, waits for the results and returns their paths in order.
 */
export async function searchOnPage(page: Page, q: string, limit = 10): Promise<string[]> {
  const box = page.locator('[data-search-input]');
  await box.fill(q);
  await box.press('Enter');
  const root = page.locator('[data-search]');
  await page.waitForFunction(
    (query) => {
      const el = document.querySelector<HTMLElement>('[data-search]');
      return !!el && el.dataset.searchState !== 'loading' && el.dataset.searchDone === query;
    },
    q.trim(),
    { timeout: 15_000 },
  );
  const hrefs = await root.locator('[data-search-result] h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.slice(0, limit);
}

/** Runs every case on an open search page. */
export async function runCases(page: Page, cases: readonly RecallCase[]): Promise<RecallRow[]> {
  const rows: RecallRow[] = [];
  for (const c of cases) {
    const top = await searchOnPage(page, c.q);
    rows.push({ ...c, top, rank: top.indexOf(c.url) + 1 });
  }
  return rows;
}

/** recall@k: the share of rows whose expected page is within the first k results. */
export function recallAt(rows: readonly RecallRow[], k: number): number {
  return rows.length ? rows.filter((r) => r.rank > 0 && r.rank <= k).length / rows.length : 0;
}
