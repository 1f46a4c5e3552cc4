/**
 * What only a browser shows: the requests a page makes until the network is
 * idle (sized by kind, gzipped), whether any web font is fetched, and the
 * cost and time of a first search. Debian's Chromium through Playwright.
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { classify, gzipSize, inlineCode, summarize } from './weight.ts';
import type { Hit, Weight } from './weight.ts';
// The site's one list of Chromium flags (a closed network, a root user); plain TypeScript with no
// dependencies, so the bench package can read it from the site's tree.
import { CHROMIUM_ARGS } from '../../../scripts/lib/chromium.ts';

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
  /**
   * Transfer bytes (compressed, as sent) of /pagefind/ responses finished before the first result rendered,
   * leaving out requests the page issued after the first result was in the page (the rest of the ranking).
   */
  pagefindBytes: number;
  /** Number of those responses. */
  pagefindRequests: number;
  /**
   * The reader's wait: from pressing Enter in the search box (the engine was started when the box
   * got focus and has finished loading while they typed) to the first result shown, ms.
   */
  firstResultMs: number;
  /** From focusing the box to the engine being ready (pagefind.js, wasm, metadata fetched): the typing time that hides it, ms. */
  engineReadyMs: number;
  /** Cold: from navigating to /search/?q=… (fresh cache) to the first result, page load included, ms. */
  coldFirstResultMs: number;
  /** How many results the page listed. */
  results: number;
}

/** A phone: Chromium's CPU throttling and DevTools' "Slow 4G" profile (as Lighthouse's mobile default). */
export interface Throttle {
  cpuRate: number;
  /** Round-trip latency, ms. */
  latencyMs: number;
  /** Bytes per second. */
  downBps: number;
  upBps: number;
}
/** DevTools' "Slow 4G" preset (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT × 3.75) with 4× CPU slowdown. */
export const PHONE: Throttle = { cpuRate: 4, latencyMs: 150 * 3.75, downBps: ((1.6 * 1000 * 1000) / 8) * 0.9, upBps: ((750 * 1000) / 8) * 0.9 };

async function phonePage(browser: Browser, throttle: Throttle | undefined) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuRate });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: throttle.latencyMs, downloadThroughput: throttle.downBps, uploadThroughput: throttle.upBps });
  }
  return { context, page };
}

/**
 * A reader's first search on `searchPage` (the /search/ URL): opens the page, focuses the box (which
 * starts the engine), waits until the engine has loaded, types `word` and presses Enter, and waits for
 * `resultSelector`. Then the same query cold, from navigating to ?q=… in a fresh context.
 */
