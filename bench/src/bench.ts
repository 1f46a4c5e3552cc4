/**
 * Performance bench (a report, not a test): builds synthetic corpora with this
 * site and with a minimal Starlight site, builds the real site, weighs each
 * page template in Chromium, runs Lighthouse (mobile) and prints the figures
 * and the budgets as PASS/FAIL. Progress goes to stderr, tables to stdout.
 * Exit 0 even when budgets fail; non-zero only when a step crashes.
 *
 * Usage: npm run bench -- [--quick] [--only corpus|starlight|search|real|lighthouse|dev] [--sizes 1000,3000,10000] [--runs 3]
 * The bench is its own package (bench/package.json); the logic lives in bench/src/lib/,
 * docs/performance.md explains the figures.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, USAGE } from './lib/args.ts';
import { SEARCH_WORD } from './lib/corpus.ts';
import { writeCorpus } from './lib/write-corpus.ts';
import { buildGardenia, buildStarlight, ensureStarlightDeps, medianBuild } from './lib/builds.ts';
import type { BuildResult } from './lib/builds.ts';
import { cleanEnv } from './lib/run.ts';
import { measureDevEdit } from './lib/dev.ts';
import type { BenchPaths } from './lib/builds.ts';
import { ensureGnuTime } from './lib/run.ts';
import { serveStatic } from './lib/server.ts';
import { launch, measureFromHeader, measurePage, measurePrepared, measureSearch, PHONE } from './lib/browser.ts';
import { runLighthouseMedian } from './lib/lighthouse.ts';
import { BUDGETS } from './lib/budgets.ts';
import { allChecks, budgetTable, buildTable, lighthouseTable, phaseTable, ratioTable, searchMoreTable, searchSize, searchTable, templateTable, TEMPLATES } from './lib/report.ts';
import type { BenchResults } from './lib/report.ts';
import { chromiumPath } from '../../scripts/lib/chromium.ts';

const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(import.meta.dirname, '../..');
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
    searchPhone: new Map(),
    articleWeight: new Map(),
    templates: new Map(),
    lighthouse: new Map(),
    searchWord: SEARCH_WORD,
  };
  log(`sections: ${[...opts.sections].join(', ')}; corpus sizes: ${opts.sizes.join(', ')}; ${opts.runs} run(s) each`);
  // Stopped (Ctrl-C, a time limit): print the tables of what was measured before going.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      log(`${sig}: printing what was measured so far`);
      process.stdout.write(report(r, opts, has, true), () => process.exit(130));
    });
  }

  try {
    await measureAll(r, opts, p, { root, chrome, useTime, has });
  } catch (err) {
    // A crash late in a long run still prints what was measured before it.
    process.stdout.write(report(r, opts, has, true));
    throw err;
  }
  process.stdout.write(report(r, opts, has));
  return 0;
}

/** Every measurement the options ask for, into `r`. */
async function measureAll(
  r: BenchResults,
  opts: ReturnType<typeof parseArgs>,
  p: BenchPaths,
  env: { root: string; chrome: string | undefined; useTime: boolean; has: (s: string) => boolean },
): Promise<void> {
  const { root, chrome, useTime, has } = env;
  if (has('starlight')) ensureStarlightDeps(p, log);

  if (has('corpus')) {
    for (const n of opts.sizes) {
      log(`corpus ${n}: generating articles…`);
      const corpus = writeCorpus(n, {
        fixture: join(root, 'tests/fixtures/site'),
        gardenia: join(p.work, `corpus-${n}`),
        starlight: join(p.starlight, '.work', `corpus-${n}`),
        withStarlight: has('starlight'),
        synonyms: join(root, 'content/synonyms.yaml'),
      });
      // Runs alternate between the two sites so a busy minute on the machine hits both.
      const ours: BuildResult[] = [];
      const sl: BuildResult[] = [];
      for (let run = 1; run <= opts.runs; run++) {
        const tag = opts.runs > 1 ? ` (run ${run}/${opts.runs})` : '';
        log(`corpus ${n}: Gardenia astro build, Pagefind and gzip included${tag} (content lint skipped for synthetic text)…`);
        const o = await buildGardenia(p, { label: `gardenia-${n}${opts.runs > 1 ? `-r${run}` : ''}`, articles: n, content: corpus.gardenia, out: join(p.work, `out-${n}`), lint: false, useTime });
        log(`corpus ${n}: Gardenia ${o.pages} pages in ${o.astro.seconds.toFixed(1)} s (Pagefind ${o.pagefindInBuildSeconds?.toFixed(1) ?? '?'} s), peak ${(o.astro.treePeakBytes / 2 ** 30).toFixed(2)} GB`);
        ours.push(o);
        // The report (also the partial one printed on SIGTERM) always holds the median so far.
        r.ours = [...r.ours.filter((b) => b.articles !== n), medianBuild(ours)];
        if (has('starlight')) {
          log(`corpus ${n}: Starlight astro build, its Pagefind included${tag}…`);
          const s = await buildStarlight(p, { label: `starlight-${n}${opts.runs > 1 ? `-r${run}` : ''}`, articles: n, content: corpus.starlight, out: join(p.work, `starlight-out-${n}`), useTime });
          log(`corpus ${n}: Starlight ${s.pages} pages in ${s.astro.seconds.toFixed(1)} s, peak ${(s.astro.treePeakBytes / 2 ** 30).toFixed(2)} GB`);
          sl.push(s);
          r.starlight = [...r.starlight.filter((b) => b.articles !== n), medianBuild(sl)];
        }
      }
    }
  }

  if (has('real') || has('lighthouse')) {
    log('real site: content lint + astro build + Pagefind from content/…');
    r.real = await buildGardenia(p, { label: 'real', articles: 0, out: join(p.work, 'out-real'), lint: true, useTime });
    log(`real site: ${r.real.pages} pages, astro ${r.real.astro.seconds.toFixed(1)} s`);
  }

  if (chrome && (r.ours.length || has('search') || has('dev') || (has('real') && r.real))) {
    const browser = await launch(chrome);
    try {
      // This run's corpus builds, or (search without corpus) the ones a previous run left in bench/.work.
      const built = has('corpus') ? r.ours.map((b) => b.articles) : opts.sizes.filter((n) => existsSync(join(p.work, `out-${n}`, 'pagefind')));
      for (const n of built) {
        const server = await serveStatic(join(p.work, `out-${n}`));
        try {
          if (has('search')) {
            log(`corpus ${n}: first search for “${SEARCH_WORD}” in Chromium…`);
            r.search.set(n, await measureSearch(browser, `${server.url}/search/`, SEARCH_WORD, '[data-search-results] li'));
            if (n === searchSize(opts.sizes)) {
              log(`corpus ${n}: first search on a phone (4× CPU, slow 4G)…`);
              r.searchPhone.set(n, await measureSearch(browser, `${server.url}/search/`, SEARCH_WORD, '[data-search-results] li', PHONE));
              // The prepared results page of the word (routes.searchWord(); built when the corpus has content/synonyms.yaml), and
              // a search from an article's header box, where the header's warm-up may have fetched the engine while the reader typed.
              const prepared = `${server.url}/search/${encodeURIComponent(SEARCH_WORD)}/`;
              const article = `${server.url}/articles/bench-00001/`;
              const more: NonNullable<typeof r.searchMore> = { articles: n, prepared: {}, header: {} };
              if (existsSync(join(p.work, `out-${n}`, 'search', SEARCH_WORD, 'index.html'))) {
                log(`corpus ${n}: prepared results page /search/${SEARCH_WORD}/, desktop and phone…`);
                more.prepared.desktop = await measurePrepared(browser, prepared, '[data-prepared-results] li');
                more.prepared.phone = await measurePrepared(browser, prepared, '[data-prepared-results] li', PHONE);
              }
              log(`corpus ${n}: search from an article's header box, desktop and phone…`);
              more.header.desktop = await measureFromHeader(browser, article, SEARCH_WORD, '[data-search-results] li');
              more.header.phone = await measureFromHeader(browser, article, SEARCH_WORD, '[data-search-results] li', PHONE);
              r.searchMore = more;
            }
          }
          if (r.ours.some((b) => b.articles === n)) r.articleWeight.set(n, { ours: await measurePage(browser, `${server.url}/articles/bench-00001/`) });
        } finally {
          await server.close();
        }
        const sl = r.starlight.find((s) => s.articles === n);
        if (sl) {
          const server2 = await serveStatic(sl.out);
          try {
            log(`corpus ${n}: Starlight article page weight…`);
            r.articleWeight.get(n)!.starlight = await measurePage(browser, `${server2.url}/bench-00001/`);
          } finally {
            await server2.close();
          }
        }
      }
      const devSize = searchSize(opts.sizes);
      if (has('dev') && devSize !== undefined) {
        if (!existsSync(join(p.work, `corpus-${devSize}`, 'articles'))) {
          log(`corpus ${devSize}: generating articles for the dev server…`);
          writeCorpus(devSize, { fixture: join(root, 'tests/fixtures/site'), gardenia: join(p.work, `corpus-${devSize}`), starlight: join(p.starlight, '.work', `corpus-${devSize}`), withStarlight: false });
        }
        log(`corpus ${devSize}: astro dev, editing one article…`);
        const d = await measureDevEdit(browser, {
          root,
          env: cleanEnv({ GARDENIA_CONTENT: join(p.work, `corpus-${devSize}`), GARDENIA_CACHE: join(p.work, 'cache-dev') }),
          port: Number(process.env.BENCH_DEV_PORT ?? 4431),
          path: '/articles/bench-00001/',
          file: join(p.work, `corpus-${devSize}`, 'articles', 'bench-00001.mdx'),
          logFile: join(p.work, 'logs', `dev-${devSize}.log`),
        });
        log(`corpus ${devSize}: dev server up in ${d.startSeconds.toFixed(1)} s; edit shown after ${Math.round(d.editMs)} ms`);
        r.dev = { articles: devSize, ...d };
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

}

/** The Markdown report of what has been measured so far. */
function report(r: BenchResults, opts: { runs: number }, has: (s: string) => boolean, partial = false): string {
  const out: string[] = [];
  out.push(`# Gardenia performance bench — ${r.date}`, '', `Machine: ${r.machine}. Search word: ${SEARCH_WORD}.`, '');
  if (r.ours.length || r.real) out.push(`## Builds (median of ${opts.runs} run${opts.runs > 1 ? 's' : ''}; Pagefind included for both sites)`, '', buildTable(r), '');
  if (r.ours.length) out.push('## Where the build time goes (seconds, from the build logs of the median runs)', '', phaseTable(r), '');
  if (r.search.size) out.push('## First search', '', searchTable(r), '');
  if (r.searchMore) out.push('## Prepared results and the header box', '', searchMoreTable(r), '');
  if (r.dev) out.push('## Editing under `astro dev`', '', `${r.dev.articles} articles: dev server served the article ${r.dev.startSeconds.toFixed(1)} s after start; one added sentence showed in the browser ${Math.round(r.dev.editMs)} ms after the file was written.`, '');
  if (r.starlight.length) out.push('## Gardenia ÷ Starlight (same corpus)', '', ratioTable(r), '');
  if (r.templates.size) out.push('## Real site: page templates (gzipped, until network idle)', '', templateTable(r), '');
  if (r.lighthouse.size) {
    out.push('## Lighthouse (mobile, default throttling)', '', lighthouseTable(r), '');
    const why = [...r.lighthouse].flatMap(([name, l]) => l.failing.map((f) => `- ${name}: ${f}`));
    if (why.length) out.push('Audits below full marks:', '', ...why, '');
  }
  // A run stopped early (partial) checks only what it measured; a finished one fails what it should have measured and did not.
  const checks = allChecks(r, {
    corpus: r.ours.length > 0,
    starlight: r.starlight.length > 0,
    real: r.templates.size > 0,
    lighthouse: r.lighthouse.size > 0,
    search: partial ? r.search.size > 0 : has('search'),
    dev: partial ? r.dev !== undefined : has('dev'),
  });
  out.push('## Budgets', '', budgetTable(checks), '', `${checks.filter((c) => c.pass).length} PASS, ${checks.filter((c) => !c.pass).length} FAIL`);
  return `${out.join('\n')}\n`;
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
