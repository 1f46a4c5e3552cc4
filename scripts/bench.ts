/**
 * Performance bench (a report, not a test): builds synthetic corpora with this
 * site and with a minimal Starlight site, builds the real site, weighs each
 * page template in Chromium, runs Lighthouse (mobile) and prints the figures
 * and the budgets as PASS/FAIL. Progress goes to stderr, tables to stdout.
 * Exit 0 even when budgets fail; non-zero only when a step crashes.
 *
 * Usage: npm run bench -- [--quick] [--only corpus|starlight|real|lighthouse] [--sizes 1000,3000]
 * The logic lives in scripts/lib/bench/; docs/performance.md explains the figures.
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, USAGE } from './lib/bench/args.ts';
import { SEARCH_WORD } from './lib/bench/corpus.ts';
import { writeCorpus } from './lib/bench/write-corpus.ts';
import { buildGardenia, buildStarlight, ensureStarlightDeps } from './lib/bench/builds.ts';
import type { BenchPaths } from './lib/bench/builds.ts';
import { ensureGnuTime } from './lib/bench/run.ts';
import { serveStatic } from './lib/bench/server.ts';
import { launch, measurePage, measureSearch } from './lib/bench/browser.ts';
import { runLighthouseMedian } from './lib/bench/lighthouse.ts';
import { BUDGETS } from './lib/bench/budgets.ts';
import { allChecks, budgetTable, buildTable, lighthouseTable, ratioTable, templateTable, TEMPLATES } from './lib/bench/report.ts';
import type { BenchResults } from './lib/bench/report.ts';
import { chromiumPath } from './lib/chromium.ts';

const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(import.meta.dirname, '..');
  const p: BenchPaths = { root, work: join(root, 'bench/.work'), starlight: join(root, 'bench/starlight') };
  mkdirSync(p.work, { recursive: true });
  const has = (s: string) => opts.sections.has(s as never);
  const chrome = chromiumPath();
  if (!chrome && (has('real') || has('corpus') || has('lighthouse'))) throw new Error('Chromium not found: install Debian’s chromium (see README) or set CHROMIUM_PATH');
  const useTime = ensureGnuTime(log);

  const r: BenchResults = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
    ours: [],
    starlight: [],
    search: new Map(),
    articleWeight: new Map(),
    templates: new Map(),
    lighthouse: new Map(),
    searchWord: SEARCH_WORD,
  };
  log(`sections: ${[...opts.sections].join(', ')}; corpus sizes: ${opts.sizes.join(', ')}`);

  if (has('starlight')) ensureStarlightDeps(p, log);

  if (has('corpus')) {
    for (const n of opts.sizes) {
      log(`corpus ${n}: generating articles…`);
      const corpus = writeCorpus(n, {
        fixture: join(root, 'tests/fixtures/site'),
        gardenia: join(p.work, `corpus-${n}`),
        starlight: join(p.starlight, '.work', `corpus-${n}`),
        withStarlight: has('starlight'),
      });
      log(`corpus ${n}: Gardenia astro build + Pagefind (content lint skipped for synthetic text)…`);
      const ours = await buildGardenia(p, { label: `gardenia-${n}`, articles: n, content: corpus.gardenia, out: join(p.work, `out-${n}`), lint: false, useTime });
      log(`corpus ${n}: Gardenia ${ours.pages} pages, astro ${ours.astro.seconds.toFixed(1)} s, Pagefind ${ours.pagefind?.seconds.toFixed(1)} s`);
      r.ours.push(ours);
      if (has('starlight')) {
        log(`corpus ${n}: Starlight astro build (includes its Pagefind step)…`);
        const sl = await buildStarlight(p, { label: `starlight-${n}`, articles: n, content: corpus.starlight, out: join(p.work, `starlight-out-${n}`), useTime });
        log(`corpus ${n}: Starlight ${sl.pages} pages in ${sl.astro.seconds.toFixed(1)} s`);
        r.starlight.push(sl);
      }
    }
  }

  if (has('real') || has('lighthouse')) {
    log('real site: content lint + astro build + Pagefind from content/…');
    r.real = await buildGardenia(p, { label: 'real', articles: 0, out: join(p.work, 'out-real'), lint: true, useTime });
    log(`real site: ${r.real.pages} pages, astro ${r.real.astro.seconds.toFixed(1)} s`);
  }

  if (chrome && (r.ours.length || (has('real') && r.real))) {
    const browser = await launch(chrome);
    try {
      for (const b of r.ours) {
        const server = await serveStatic(b.out);
        try {
          log(`corpus ${b.articles}: first search for “${SEARCH_WORD}” in Chromium…`);
          r.search.set(b.articles, await measureSearch(browser, `${server.url}/search/?q=${encodeURIComponent(SEARCH_WORD)}`, '[data-search-results] li'));
          r.articleWeight.set(b.articles, { ours: await measurePage(browser, `${server.url}/articles/bench-00001/`) });
        } finally {
          await server.close();
        }
        const sl = r.starlight.find((s) => s.articles === b.articles);
        if (sl) {
          const server2 = await serveStatic(sl.out);
          try {
            log(`corpus ${b.articles}: Starlight article page weight…`);
            r.articleWeight.get(b.articles)!.starlight = await measurePage(browser, `${server2.url}/bench-00001/`);
          } finally {
            await server2.close();
          }
        }
      }
      if (has('real') && r.real) {
        const server = await serveStatic(r.real.out);
        try {
          for (const t of TEMPLATES) {
            log(`real site: weighing ${t.path}…`);
            r.templates.set(t.name, await measurePage(browser, `${server.url}${t.path}`));
          }
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
  }

  if (has('lighthouse') && r.real && chrome) {
    const server = await serveStatic(r.real.out);
    try {
      for (const t of TEMPLATES) {
        log(`Lighthouse (mobile) ${t.path}…`);
        r.lighthouse.set(t.name, await runLighthouseMedian(`${server.url}${t.path}`, chrome, BUDGETS.lighthouse.performance ?? 98));
      }
    } finally {
      await server.close();
    }
  }

  const out: string[] = [];
  out.push(`# Gardenia performance bench — ${r.date}`, '', `Machine: ${r.machine}. Search word: ${SEARCH_WORD}.`, '');
  if (r.ours.length || r.real) out.push('## Builds', '', buildTable(r), '');
  if (r.starlight.length) out.push('## Gardenia ÷ Starlight (same corpus)', '', ratioTable(r), '');
  if (r.templates.size) out.push('## Real site: page templates (gzipped, until network idle)', '', templateTable(r), '');
  if (r.lighthouse.size) {
    out.push('## Lighthouse (mobile, default throttling)', '', lighthouseTable(r), '');
    const why = [...r.lighthouse].flatMap(([name, l]) => l.failing.map((f) => `- ${name}: ${f}`));
    if (why.length) out.push('Audits below full marks:', '', ...why, '');
  }
  const checks = allChecks(r, { corpus: r.ours.length > 0, starlight: r.starlight.length > 0, real: r.templates.size > 0, lighthouse: r.lighthouse.size > 0 });
  out.push('## Budgets', '', budgetTable(checks), '', `${checks.filter((c) => c.pass).length} PASS, ${checks.filter((c) => !c.pass).length} FAIL`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A usage mistake gets the usage, not a stack trace.
    if (err instanceof Error && err.message.includes('Usage:')) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    log(`crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
