/**
 * First-screen screenshots for docs/design/: the home page, an article and the directory
 * on a 360×780 phone, in the 标准 and 特大 text sizes, taken from a running server.
 *
 *   npx astro preview --port 4381 &   # or any server of a built dist/
 *   node scripts/design-screenshots.ts http://127.0.0.1:4381 after
 *
 * writes docs/design/<label>-<page>-<mode>.png (label: before | after).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { PREFS_KEY } from '../src/lib/display-prefs.ts';
import { routes } from '../src/lib/routes.ts';

const [base, label] = process.argv.slice(2);
if (!base || !label) {
  console.error('用法：node scripts/design-screenshots.ts <网站地址> <标签，如 before 或 after>');
  process.exit(1);
}
const pages = { home: routes.home(), article: routes.article('protection-order'), directory: routes.stations() };
const modes = { standard: null, xlarge: 'xlarge' } as const;

mkdirSync('docs/design', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [mode, text] of Object.entries(modes)) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  if (text) await context.addInitScript(([key, value]) => localStorage.setItem(key, JSON.stringify({ text: value })), [PREFS_KEY, text] as [string, string]);
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const file = `docs/design/${label}-${name}-${mode}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}
await browser.close();
