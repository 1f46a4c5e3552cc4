/**
 * Journeys in real old engines (Chromium 80 and 92, see old-chromium.ts) against the built site
 * served for real: every template styled as in today's engine (computed styles compared with
 * Debian's Chromium), quick exit by click / Esc×2 / Shift×3, reading settings kept across pages,
 * search finding the protection-order guide (over the fallback index: Pagefind's WebAssembly needs
 * Chromium 96), the nearest-station finder near 桐山 and the township
 * fallback — and no uncaught error on any page. An engine that cannot run here fails, saying why.
 *
 * Usage: npm run test:compat   (after npm run build; uses $E2E_BASE_URL, else serves dist/ with
 * `astro preview` on $E2E_PORT or 4321). Ends with "N passed, N failed".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium as modernChromium } from '@playwright/test';
import { chromiumPath } from '../../scripts/lib/chromium.ts';
import { ENGINES, EngineUnavailable, launch, type Engine } from './old-chromium.ts';

const GARDENIA = '“栀子花”妇女儿童权益保护司法协作服务站';
const NEAR_TONGSHAN = { latitude: 27.2347, longitude: 120.202 };
const NEUTRAL = /weather\.com\.cn/;
const VIEWPORT = { width: 360, height: 740 };
const WAIT = { timeout: 20_000 };
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One page per template (layouts and list pages). */
const TEMPLATES = [
  '/',
  '/articles/',
  '/articles/protection-order/',
  '/articles/topic/domestic-violence/',
  '/cases/',
  '/cases/scenario-protection-order/',
  '/opendays/',
  '/opendays/womens-rights-open-day/',
  '/stations/',
  '/stations/gardenia-station/',
  '/search/',
  '/hotlines/',
  '/safety/',
  '/about/',
  '/404.html',
];

// ---------------------------------------------------------------- the served site

