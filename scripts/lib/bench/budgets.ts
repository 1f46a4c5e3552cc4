/**
 * The performance budgets of the issue, and their evaluation. Pure: each
 * function takes measurements and returns checks the report prints as
 * PASS/FAIL. A missing measurement is a FAIL with "not measured", never a
 * silent pass.
 */
import { allCss, allJs } from './weight.ts';
import type { Weight } from './weight.ts';
import { formatBytes, formatNumber, formatRatio } from './format.ts';

/** The limits, in one place. */
export const BUDGETS = {
  /** Gzipped JavaScript per page (search page exempt). */
  jsBytes: 6 * 1024,
  /** Gzipped CSS per page (search page exempt). */
  cssBytes: 15 * 1024,
  /** Gzipped HTML of an article page. */
  articleHtmlBytes: 20 * 1024,
  /** Requests until network idle (search page exempt). */
  requests: 6,
  /** Our pages per second at the largest corpus, relative to Starlight's. */
  pagesPerSecondVsStarlight: 1.5,
  /** time(large)/time(small) may exceed the size ratio by this factor. */
  linearTolerance: 1.1,
  /** Search (issue 7), on the largest synthetic corpus: bytes fetched for the first query. */
  searchFirstQueryBytes: 250 * 1024,
  /** The search page's own JavaScript, gzipped (Pagefind's wasm and index excluded). */
  searchPageJsBytes: 35 * 1024,
  /** Time from opening /search/?q=… to the first result shown. */
  searchFirstResultMs: 1000,
  /** Lighthouse mobile minimums (0–100). */
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as Record<string, number>,
} as const;

/** One budget line of the report. */
export interface Check {
  budget: string;
  subject: string;
  actual: string;
  limit: string;
  pass: boolean;
}

/** Budgets for one page template; the search page is exempt (it loads Pagefind on purpose). */
export function pageChecks(subject: string, w: Weight | undefined, opts: { article?: boolean; search?: boolean } = {}): Check[] {
  if (opts.search) return [];
  if (!w) return [{ budget: 'page weight', subject, actual: 'not measured', limit: '—', pass: false }];
  const checks: Check[] = [
    { budget: 'no web fonts', subject, actual: w.fonts.length ? `${w.fonts.length} font(s)` : 'none', limit: 'none', pass: w.fonts.length === 0 },
    { budget: 'JS gzipped (incl. inline)', subject, actual: formatBytes(allJs(w)), limit: `≤ ${formatBytes(BUDGETS.jsBytes)}`, pass: allJs(w) <= BUDGETS.jsBytes },
    { budget: 'CSS gzipped (incl. inline)', subject, actual: formatBytes(allCss(w)), limit: `≤ ${formatBytes(BUDGETS.cssBytes)}`, pass: allCss(w) <= BUDGETS.cssBytes },
    { budget: 'requests', subject, actual: String(w.requests), limit: `≤ ${BUDGETS.requests}`, pass: w.requests <= BUDGETS.requests },
  ];
  if (opts.article) {
    checks.push({ budget: 'article HTML gzipped', subject, actual: formatBytes(w.html), limit: `≤ ${formatBytes(BUDGETS.articleHtmlBytes)}`, pass: w.html <= BUDGETS.articleHtmlBytes });
  }
  return checks;
}

/** A build's figures as the build budgets need them. */
export interface BuildFigures {
  articles: number;
  pages: number;
  /** astro build + Pagefind, seconds. */
  seconds: number;
}

/** pages ÷ seconds. */
export const pagesPerSecond = (b: BuildFigures) => b.pages / b.seconds;

/**
 * Build budgets: at the largest corpus, at least 1.5× Starlight's pages per
 * second; and build time growing no worse than linearly between the two sizes.
 */
export function buildChecks(small: BuildFigures | undefined, large: BuildFigures | undefined, starlightLarge: BuildFigures | undefined): Check[] {
  const checks: Check[] = [];
  if (large && starlightLarge) {
    const ratio = pagesPerSecond(large) / pagesPerSecond(starlightLarge);
    checks.push({
      budget: 'pages/s vs Starlight',
      subject: `${large.articles} articles`,
      actual: `${formatNumber(pagesPerSecond(large))} vs ${formatNumber(pagesPerSecond(starlightLarge))} (${formatRatio(ratio)})`,
      limit: `≥ ${formatRatio(BUDGETS.pagesPerSecondVsStarlight)}`,
      pass: ratio >= BUDGETS.pagesPerSecondVsStarlight,
    });
  } else {
    checks.push({ budget: 'pages/s vs Starlight', subject: '—', actual: 'not measured', limit: `≥ ${formatRatio(BUDGETS.pagesPerSecondVsStarlight)}`, pass: false });
  }
  if (small && large) {
    const sizeRatio = large.articles / small.articles;
    const timeRatio = large.seconds / small.seconds;
    const limit = sizeRatio * BUDGETS.linearTolerance;
    checks.push({
      budget: 'build time growth',
      subject: `${small.articles} → ${large.articles}`,
      actual: `${formatRatio(timeRatio)} time for ${formatRatio(sizeRatio)} articles`,
      limit: `≤ ${formatRatio(limit)}`,
      pass: timeRatio <= limit,
    });
  } else {
    checks.push({ budget: 'build time growth', subject: '—', actual: 'not measured', limit: '—', pass: false });
  }
  return checks;
}

/**
 * Search budgets: bytes and time for the first query on the largest corpus,
 * and the search page's own JavaScript (from the real site's search template).
 */
export function searchChecks(
  first: { articles: number; pagefindBytes: number; firstResultMs: number } | undefined,
  searchPage: Weight | undefined,
): Check[] {
  const subject = first ? `${first.articles} articles` : '—';
  const checks: Check[] = first
    ? [
        { budget: 'search: bytes for first query', subject, actual: formatBytes(first.pagefindBytes), limit: `≤ ${formatBytes(BUDGETS.searchFirstQueryBytes)}`, pass: first.pagefindBytes <= BUDGETS.searchFirstQueryBytes },
        { budget: 'search: first result shown', subject, actual: `${Math.round(first.firstResultMs)} ms`, limit: `≤ ${BUDGETS.searchFirstResultMs} ms`, pass: first.firstResultMs <= BUDGETS.searchFirstResultMs },
      ]
    : [{ budget: 'search: first query', subject, actual: 'not measured', limit: '—', pass: false }];
  checks.push(
    searchPage
      ? { budget: 'search page JS gzipped', subject: 'search', actual: formatBytes(allJs(searchPage)), limit: `≤ ${formatBytes(BUDGETS.searchPageJsBytes)}`, pass: allJs(searchPage) <= BUDGETS.searchPageJsBytes }
      : { budget: 'search page JS gzipped', subject: 'search', actual: 'not measured', limit: `≤ ${formatBytes(BUDGETS.searchPageJsBytes)}`, pass: false },
  );
  return checks;
}

/** Lighthouse category scores (0–100) for one template. */
export function lighthouseChecks(subject: string, scores: Record<string, number | undefined> | undefined): Check[] {
  return Object.entries(BUDGETS.lighthouse).map(([category, min]) => {
    const s = scores?.[category];
    return {
      budget: `Lighthouse ${category}`,
      subject,
      actual: s === undefined ? 'not measured' : String(s),
      limit: `≥ ${min}`,
      pass: s !== undefined && s >= min,
    };
  });
}

/** "PASS" or "FAIL". */
export const verdict = (c: Check) => (c.pass ? 'PASS' : 'FAIL');
