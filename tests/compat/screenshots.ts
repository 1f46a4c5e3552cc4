/**
 * The before/after pictures in docs/compat/: the home page and an article in Chromium 92 (and, for
 * comparison, today's engine), first screen at 360×740.
 * Usage: node tests/compat/screenshots.ts <label> <base-url> [--modern]
 *   e.g. before: a build of the commit before the browser floor; after: the current build.
 */
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../scripts/lib/chromium.ts';
import { ENGINES, launch } from './old-chromium.ts';

const [label, base, flag] = process.argv.slice(2);
if (!label || !base) throw new Error('Usage: node tests/compat/screenshots.ts <label> <base-url> [--modern]');
const out = new URL('../../docs/compat/', import.meta.url).pathname;
const shots = [
  ['home', '/'],
  ['article', '/articles/protection-order/'],
] as const;

if (flag === '--modern') {
  const browser = await chromium.launch({ ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const [name, path] of shots) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.screenshot({ path: `${out}${name}-today-${label}.png` });
  }
  await browser.close();
} else {
  const engine = ENGINES.find((e) => e.major === 92)!;
  const browser = await launch(engine, ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage']);
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
  for (const [name, path] of shots) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.screenshot({ path: `${out}${name}-chromium92-${label}.png` });
  }
  await browser.close();
}
