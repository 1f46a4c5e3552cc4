/** Turns the bench's measurements into the tables it prints. Pure. */
import { buildChecks, lighthouseChecks, pageChecks, pagesPerSecond, searchChecks, verdict } from './budgets.ts';
import type { Check } from './budgets.ts';
import { formatBytes, formatNumber, formatRatio, table } from './format.ts';
import { allCss, allJs, pageBytes } from './weight.ts';
import type { Weight } from './weight.ts';
import type { BuildResult } from './builds.ts';
import { peakBytes, totalSeconds } from './builds.ts';
import type { SearchFigures } from './browser.ts';
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
  search: Map<number, SearchFigures>;
  /** Article page weight by corpus size, ours and Starlight's. */
  articleWeight: Map<number, { ours?: Weight; starlight?: Weight }>;
  real?: BuildResult;
  templates: Map<string, Weight>;
  lighthouse: Map<string, LighthouseResult>;
  searchWord: string;
}

const s1 = (n: number | undefined) => formatNumber(n, 1);

/** The build table: one row per build. */
export function buildTable(r: BenchResults): string {
  const rows: string[][] = [];
  const sizes = [...new Set([...r.ours, ...r.starlight].map((b) => b.articles))].sort((a, b) => a - b);
  const row = (b: BuildResult, site: string) => {
    const search = site === 'Gardenia' ? r.search.get(b.articles) : undefined;
    return [
      `${site} ${b.articles}`,
      String(b.pages),
      // Starlight indexes inside its build: split it with the time its own log reports.
      b.pagefindInBuildSeconds !== undefined ? `${s1(b.astro.seconds - b.pagefindInBuildSeconds)}*` : s1(b.astro.seconds),
      b.pagefind ? s1(b.pagefind.seconds) : b.pagefindInBuildSeconds !== undefined ? `${s1(b.pagefindInBuildSeconds)}*` : 'incl.',
      s1(totalSeconds(b)),
      s1(b.pages / totalSeconds(b)),
      formatBytes(peakBytes(b)),
      formatBytes(Math.max(b.astro.maxProcessBytes ?? 0, b.pagefind?.maxProcessBytes ?? 0) || undefined),
      formatBytes(b.indexBytes),
      search ? `${formatBytes(search.pagefindBytes)} / ${search.pagefindRequests}` : '—',
      search ? `${Math.round(search.firstResultMs)} ms` : '—',
    ];
  };
  for (const n of sizes) {
    for (const b of r.ours.filter((x) => x.articles === n)) rows.push(row(b, 'Gardenia'));
    for (const b of r.starlight.filter((x) => x.articles === n)) rows.push(row(b, 'Starlight'));
  }
  if (r.real) rows.push(row(r.real, 'Gardenia').map((c, i) => (i === 0 ? 'Gardenia content/' : c)));
  return table(
    ['build', 'pages', 'astro build s', 'Pagefind s', 'total s', 'pages/s', 'peak RSS tree', 'max RSS 1 proc', 'index on disk', 'first query: bytes / requests', 'first result'],
    rows,
  ) + (r.starlight.some((b) => b.pagefindInBuildSeconds !== undefined) ? '\n\n\\* Starlight runs Pagefind inside `astro build`; the split comes from its log line, the total is measured.' : '');
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
export function allChecks(r: BenchResults, ran: { corpus: boolean; starlight: boolean; real: boolean; lighthouse: boolean }): Check[] {
  const checks: Check[] = [];
  if (ran.real) for (const t of TEMPLATES) checks.push(...pageChecks(t.name, r.templates.get(t.name), t));
  if (ran.corpus) {
    const fig = (b: BuildResult | undefined) => (b ? { articles: b.articles, pages: b.pages, seconds: totalSeconds(b) } : undefined);
    const small = r.ours[0];
    const large = r.ours.at(-1);
    const slLarge = r.starlight.find((b) => b.articles === large?.articles);
    const build = buildChecks(r.ours.length > 1 ? fig(small) : undefined, fig(large), fig(slLarge));
    // A budget whose inputs this run did not produce (one size only, no Starlight) is left out, not failed.
    checks.push(...build.filter((c) => (ran.starlight || c.budget !== 'pages/s vs Starlight') && (r.ours.length > 1 || c.budget !== 'build time growth')));
  }
  if (ran.corpus && ran.real) {
    const largest = r.ours.at(-1);
    const first = largest ? r.search.get(largest.articles) : undefined;
    checks.push(...searchChecks(first && largest ? { articles: largest.articles, ...first } : undefined, r.templates.get('search')));
  }
  if (ran.lighthouse) for (const t of TEMPLATES) checks.push(...lighthouseChecks(t.name, r.lighthouse.get(t.name)?.scores));
  return checks;
}

/** The budget table. */
export function budgetTable(checks: readonly Check[]): string {
  return table(['budget', 'subject', 'actual', 'limit', 'result'], checks.map((c) => [c.budget, c.subject, c.actual, c.limit, verdict(c)]), ['l', 'l', 'r', 'r', 'l']);
}
