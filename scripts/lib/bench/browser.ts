/**
 * What only a browser shows: the requests a page makes until the network is
 * idle (sized by kind, gzipped), whether any web font is fetched, and the
 * cost and time of a first search. Debian's Chromium through Playwright.
 */
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { classify, gzipSize, inlineCode, summarize } from './weight.ts';
import type { Hit, Weight } from './weight.ts';

/** The flags a closed network and a root user need. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Debian's Chromium headless. */
export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Loads `url` in a fresh context with a phone-sized viewport and sizes everything it fetches until network idle. */
export async function measurePage(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<Hit | undefined>[] = [];
  page.on('requestfinished', (req) => {
    if (req.url().startsWith('data:')) return;
    pending.push(
      (async () => {
        const res = await req.response();
        if (!res) return undefined;
        const body = res.status() >= 300 && res.status() < 400 ? Buffer.alloc(0) : await res.body().catch(() => Buffer.alloc(0));
        const kind = classify(req.resourceType(), res.headers()['content-type'] ?? '', req.url());
        const hit: Hit = { url: req.url(), kind, gzipBytes: body.length ? gzipSize(body) : 0 };
        if (kind === 'html') {
          const code = inlineCode(body.toString('utf8'));
          hit.inline = { js: code.js ? gzipSize(code.js) : 0, css: code.css ? gzipSize(code.css) : 0 };
        }
        return hit;
      })(),
    );
  });
  let failed = 0;
  page.on('requestfailed', (req) => {
    if (!req.url().startsWith('data:')) failed++;
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  // Work scheduled on idle (e.g. a search UI loaded by requestIdleCallback) gets a moment to start.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const hits = (await Promise.all(pending)).filter((h): h is Hit => h !== undefined);
  await context.close();
  const w = summarize(hits);
  return { ...w, requests: w.requests + failed };
}

/** A first search: bytes fetched from /pagefind/ until the first result shows, and how long that took. */
export interface SearchFigures {
  /** Transfer bytes (compressed, as sent) of /pagefind/ responses finished before the first result rendered. */
  pagefindBytes: number;
  /** Number of those responses. */
  pagefindRequests: number;
  /** From navigation start to the first result element, ms. */
  firstResultMs: number;
  /** How many results the page listed. */
  results: number;
}

/** Opens `searchUrl` (which carries ?q=…) in a fresh context and waits for `resultSelector`. */
export async function measureSearch(browser: Browser, searchUrl: string, resultSelector: string): Promise<SearchFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const done: { at: number; req: import('@playwright/test').Request }[] = [];
  page.on('requestfinished', (req) => {
    if (new URL(req.url()).pathname.includes('/pagefind/')) done.push({ at: performance.now(), req });
  });
  const start = performance.now();
  await page.goto(searchUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator(resultSelector).first().waitFor({ state: 'visible', timeout: 60_000 });
  const shownAt = performance.now();
  const before = done.filter((d) => d.at <= shownAt);
  let bytes = 0;
  for (const d of before) {
    const sizes = await d.req.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  const results = await page.locator(resultSelector).count();
  await context.close();
  return { pagefindBytes: bytes, pagefindRequests: before.length, firstResultMs: shownAt - start, results };
}
