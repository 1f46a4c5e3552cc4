/** Turns the bench's measurements into the tables it prints. Pure. */
import { BUDGETS, buildChecks, devChecks, lighthouseChecks, pageChecks, pagesPerSecond, preparedChecks, searchChecks, verdict } from './budgets.ts';
import type { Check } from './budgets.ts';
import { formatBytes, formatNumber, formatRatio, table } from './format.ts';
import { allCss, allJs, pageBytes } from './weight.ts';
import type { Weight } from './weight.ts';
import type { BuildResult } from './builds.ts';
import { peakBytes, totalSeconds } from './builds.ts';
import type { HeaderSearchFigures, PreparedFigures, SearchFigures } from './browser.ts';
import type { DevFigures } from './dev.ts';
import type { LighthouseResult } from './lighthouse.ts';

/** A page template of the real site. */
export interface Template {
  name: string;
  path: string;
  article?: boolean;
  search?: boolean;
}

/** The templates the issue lists. */
export const TEMPLATES: Template[] = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/articles/protection-order/', article: true },
  { name: 'open-day guide', path: '/opendays/womens-rights-open-day/' },
  { name: 'directory', path: '/stations/' },
  { name: 'station', path: '/stations/gardenia-station/' },
  { name: 'case', path: '/cases/lili-judicial-relief/' },
  { name: 'search', path: '/search/', search: true },
];

/** Everything one bench run measured; parts not run stay empty. */
export interface BenchResults {
  date: string;
  machine: string;
  ours: BuildResult[];
  starlight: BuildResult[];
  /** First search by corpus size, desktop CPU and local network. */
  search: Map<number, SearchFigures>;
  /** First search on a phone (4× CPU, slow 4G), on the search corpus size. */
  searchPhone: Map<number, SearchFigures>;
  /** On the search corpus: the prepared page of the search word, and a search from an article's header box; desktop and phone. */
  searchMore?: {
    articles: number;
    prepared: { desktop?: PreparedFigures; phone?: PreparedFigures };
    header: { desktop?: HeaderSearchFigures; phone?: HeaderSearchFigures };
  };
  /** Editing one article under `astro dev`. */
  dev?: DevFigures & { articles: number };
  /** Article page weight by corpus size, ours and Starlight's. */
  articleWeight: Map<number, { ours?: Weight; starlight?: Weight }>;
  real?: BuildResult;
  templates: Map<string, Weight>;
  lighthouse: Map<string, LighthouseResult>;
  searchWord: string;
}

const s1 = (n: number | undefined) => formatNumber(n, 1);

/** The build table: one row per site and size (the median run of several). */
export function buildTable(r: BenchResults): string {
  const rows: string[][] = [];
  const sizes = [...new Set([...r.ours, ...r.starlight].map((b) => b.articles))].sort((a, b) => a - b);
  const row = (b: BuildResult, site: string) => [
    `${site} ${b.articles}`,
    String(b.pages),
    s1(totalSeconds(b)),
    b.runSeconds && b.runSeconds.length > 1 ? b.runSeconds.map((x) => s1(x)).join(' / ') : '—',
    s1(b.pages / totalSeconds(b)),
    formatBytes(peakBytes(b)),
    formatBytes(b.astro.maxProcessBytes),
    formatBytes(b.indexBytes),
  ];
  for (const n of sizes) {
    for (const b of r.ours.filter((x) => x.articles === n)) rows.push(row(b, 'Gardenia'));
    for (const b of r.starlight.filter((x) => x.articles === n)) rows.push(row(b, 'Starlight'));
  }
  if (r.real) rows.push(row(r.real, 'Gardenia').map((c, i) => (i === 0 ? 'Gardenia content/' : c)));
  return table(['build', 'pages', 'build s (median)', 'runs s', 'pages/s', 'peak RSS tree', 'max RSS 1 proc', 'index on disk'], rows);
}

