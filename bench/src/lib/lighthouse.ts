/**
 * Lighthouse in its default mobile mode (Moto G Power emulation, simulated
 * slow 4G and 4× CPU slowdown) on Debian's Chromium, one fresh Chrome per URL
 * so no run inherits another's cache.
 */
// lighthouse and chrome-launcher are loaded in runLighthouse only, so the pure parts of this
// module (medianRun) can be unit-tested from the site's install, which does not have them.

import { CHROMIUM_ARGS } from '../../../scripts/lib/chromium.ts';

/** Flags for Chromium as root on a closed network: the site's list, headless, without /dev/shm. */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Scores (0–100) by category, plus the failing audits' titles for the report. */
export interface LighthouseResult {
  scores: Record<string, number | undefined>;
  /** Audits scoring below 1 in the non-performance categories, for the "why" of a FAIL. */
  failing: string[];
  /** LCP and TBT in ms, for context. */
  lcpMs?: number;
  tbtMs?: number;
  /** Lighthouse's CPU benchmark index for this run: lower means a slower (or busier) machine. */
  benchmarkIndex?: number;
  /** How many runs the reported one is the median of. */
  runs?: number;
}

/** The run with the median performance score (the lower middle for an even count). Pure. */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('medianRun needs at least one run');
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: runs.length };
}

/**
 * One run, and when its performance score is under `minPerformance`, two more:
 * the median of three is reported. On a small shared machine a single run's
 * total blocking time swings with the load; re-running only the doubtful
 * pages keeps the whole bench within its time limit.
 */
export async function runLighthouseMedian(url: string, chromePath: string, minPerformance: number): Promise<LighthouseResult> {
  const first = await runLighthouse(url, chromePath);
  if ((first.scores.performance ?? 0) >= minPerformance) return { ...first, runs: 1 };
  const more = [await runLighthouse(url, chromePath), await runLighthouse(url, chromePath)];
  return medianRun([first, ...more]);
}

/** Runs Lighthouse once on `url`. */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult> {
  process.env.CHROME_PATH = chromePath;
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores: Record<string, number | undefined> = {};
    for (const c of CATEGORIES) {
      const s = lhr.categories[c]?.score;
      scores[c] = typeof s === 'number' ? Math.round(s * 100) : undefined;
    }
    const failing: string[] = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
        if (c === 'performance' && a.score >= 0.9) continue;
        failing.push(`${c}: ${a.id} (${a.displayValue ?? a.score})`);
      }
    }
    const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
    const tbt = lhr.audits['total-blocking-time']?.numericValue;
    const bi = lhr.environment?.benchmarkIndex;
    return { scores, failing, ...(lcp !== undefined ? { lcpMs: lcp } : {}), ...(tbt !== undefined ? { tbtMs: tbt } : {}), ...(bi !== undefined ? { benchmarkIndex: bi } : {}) };
  } finally {
    await chrome.kill();
  }
}
