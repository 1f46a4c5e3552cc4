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
  /** Our pages per second relative to Starlight's, at every corpus of 3,000 articles or more (issue 20). */
  pagesPerSecondVsStarlight: 1.5,
  /** The corpus sizes the pages/s and memory ratios are checked from (the largest is checked when all are smaller). */
  ratioFromArticles: 3000,
  /** time(large)/time(small) may be at most the size ratio times this (1.0: ≤ 3.0× time per 3× articles). */
  linearTolerance: 1.0,
  /** Our peak memory (process tree) relative to Starlight's, at the same sizes. */
  peakMemoryVsStarlight: 0.6,
  /** Search on the 3,000-article corpus: bytes fetched for the first query. */
  searchFirstQueryBytes: 200 * 1024,
  /** The search page's own JavaScript, gzipped (Pagefind's wasm and index excluded). */
  searchPageJsBytes: 35 * 1024,
  /** From pressing Enter to the first result shown, desktop CPU and local network. */
  searchFirstResultMs: 400,
  /** The same on a phone: 4× CPU slowdown and the slow-4G profile. */
  searchFirstResultPhoneMs: 1500,
  /** The corpus size search is measured on. */
  searchArticles: 3000,
  /** Editing one article under `astro dev` at 3,000 articles: write → new text in the browser. */
  devEditMs: 2000,
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
  /** The build's wall time (Pagefind included), seconds. */
  seconds: number;
  /** Peak RSS of the build's process tree, bytes. */
  peakBytes?: number;
}

/** pages ÷ seconds. */
export const pagesPerSecond = (b: BuildFigures) => b.pages / b.seconds;

/**
 * Build budgets: pages/s ≥ 1.5× Starlight's and peak memory ≤ 0.6× Starlight's at every
 * size from 3,000 articles (or the largest size, when all are smaller); build time growing
 * no faster than the article count between each pair of consecutive sizes.
 */
export function buildChecks(ours: readonly BuildFigures[], starlight: readonly BuildFigures[]): Check[] {
  const checks: Check[] = [];
  const sorted = [...ours].sort((x, y) => x.articles - y.articles);
  const big = sorted.filter((b) => b.articles >= BUDGETS.ratioFromArticles);
  const compared = big.length ? big : sorted.slice(-1);
  for (const o of compared) {
    const sl = starlight.find((b) => b.articles === o.articles);
    const subject = `${o.articles} articles`;
    if (!sl) {
      checks.push({ budget: 'pages/s vs Starlight', subject, actual: 'not measured', limit: `≥ ${formatRatio(BUDGETS.pagesPerSecondVsStarlight)}`, pass: false });
      continue;
    }
    const ratio = pagesPerSecond(o) / pagesPerSecond(sl);
    checks.push({
      budget: 'pages/s vs Starlight',
      subject,
      actual: `${formatNumber(pagesPerSecond(o))} vs ${formatNumber(pagesPerSecond(sl))} (${formatRatio(ratio)})`,
      limit: `≥ ${formatRatio(BUDGETS.pagesPerSecondVsStarlight)}`,
      pass: ratio >= BUDGETS.pagesPerSecondVsStarlight,
    });
    const mem = o.peakBytes !== undefined && sl.peakBytes ? o.peakBytes / sl.peakBytes : undefined;
    checks.push({
      budget: 'peak memory vs Starlight',
      subject,
      actual: mem === undefined ? 'not measured' : `${formatBytes(o.peakBytes)} vs ${formatBytes(sl.peakBytes)} (${formatRatio(mem)})`,
      limit: `≤ ${formatRatio(BUDGETS.peakMemoryVsStarlight)}`,
      pass: mem !== undefined && mem <= BUDGETS.peakMemoryVsStarlight,
    });
  }
  for (let i = 1; i < sorted.length; i++) {
    const small = sorted[i - 1]!;
    const large = sorted[i]!;
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
  }
  return checks;
}

/** A first search's figures as the budgets need them. */
export interface SearchBudgetFigures {
  articles: number;
  pagefindBytes: number;
  /** Enter → first result, ms. */
  firstResultMs: number;
}

/**
 * Search budgets on the 3,000-article corpus: bytes for the first query, the first result
 * unthrottled and on a phone (4× CPU, slow 4G), and the search page's own JavaScript.
 */