/** Where each build's time went, from its log (the median run): the profile of issue 20. */
export function phaseTable(r: BenchResults): string {
  const rows: string[][] = [];
  const sizes = [...new Set([...r.ours, ...r.starlight].map((b) => b.articles))].sort((a, b) => a - b);
  const f = (n: number | undefined) => (n === undefined ? '—' : s1(n));
  const row = (b: BuildResult, site: string) => {
    const p = b.phases;
    const known = (p.content ?? 0) + (p.bundle ?? 0) + (p.render ?? 0) + (p.pagefind ?? 0) + (p.csp ?? 0) + (p.gzip ?? 0);
    return [`${site} ${b.articles}`, f(p.content), f(p.bundle), f(p.render), f(p.pagefind), f(p.csp), f(p.gzip), s1(totalSeconds(b) - known), s1(totalSeconds(b)), p.render !== undefined ? `${formatNumber((p.render * 1000) / b.pages, 1)} ms` : '—'];
  };
  for (const n of sizes) {
    for (const b of r.ours.filter((x) => x.articles === n)) rows.push(row(b, 'Gardenia'));
    for (const b of r.starlight.filter((x) => x.articles === n)) rows.push(row(b, 'Starlight'));
  }
  return table(['build', 'content layer', 'Vite/MDX bundle', 'render', 'Pagefind', 'CSP', 'gzip', 'other (start, sitemap…)', 'total', 'render per page'], rows);
}

/** The prepared results page and the search from another page's header box, on the search corpus. */
export function searchMoreTable(r: BenchResults): string {
  const m = r.searchMore;
  if (!m) return '';
  const rows: string[][] = [];
  for (const [label, key] of [
    ['desktop', 'desktop'],
    ['phone (4× CPU, slow 4G)', 'phone'],
  ] as const) {
    const p = m.prepared[key];
    if (p)
      rows.push([
        `prepared page /search/${r.searchWord}/, ${label}, ${m.articles} articles`,
        `${Math.round(p.firstResultMs)} ms (open → first result in layout); first paint ${Math.round(p.firstPaintMs)} ms${p.resultOnFirstScreen ? ' with the first result on screen' : ''}`,
        `${formatBytes(p.bytes)} / ${p.requests} (by the first paint)`,
        String(p.results),
      ]);
    const h = m.header[key];
    if (h)
      rows.push([
        `header box on an article → search page, ${label}, ${m.articles} articles`,
        `${Math.round(h.firstResultMs)} ms (Enter → first result)`,
        `${formatBytes(h.pagefindBytesAfterEnter)} Pagefind after Enter (${h.warmedRequests} fetched while typing)`,
        '—',
      ]);
  }
  return table(['“' + r.searchWord + '”', 'time', 'bytes / requests', 'results'], rows);
}

/** First searches: desktop at every size, phone on the search corpus. */
export function searchTable(r: BenchResults): string {
  const rows: string[][] = [];
  const add = (label: string, m: Map<number, SearchFigures>) => {
    for (const [n, s] of [...m].sort((a, b) => a[0] - b[0])) {
      rows.push([`${label}, ${n} articles`, `${formatBytes(s.pagefindBytes)} / ${s.pagefindRequests}`, `${Math.round(s.engineReadyMs)} ms`, `${Math.round(s.firstResultMs)} ms`, `${Math.round(s.coldFirstResultMs)} ms`, String(s.results)]);
    }
  };
  add('desktop', r.search);
  add('phone (4× CPU, slow 4G)', r.searchPhone);
  return table(['search “' + r.searchWord + '”', 'first query: bytes / requests', 'engine ready after focus', 'Enter → first result', 'cold: open ?q= → first result', 'results'], rows);
}

/** Ours ÷ Starlight for each corpus size. */
export function ratioTable(r: BenchResults): string {
  const rows: string[][] = [];
  for (const ours of r.ours) {
    const sl = r.starlight.find((b) => b.articles === ours.articles);
    if (!sl) continue;
    const w = r.articleWeight.get(ours.articles);
    const ow = w?.ours ? pageBytes(w.ours) : undefined;
    const sw = w?.starlight ? pageBytes(w.starlight) : undefined;
    rows.push([
      String(ours.articles),
      `${s1(totalSeconds(ours))} / ${s1(totalSeconds(sl))} s = ${formatRatio(totalSeconds(ours) / totalSeconds(sl))}`,
      `${formatRatio(pagesPerSecond({ articles: ours.articles, pages: ours.pages, seconds: totalSeconds(ours) }) / pagesPerSecond({ articles: sl.articles, pages: sl.pages, seconds: totalSeconds(sl) }))}`,
      `${formatBytes(peakBytes(ours))} / ${formatBytes(peakBytes(sl))} = ${formatRatio(peakBytes(ours) / peakBytes(sl))}`,
      ow !== undefined && sw !== undefined ? `${formatBytes(ow)} / ${formatBytes(sw)} = ${formatRatio(ow / sw)}` : '—',
      w?.ours && w.starlight ? `${w.ours.requests} / ${w.starlight.requests}` : '—',
    ]);
  }
  return table(['articles', 'build time (ours / Starlight)', 'pages/s ratio', 'peak memory', 'article page HTML+CSS+JS gz', 'article requests'], rows);
}

