/**
 * Prints recall@1 and recall@3 of the site search over tests/fixtures/search-queries.yaml.
 * Serves the built site (dist/, or the folder given as the first argument) on a local port
 * and drives the real search page in Debian's Chromium.
 *
 *   npm run build && npm run search:recall [-- path/to/dist] [-- --verbose]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveStatic } from './lib/search/static-server.ts';
import { loadCases, recallAt, runCases } from './lib/search/recall.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
if (!existsSync(resolve(dir, 'pagefind/pagefind.js'))) {
  console.error(`${dir} has no Pagefind index: run \`npm run build\` first.`);
  process.exit(1);
}

const cases = loadCases();
const server = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${server.url}/search/`);
  const rows = await runCases(page, cases);
  for (const r of rows) {
    if (verbose || r.rank === 0 || r.rank > 3) {
      console.log(
        `${r.rank === 1 ? '✓' : r.rank > 0 && r.rank <= 3 ? '·' : '✗'} ${r.kind.padEnd(11)} ${r.q} → ${r.url} (rank ${r.rank || '—'}; top: ${r.top.slice(0, 3).join(' ')})`,
      );
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const kinds = [...new Set(rows.map((r) => r.kind))];
  for (const k of kinds) {
    const sub = rows.filter((r) => r.kind === k);
    console.log(`  ${k.padEnd(11)} n=${String(sub.length).padStart(2)}  @1 ${pct(recallAt(sub, 1)).padStart(6)}  @3 ${pct(recallAt(sub, 3)).padStart(6)}`);
  }
  console.log(`recall@1 ${pct(recallAt(rows, 1))}  recall@3 ${pct(recallAt(rows, 3))}  (${rows.length} queries)`);
} finally {
  await browser.close();
  await server.close();
}