export async function measureSearch(browser: Browser, searchPage: string, word: string, resultSelector: string, throttle?: Throttle): Promise<SearchFigures> {
  const warm = await phonePage(browser, throttle);
  const done: { at: number; req: import('playwright-core').Request }[] = [];
  let inFlight = 0;
  warm.page.on('request', (req) => {
    if (new URL(req.url()).pathname.includes('/pagefind/')) inFlight++;
  });
  const settle = (req: import('playwright-core').Request) => {
    if (!new URL(req.url()).pathname.includes('/pagefind/')) return;
    inFlight--;
    done.push({ at: performance.now(), req });
  };
  warm.page.on('requestfinished', settle);
  warm.page.on('requestfailed', settle);
  await warm.page.goto(searchPage, { waitUntil: 'load', timeout: 120_000 });
  const input = warm.page.locator('[data-search-input]');
  const focusAt = performance.now();
  await input.focus();
  // The engine is ready when its metadata has arrived (Pagefind may fetch from its worker, which
  // page-level request events include) and nothing more is being fetched.
  await expectQuiet(() => (done.some((d) => /\.pf_meta$/.test(new URL(d.req.url()).pathname)) ? inFlight : 1), warm.page);
  const engineReadyMs = performance.now() - focusAt;
  // A Chinese IME commits the whole word at once: one input event, then Enter.
  await input.fill(word);
  // When the first result enters the page, on the page's clock (epoch ms): requests the page issues after
  // that (the rest of the ranking, fetched once the first results are shown) are not the first query's.
  await warm.page.evaluate((sel) => {
    const w = window as unknown as { benchFirstResultAt?: number };
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(sel)) return;
      w.benchFirstResultAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  }, resultSelector);
  const enterAt = performance.now();
  await input.press('Enter');
  await warm.page.locator(resultSelector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const shownAt = performance.now();
  const insertedAt = await warm.page.evaluate(() => (window as unknown as { benchFirstResultAt?: number }).benchFirstResultAt ?? Infinity);
  const before = done.filter((d) => d.at <= shownAt && d.req.timing().startTime <= insertedAt);
  let bytes = 0;
  for (const d of before) {
    const sizes = await d.req.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  const results = await warm.page.locator(resultSelector).count();
  await warm.context.close();

  const cold = await phonePage(browser, throttle);
  const start = performance.now();
  await cold.page.goto(`${searchPage}?q=${encodeURIComponent(word)}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await cold.page.locator(resultSelector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const coldFirstResultMs = performance.now() - start;
  await cold.context.close();
  return { pagefindBytes: bytes, pagefindRequests: before.length, firstResultMs: shownAt - enterAt, engineReadyMs, coldFirstResultMs, results };
}

/** A prepared results page (routes.searchWord(), /search/抚养费/), opened cold. */
export interface PreparedFigures {
  /** From navigating to the page (fresh cache) to its first result visible, ms. */
  firstResultMs: number;
  /** Transfer bytes of every response finished by the first result and the first paint (HTML, CSS, scripts). */
  bytes: number;
  /** Number of those responses. */
  requests: number;
  /** Results on the page. */
  results: number;
  /** First contentful paint (the page's CSS arrived and it painted; its results are in the HTML), ms from navigation start. */
  firstPaintMs: number;
  /** The first result lies inside the first screen (so the first paint shows it). */
  resultOnFirstScreen: boolean;
}

/**
 * A prepared results page, the way a reader reaches it from a link: navigate (fresh cache)
 * and wait for the first result. One round trip for the HTML, no engine.
 */
export async function measurePrepared(browser: Browser, url: string, resultSelector: string, throttle?: Throttle): Promise<PreparedFigures> {
  const { context, page } = await phonePage(browser, throttle);
  const done: { at: number; req: import('playwright-core').Request }[] = [];
  page.on('requestfinished', (req) => done.push({ at: performance.now(), req }));
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator(resultSelector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const shownAt = performance.now();
  const results = await page.locator(resultSelector).count();
  const resultOnFirstScreen = await page
    .locator(resultSelector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top < window.innerHeight);
  // "Visible" is layout; the reader sees the results at the first paint, once the render-blocking CSS is in.
  const firstPaintMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const now = seen();
        if (now !== undefined) return resolve(now);
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (!fcp) return;
          observer.disconnect();
          resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  // Everything fetched by then: by the first paint the page's CSS has arrived.
  let bytes = 0;
  const before = [...done];
  for (const d of before) {
    const sizes = await d.req.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { firstResultMs: shownAt - start, bytes, requests: before.length, results, firstPaintMs, resultOnFirstScreen };
}

/** A search started from the header box of another page. */
export interface HeaderSearchFigures {
  /** From pressing Enter in the header box to the search page's first result (its page load included), ms. */
  firstResultMs: number;
  /** Transfer bytes of /pagefind/ responses after Enter, until the first result (what the warm-up did not cover). */
  pagefindBytesAfterEnter: number;
  /** /pagefind/ requests made before Enter (by the header's warm-up while the reader typed). */
  warmedRequests: number;
}

/**
 * A reader on an article searches from the header: opens the menu (on a phone), focuses the box,
 * types for as long as the page is fetching (the header's warm-up, if any, at most two minutes),
 * presses Enter, and waits for the search page's first result.
 */
export async function measureFromHeader(browser: Browser, pageUrl: string, word: string, resultSelector: string, throttle?: Throttle): Promise<HeaderSearchFigures> {
  const { context, page } = await phonePage(browser, throttle);
  const done: { at: number; req: import('playwright-core').Request }[] = [];
  let inFlight = 0;
  const isPagefind = (req: import('playwright-core').Request) => new URL(req.url()).pathname.includes('/pagefind/');
  page.on('request', (req) => {
    if (isPagefind(req)) inFlight++;
  });
  const settle = (req: import('playwright-core').Request) => {
    if (!isPagefind(req)) return;
    inFlight--;
    done.push({ at: performance.now(), req });
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  await page.goto(pageUrl, { waitUntil: 'load', timeout: 120_000 });
  const summary = page.locator('[data-site-menu] > summary');
  if (await summary.isVisible()) await summary.click();
  const box = page.locator('header form[role="search"] input[type="search"]:visible').first();
  await box.focus();
  await expectQuiet(() => inFlight, page);
  const warmedRequests = done.length;
  await box.fill(word);
  const enterAt = performance.now();
  await box.press('Enter');
  await page.locator(resultSelector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const shownAt = performance.now();
  let bytes = 0;
  for (const d of done.filter((x) => x.at > enterAt && x.at <= shownAt)) {
    const sizes = await d.req.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { firstResultMs: shownAt - enterAt, pagefindBytesAfterEnter: bytes, warmedRequests };
}

/** Resolves once `busy()` has been 0 for 300 ms; throws after two minutes. */
async function expectQuiet(busy: () => number, page: import('playwright-core').Page): Promise<void> {
  const start = performance.now();
  let quietSince = start;
  for (;;) {
    if (busy() > 0) quietSince = performance.now();
    else if (performance.now() - quietSince >= 300) return;
    if (performance.now() - start > 120_000) throw new Error('the search engine did not finish loading within 2 minutes of focusing the box');
    await page.waitForTimeout(50);
  }
}
