import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';
const dir = process.env.DIR ?? '/tmp/gsd';
const srv = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(srv.url + '/search/');
const queries = process.argv.slice(2);
for (const q of queries) {
  const r = await page.evaluate(async (q) => {
    const pf: any = await import('/pagefind/pagefind.js');
    const s = await pf.search(q, {});
    const d = await Promise.all(s.results.slice(0, 5).map(async (r: any) => { const x = await r.data(); return `${r.score.toFixed(2)} ${x.url}`; }));
    return { n: s.results.length, d };
  }, q);
  console.log(q, r.n, r.d.join(' | '));
}
await browser.close(); await srv.close();