/** Per-template weight of the real site. */
export function templateTable(r: BenchResults): string {
  const rows = TEMPLATES.map((t) => {
    const w = r.templates.get(t.name);
    if (!w) return [t.name, t.path, '—', '—', '—', '—', '—', '—'];
    const split = (total: number, inline: number) => `${formatBytes(total)} (${formatBytes(inline)} inline)`;
    return [t.name, t.path, formatBytes(w.html), split(allCss(w), w.inlineCss), split(allJs(w), w.inlineJs), formatBytes(pageBytes(w) + w.image + w.font + w.other), String(w.requests), w.fonts.length ? `yes (${w.fonts.length})` : 'no'];
  });
  return table(['template', 'path', 'HTML gz', 'CSS gz', 'JS gz', 'transferred gz', 'requests', 'web font'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l']);
}

/** Lighthouse scores per template. */
export function lighthouseTable(r: BenchResults): string {
  const rows = TEMPLATES.map((t) => {
    const l = r.lighthouse.get(t.name);
    const s = (c: string) => (l?.scores[c] === undefined ? '—' : String(l.scores[c]));
    return [
      t.name,
      s('performance'),
      s('accessibility'),
      s('best-practices'),
      s('seo'),
      l?.lcpMs !== undefined ? `${Math.round(l.lcpMs)} ms` : '—',
      l?.tbtMs !== undefined ? `${Math.round(l.tbtMs)} ms` : '—',
      l?.benchmarkIndex !== undefined ? String(Math.round(l.benchmarkIndex)) : '—',
      l?.runs !== undefined ? (l.runs === 1 ? '1' : `median of ${l.runs}`) : '—',
    ];
  });
  return table(['template', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CPU index', 'runs'], rows);
}

/** Every budget check that applies to what was run. */
export function allChecks(r: BenchResults, ran: { corpus: boolean; starlight: boolean; real: boolean; lighthouse: boolean; search: boolean; dev: boolean }): Check[] {
  const checks: Check[] = [];
  if (ran.real) for (const t of TEMPLATES) checks.push(...pageChecks(t.name, r.templates.get(t.name), t));
  if (ran.corpus) {
    const fig = (b: BuildResult) => ({ articles: b.articles, pages: b.pages, seconds: totalSeconds(b), peakBytes: peakBytes(b) });
    const build = buildChecks(r.ours.map(fig), r.starlight.map(fig));
    // A budget whose inputs this run did not produce (no Starlight) is left out, not failed.
    checks.push(...build.filter((c) => ran.starlight || c.budget === 'build time growth'));
  }
  if (ran.search) {
    const n = searchSize([...r.search.keys()]);
    const at = (m: Map<number, SearchFigures>) => {
      const s = n === undefined ? undefined : m.get(n);
      return s && n !== undefined ? { articles: n, ...s } : undefined;
    };
    checks.push(...searchChecks(at(r.search), at(r.searchPhone), r.templates.get('search')));
    if (r.searchMore) checks.push(...preparedChecks(r.searchMore.articles, r.searchMore.prepared.desktop, r.searchMore.prepared.phone));
  }
  if (ran.dev) checks.push(...devChecks(r.dev));
  if (ran.lighthouse) for (const t of TEMPLATES) checks.push(...lighthouseChecks(t.name, r.lighthouse.get(t.name)?.scores));
  return checks;
}

/** The budget table. */
export function budgetTable(checks: readonly Check[]): string {
  return table(['budget', 'subject', 'actual', 'limit', 'result'], checks.map((c) => [c.budget, c.subject, c.actual, c.limit, verdict(c)]), ['l', 'l', 'r', 'r', 'l']);
}

/** The corpus size search and the dev edit are measured on: 3,000 articles, or the largest size below it, or the smallest. */
export function searchSize(sizes: readonly number[]): number | undefined {
  const sorted = [...sizes].sort((a, b) => a - b);
  return sorted.filter((n) => n <= BUDGETS.searchArticles).at(-1) ?? sorted[0];
}
