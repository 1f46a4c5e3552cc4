import { test, expect } from '@playwright/test';
import { axeViolations } from './helpers.ts';
const MODES = [{ name: 'std', prefs: null }, { name: 'xl', prefs: { text: 'xlarge' } }, { name: 'hc', prefs: { contrast: 'high' } }] as const;
for (const mode of MODES) test(`axe stations ${mode.name}`, async ({ page, request }) => {
  test.slow();
  if (mode.prefs) await page.addInitScript((p) => localStorage.setItem('gardenia-display', JSON.stringify(p)), mode.prefs);
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => p.startsWith('/stations/'));
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const v = await axeViolations(page);
    if (v.length) failures.push(`${path}\n  ${v.join('\n  ')}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 1) failures.push(`${path}: horizontal scroll of ${overflow}px`);
  }
  // Also the finder in its shown states.
  await page.goto('/stations/');
  await page.getByLabel('不想用定位？选择你所在的乡镇').selectOption({ label: '沙埕镇' });
  await page.getByRole('button', { name: '按乡镇查看' }).click();
  await page.waitForTimeout(200);
  const v = await axeViolations(page);
  if (v.length) failures.push(`finder results\n  ${v.join('\n  ')}`);
  console.log(paths.length, 'paths');
  expect(failures, failures.join('\n')).toEqual([]);
});