async function serve(): Promise<{ base: string; stop(): void }> {
  if (process.env.E2E_BASE_URL) return { base: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop() {} };
  const port = Number(process.env.E2E_PORT ?? 4321);
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`astro preview did not answer on ${base} (is dist/ built? run npm run build)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// ---------------------------------------------------------------- what "looks the same" means

/** Computed styles of the parts a reader sees first, by template; runs in every engine (keep it ES2017). */
function probe(): Record<string, Record<string, string> | null> {
  const PROPS = [
    'display',
    'position',
    'font-size',
    'font-weight',
    'line-height',
    'color',
    'background-color',
    'border-top-width',
    'border-top-style',
    'border-top-color',
    'border-bottom-width',
    'border-radius',
    'padding-top',
    'padding-left',
    'min-height',
    'max-width',
    'text-decoration-line',
    'list-style-type',
    'visibility',
  ];
  const parts: Record<string, string> = {
    html: 'html',
    body: 'body',
    header: 'header',
    'quick exit': 'a[data-quick-exit]',
    'skip link': 'a[href="#main"], a[href="#content"]',
    nav: 'header nav',
    'nav link': 'header nav a',
    h1: 'main h1',
    h2: 'main h2',
    paragraph: 'main p',
    'main link': 'main p a',
    card: '.card',
    button: '.btn',
    chip: '.chip',
    'reading settings': '[data-display-settings] summary',
    'print-only line': '[class~="print:block"]',
    footer: 'footer',
    'footer link': 'footer a',
  };
  const out: Record<string, Record<string, string> | null> = {};
  for (const name of Object.keys(parts)) {
    const el = document.querySelector(parts[name]!);
    if (!el) {
      out[name] = null;
      continue;
    }
    const cs = getComputedStyle(el);
    const row: Record<string, string> = {};
    for (const p of PROPS) row[p] = cs.getPropertyValue(p);
    out[name] = row;
  }
  return out;
}

/** Where the quick exit sits and how big it is. */
function quickExitBox(): { top: number; height: number; width: number; bg: string } | null {
  const a = document.querySelector('a[data-quick-exit]');
  if (!a) return null;
  const r = a.getBoundingClientRect();
  return { top: r.top, height: r.height, width: r.width, bg: getComputedStyle(a).backgroundColor };
}

async function referenceStyles(base: string): Promise<Map<string, ReturnType<typeof probe>>> {
  const browser = await modernChromium.launch({ ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}), args: ARGS });
  const page = await browser.newPage({ viewport: VIEWPORT });
  const out = new Map<string, ReturnType<typeof probe>>();
  for (const path of TEMPLATES) {
    await page.goto(base + path, { waitUntil: 'load' });
    out.set(path, await page.evaluate(probe));
  }
  await browser.close();
  return out;
}

// ---------------------------------------------------------------- a tiny runner

interface Result {
  name: string;
  ok: boolean;
  detail?: string;
}
const results: Result[] = [];

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

type OldPage = any;

async function journeys(engine: Engine, base: string, reference: Map<string, ReturnType<typeof probe>>): Promise<void> {
  const test = async (name: string, fn: (page: OldPage) => Promise<void>, setup?: (browser: any) => Promise<void>) => {
    const full = `${engine.name}: ${name}`;
    let browser: any;
    const errors: string[] = [];
    try {
      browser = await launch(engine, ARGS);
      if (setup) await setup(browser);
      const page = await browser.newPage();
      await page.setViewport({ ...VIEWPORT, deviceScaleFactor: 1 });
      // An uncaught error is a defect on the floor, whatever the journey.
      page.on('pageerror', (e: Error) => errors.push(`uncaught error on ${page.url()}: ${e.message.split('\n')[0]}`));
      await page.setRequestInterception(true);
      page.on('request', (r: any) => {
        if (NEUTRAL.test(r.url())) void r.respond({ status: 200, contentType: 'text/html', body: '<title>weather</title><p>weather</p>' });
        else void r.continue();
      });
      await fn(page);
      assert(errors.length === 0, errors.join('; '));
      results.push({ name: full, ok: true });
      console.log(`  ✓ ${full}`);
    } catch (e) {
      const why = e instanceof EngineUnavailable ? `ENGINE CANNOT RUN: ${e.message}` : (e as Error).message;
      results.push({ name: full, ok: false, detail: why });
      console.log(`  ✘ ${full}\n      ${why.split('\n').join('\n      ')}`);
    } finally {
      await browser?.close().catch(() => {});
    }
  };

  await test("every template is styled as in today's engine (header, quick exit, type, colours, print-only text hidden)", async (page) => {
    const problems: string[] = [];
    for (const path of TEMPLATES) {
      await page.goto(base + path, { waitUntil: 'load' });
      const got = (await page.evaluate(probe)) as ReturnType<typeof probe>;
      const want = reference.get(path)!;
      for (const part of Object.keys(want)) {
        const w = want[part];
        const g = got[part];
        if (!w !== !g) problems.push(`${path} ${part}: ${w ? 'missing' : 'unexpected'}`);
        if (!w || !g) continue;
        for (const prop of Object.keys(w)) if (w[prop] !== g[prop]) problems.push(`${path} ${part} ${prop}: ${g[prop]} (today's engine: ${w[prop]})`);
      }
      const box = (await page.evaluate(quickExitBox)) as ReturnType<typeof quickExitBox>;
      if (!box || box.top > 16 || box.height < 44 || box.width < 88)
        problems.push(`${path}: the quick exit is not a large button at the top (${JSON.stringify(box)})`);
      if (want['print-only line'] && got['print-only line']?.display !== 'none') problems.push(`${path}: the print-only line shows on screen`);
    }
    assert(problems.length === 0, `${problems.length} style difference(s):\n${problems.slice(0, 25).join('\n')}`);
  });

  const leaves = async (page: OldPage, act: () => Promise<void>) => {
    await page.goto(`${base}/articles/protection-order/`, { waitUntil: 'load' });
    await page.waitForSelector('a[data-quick-exit][data-quick-exit-init]', WAIT);
    await Promise.all([page.waitForNavigation(WAIT), act()]);
    assert(NEUTRAL.test(page.url()), `expected to be on the neutral site, got ${page.url()}`);
  };
  await test('quick exit by clicking the button leaves the site', async (page) => {
    await leaves(page, () => page.click('a[data-quick-exit]'));
  });
  await test('quick exit by pressing Escape twice leaves the site', async (page) => {
    await leaves(page, async () => {
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => /1/.test(document.querySelector('[data-quick-exit-status]')?.textContent ?? ''), WAIT);
      await page.keyboard.press('Escape');
    });
  });
  await test('quick exit by pressing Shift three times leaves the site', async (page) => {
    await leaves(page, async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    });
  });

  await test('reading settings (large text, high contrast) are kept across pages', async (page) => {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-display-settings][data-display-settings-init]', { ...WAIT, visible: true });
    await page.click('[data-display-settings] summary');
    await page.click('[data-display-settings] [data-text-size="xlarge"]');
    await page.click('[data-display-settings] [data-contrast-toggle]');
    await page.goto(`${base}/articles/protection-order/`, { waitUntil: 'load' });
    const state = await page.evaluate(() => ({
      text: document.documentElement.dataset.text,
      contrast: document.documentElement.dataset.contrast,
      rootSize: getComputedStyle(document.documentElement).fontSize,
      ink: getComputedStyle(document.body).color,
    }));
    assert(state.text === 'xlarge' && state.contrast === 'high', `settings not kept: ${JSON.stringify(state)}`);
    assert(state.rootSize === '24px' && state.ink === 'rgb(0, 0, 0)', `settings kept but not applied: ${JSON.stringify(state)}`);
  });

  await test('search finds the protection-order guide by 保护令 and by 家暴 (typed), the urgent lines first and the hotline line last', async (page) => {
    const search = () =>
      page.evaluate(() => {
        const visible = (sel: string) => {
          const el = document.querySelector<HTMLElement>(sel);
          return !!el && !el.hidden && el.getBoundingClientRect().height > 0;
        };
        const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
        return {
          state: document.querySelector<HTMLElement>('[data-search]')?.dataset.searchState,
          results: Array.from(document.querySelectorAll('[data-search-result] h2 a')).map((a) => a.getAttribute('href')),
          status: document.querySelector('[data-search-status]')?.textContent ?? '',
          urgent: visible('[data-search-urgent]'),
          urgentAbove: top('[data-search-urgent]') < top('[data-search-results]'),
          urgentNumbers: Array.from(document.querySelectorAll('[data-search-urgent] a[href^="tel:"]')).map((a) => a.getAttribute('href')),
          notFound: visible('[data-search-notfound]'),
          notFoundBelow: top('[data-search-notfound]') > top('[data-search-results] li:last-child'),
          noscriptShown: visible('[data-search-fallback]'),
          usedPagefind: performance.getEntriesByType('resource').some((r) => /pagefind-entry|\.pf_meta|wasm/.test(r.name)),
          usedFallback: performance.getEntriesByType('resource').some((r) => /\/search-index\.json/.test(r.name)),
          url: location.pathname + location.search,
        };
      });
    await page.goto(`${base}/search/?q=${encodeURIComponent('保护令')}`, { waitUntil: 'load' });
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.searchState ?? ''), WAIT);
    let state = await search();
    assert(state.state === 'done', `search did not finish: ${JSON.stringify(state)}`);
    assert(state.results[0] === '/articles/protection-order/', `保护令 did not find the guide first: ${JSON.stringify(state)}`);
    assert(!state.noscriptShown && !state.urgent && state.notFound && state.notFoundBelow, `page parts wrong for 保护令: ${JSON.stringify(state)}`);
    // Chromium 80 and 92 cannot compile Pagefind 1.6's WebAssembly: the small index must be what answered.
    assert(state.usedFallback && !state.usedPagefind, `the old engine did not search the fallback index: ${JSON.stringify(state)}`);

    await page.focus('[data-search-input]');
    await page.evaluate(() => document.querySelector<HTMLInputElement>('[data-search-input]')?.select());
    await page.keyboard.sendCharacter('家暴');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchDone === '家暴', WAIT);
    state = await search();
    assert(decodeURIComponent(state.url) === '/search/?q=家暴', `the address does not carry the query: ${state.url}`);
    assert(state.results.indexOf('/articles/protection-order/') >= 0, `家暴 did not find the guide: ${JSON.stringify(state)}`);
    assert(
      state.urgent && state.urgentAbove && state.urgentNumbers.indexOf('tel:110') >= 0 && state.urgentNumbers.indexOf('tel:12338') >= 0,
      `家暴 did not show the urgent lines (110 / 12338) first: ${JSON.stringify(state)}`,
    );
    assert(state.notFound && state.notFoundBelow, `no "没找到？" hotline line after the results: ${JSON.stringify(state)}`);
    console.log(
      `      (${engine.name}: fallback index; 家暴 → guide at #${state.results.indexOf('/articles/protection-order/') + 1} of ${state.results.length} shown)`,
    );
  });

  await test(
    'the nearest-station finder, with a position near 桐山 granted, lists the station first',
    async (page) => {
      await page.setGeolocation(NEAR_TONGSHAN);
      await page.goto(`${base}/stations/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-finder-locate]', { ...WAIT, visible: true });
      await page.click('[data-finder-locate]');
      await page.waitForFunction((name: string) => (document.querySelector('[data-finder-results] > li')?.textContent ?? '').includes(name), WAIT, GARDENIA);
      const first = await page.evaluate(() => document.querySelector('[data-finder-results] > li')?.textContent ?? '');
      assert(/距离约 [\d.]+ ?(米|公里)/.test(first), `no distance in the first result: ${first.trim().slice(0, 120)}`);
    },
    async (browser) => {
      await browser.defaultBrowserContext().overridePermissions(base, ['geolocation']);
    },
  );

  await test('the township choice lists the places by distance without any position', async (page) => {
    await page.goto(`${base}/stations/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-finder-township]', { ...WAIT, visible: true });
    const value = await page.evaluate(
      () => Array.from(document.querySelectorAll<HTMLOptionElement>('[data-finder-township] option')).find((o) => o.textContent === '沙埕镇')?.value,
    );
    assert(value, 'no 沙埕镇 in the township list');
    await page.select('[data-finder-township]', value);
    await page.click('[data-finder-township-form] button');
    await page.waitForFunction((name: string) => (document.querySelector('[data-finder-results] > li')?.textContent ?? '').includes(name), WAIT, GARDENIA);
    const heading = await page.evaluate(() => document.querySelector('[data-finder-heading]')?.textContent);
    assert(heading === '离沙埕镇由近到远', `heading: ${heading}`);
  });
}

// ---------------------------------------------------------------- main

const server = await serve();
try {
  console.log(`Old engines against ${server.base}`);
  const reference = await referenceStyles(server.base);
  for (const engine of ENGINES) {
    console.log(`${engine.name}`);
    await journeys(engine, server.base, reference);
  }
} finally {
  server.stop();
}
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