export function searchChecks(desk: SearchBudgetFigures | undefined, phone: SearchBudgetFigures | undefined, searchPage: Weight | undefined): Check[] {
  const notMeasured = (budget: string, limit: string): Check => ({ budget, subject: '—', actual: 'not measured', limit, pass: false });
  const checks: Check[] = [];
  const bytesLimit = `≤ ${formatBytes(BUDGETS.searchFirstQueryBytes)}`;
  const deskLimit = `≤ ${BUDGETS.searchFirstResultMs} ms`;
  const phoneLimit = `≤ ${BUDGETS.searchFirstResultPhoneMs} ms`;
  if (desk) {
    const subject = `${desk.articles} articles`;
    checks.push(
      { budget: 'search: bytes for first query', subject, actual: formatBytes(desk.pagefindBytes), limit: bytesLimit, pass: desk.pagefindBytes <= BUDGETS.searchFirstQueryBytes },
      { budget: 'search: first result (desktop)', subject, actual: `${Math.round(desk.firstResultMs)} ms`, limit: deskLimit, pass: desk.firstResultMs <= BUDGETS.searchFirstResultMs },
    );
  } else checks.push(notMeasured('search: bytes for first query', bytesLimit), notMeasured('search: first result (desktop)', deskLimit));
  checks.push(
    phone
      ? { budget: 'search: first result (phone: 4× CPU, slow 4G)', subject: `${phone.articles} articles`, actual: `${Math.round(phone.firstResultMs)} ms`, limit: phoneLimit, pass: phone.firstResultMs <= BUDGETS.searchFirstResultPhoneMs }
      : notMeasured('search: first result (phone: 4× CPU, slow 4G)', phoneLimit),
  );
  checks.push(
    searchPage
      ? { budget: 'search page JS gzipped', subject: 'search', actual: formatBytes(allJs(searchPage)), limit: `≤ ${formatBytes(BUDGETS.searchPageJsBytes)}`, pass: allJs(searchPage) <= BUDGETS.searchPageJsBytes }
      : { budget: 'search page JS gzipped', subject: 'search', actual: 'not measured', limit: `≤ ${formatBytes(BUDGETS.searchPageJsBytes)}`, pass: false },
  );
  return checks;
}

/** The dev-server edit budget. */
export function devChecks(d: { articles: number; editMs: number } | undefined): Check[] {
  const limit = `≤ ${BUDGETS.devEditMs} ms`;
  return [
    d
      ? { budget: 'dev: edit shown in browser', subject: `${d.articles} articles`, actual: `${Math.round(d.editMs)} ms`, limit, pass: d.editMs <= BUDGETS.devEditMs }
      : { budget: 'dev: edit shown in browser', subject: '—', actual: 'not measured', limit, pass: false },
  ];
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

/** A prepared results page's figures (browser.ts PreparedFigures). */
export interface PreparedBudgetFigures {
  firstResultMs: number;
  firstPaintMs: number;
  resultOnFirstScreen: boolean;
  bytes: number;
}

/**
 * The prepared results page of the search word is held to the search budgets: its results seen within
 * the desktop and phone limits — the first paint when the first result lies on the first screen (the
 * results are in the HTML, so that paint shows them), else the later of the first paint and the first
 * result in layout — and what it fetched by then within the first query's bytes.
 */
export function preparedChecks(articles: number, desk: PreparedBudgetFigures | undefined, phone: PreparedBudgetFigures | undefined): Check[] {
  const subject = `${articles} articles`;
  const checks: Check[] = [];
  const seen = (f: PreparedBudgetFigures) => (f.resultOnFirstScreen ? f.firstPaintMs : Math.max(f.firstResultMs, f.firstPaintMs));
  if (desk)
    checks.push(
      { budget: 'search: prepared page bytes', subject, actual: formatBytes(desk.bytes), limit: `≤ ${formatBytes(BUDGETS.searchFirstQueryBytes)}`, pass: desk.bytes <= BUDGETS.searchFirstQueryBytes },
      { budget: 'search: prepared page first result (desktop)', subject, actual: `${Math.round(seen(desk))} ms`, limit: `≤ ${BUDGETS.searchFirstResultMs} ms`, pass: seen(desk) <= BUDGETS.searchFirstResultMs },
    );
  if (phone)
    checks.push({
      budget: 'search: prepared page first result (phone: 4× CPU, slow 4G)',
      subject,
      actual: `${Math.round(seen(phone))} ms`,
      limit: `≤ ${BUDGETS.searchFirstResultPhoneMs} ms`,
      pass: seen(phone) <= BUDGETS.searchFirstResultPhoneMs,
    });
  return checks;
}
