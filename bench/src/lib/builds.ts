/**
 * The builds the bench times: this site (content lint optional, then one
 * `astro build`, whose gardenia:build integration runs Pagefind, the CSP header
 * file and gzip in astro:build:done) and the Starlight peer (one `astro build`,
 * which runs Pagefind itself). Like with like: both totals are one process's
 * wall time; the Pagefind part of each is read from the build's own log.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runMeasured } from './run.ts';
import type { Measured } from './run.ts';

/** Paths the builds need. */
export interface BenchPaths {
  /** The project root (/work/main). */
  root: string;
  /** bench/.work */
  work: string;
  /** bench/starlight */
  starlight: string;
}

/** One site build's figures. */
export interface BuildResult {
  label: string;
  articles: number;
  out: string;
  /** HTML files written. */
  pages: number;
  lint?: Measured;
  /** The whole `astro build`, Pagefind (and, for this site, CSP header and gzip) included. */
  astro: Measured;
  /** Seconds of the Pagefind step inside the build, from the build's own log line. */
  pagefindInBuildSeconds?: number;
  /** Phases read from the build log (seconds), for the profile table. */
  phases: Phases;
  /** When several runs were made: every run's wall time, in run order (this result is the median run). */
  runSeconds?: number[];
  /** Size of <out>/pagefind on disk. */
  indexBytes: number;
}

/**
 * Both sites build with the same larger V8 heap limit: at 10,000 articles either may need more
 * than Node's default (about 4 GB); the limit only allows growth, it does not make a build use more.
 */
const HEAP = '--max-old-space-size=12288';

/** Total bytes of the files under `dir`. */
export function duBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

/** Number of .html files under `dir`. */
export function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** The build's wall time (Pagefind included for both sites), seconds: the figure pages/s and the growth budget use. */
export const totalSeconds = (b: BuildResult) => b.astro.seconds;

/** Peak memory of the build (tree RSS; the content lint, run apart, is not part of the build compared). */
export const peakBytes = (b: BuildResult) => b.astro.treePeakBytes;

/**
 * The median of several runs of one build: the run with the median wall time (the lower
 * middle for an even count), carrying every run's time and the median of the runs' peak
 * memory (each run's own peak, so one noisy sample does not decide). Pure.
 */
export function medianBuild(runs: readonly BuildResult[]): BuildResult {
  if (runs.length === 0) throw new Error('medianBuild needs at least one run');
  const mid = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor((xs.length - 1) / 2)]!;
  const m = mid([...runs], (b) => b.astro.seconds);
  const peak = mid(runs.map((b) => b.astro.treePeakBytes), (x) => x);
  const maxProc = runs.every((b) => b.astro.maxProcessBytes !== undefined) ? mid(runs.map((b) => b.astro.maxProcessBytes!), (x) => x) : m.astro.maxProcessBytes;
  return { ...m, astro: { ...m.astro, treePeakBytes: peak, ...(maxProc !== undefined ? { maxProcessBytes: maxProc } : {}) }, runSeconds: runs.map((b) => b.astro.seconds) };
}

/** Where a build's time went, from its log (seconds; undefined when the log has no such line). */
export interface Phases {
  /** Content layer: from the first log line to "Synced content". */
  content?: number;
  /** Vite/MDX bundling of the server and client entrypoints ("Building static entrypoints…" → "✓ Completed"). */
  bundle?: number;
  /** Rendering the pages ("generating static routes" → its "✓ Completed"). */
  render?: number;
  /** Pagefind inside astro:build:done. */
  pagefind?: number;
  /** CSP header file (this site only). */
  csp?: number;
  /** gzip of the text files (this site only). */
  gzip?: number;
}

/** Seconds from an Astro log time stamp "HH:MM:SS" at the start of a line. */
const clock = (line: string) => {
  const m = /^\s*(\d\d):(\d\d):(\d\d)\s/.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
};
const secondsOf = (n: string, unit: string) => (unit === 'ms' ? Number(n) / 1000 : Number(n));

/**
 * Reads the phases out of an `astro build` log (this site's or Starlight's). Pure. Astro
 * prints times for rendering ("✓ Completed in 12.3s." after "generating static routes");
 * the content layer and the bundling are read from the one-second time stamps.
 */
export function parsePhases(log: string): Phases {
  const lines = log.split('\n');
  const p: Phases = {};
  const stamp = (i: number) => (i < 0 ? undefined : clock(lines[i]!));
  const find = (re: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && re.test(l));
  const lastStampBefore = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (clock(lines[j]!) !== undefined) return clock(lines[j]!);
    return undefined;
  };
  const first = lines.map(clock).find((t) => t !== undefined);
  const synced = stamp(find(/Synced content/));
  if (first !== undefined && synced !== undefined) p.content = synced - first;
  const entry = find(/Building static entrypoints/);
  const routes = find(/generating static routes/);
  const entryAt = stamp(entry);
  const bundleEnd = routes > entry && entry >= 0 ? lastStampBefore(routes) : undefined;
  if (entryAt !== undefined && bundleEnd !== undefined) p.bundle = bundleEnd - entryAt;
  if (routes >= 0) {
    const done = lines.slice(routes).map((l) => /Completed in (?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(l)).find((m) => m !== null);
    if (done) p.render = Number(done[1] ?? 0) * 60 + secondsOf(done[2]!, done[3]!);
  }
  const pf = /Pagefind: \d+ pages indexed in ([\d.]+) s/.exec(log) ?? /Finished building search index in ([\d.]+)\s*(ms|s)\b/.exec(log);
  if (pf) p.pagefind = secondsOf(pf[1]!, pf[2] ?? 's');
  const csp = /CSP header for nginx: .* in ([\d.]+) s/.exec(log);
  if (csp) p.csp = Number(csp[1]);
  const gz = /gzip: \d+ files, .* in ([\d.]+) s/.exec(log);
  if (gz) p.gzip = Number(gz[1]);
  return p;
}

/**
 * Builds this site from `content` (undefined = the real ./content) into `out`, with a fresh
 * Astro cache so the build is cold. Runs the content lint first only when `lint` is set.
 */
export async function buildGardenia(
  p: BenchPaths,
  o: { label: string; articles: number; content?: string; out: string; lint: boolean; useTime: boolean },
): Promise<BuildResult> {
  const cache = join(p.work, `cache-${o.label}`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(o.out, { recursive: true, force: true });
  const env = cleanEnv({ GARDENIA_OUT: o.out, GARDENIA_CACHE: cache, NODE_OPTIONS: HEAP, ...(o.content ? { GARDENIA_CONTENT: o.content } : {}) });
  const logs = join(p.work, 'logs');
  const node = process.execPath;
  const lint = o.lint
    ? await runMeasured(node, ['scripts/lint-content.ts'], { cwd: p.root, env, logFile: join(logs, `${o.label}-lint.log`), useTime: o.useTime })
    : undefined;
  const astro = await runMeasured(node, [join(p.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'bench/gardenia.config.mjs'], {
    cwd: p.root,
    env,
    logFile: join(logs, `${o.label}-astro.log`),
    useTime: o.useTime,
  });
  const phases = parsePhases(readFileSync(join(logs, `${o.label}-astro.log`), 'utf8'));
  return {
    label: o.label,
    articles: o.articles,
    out: o.out,
    pages: countHtml(o.out),
    ...(lint ? { lint } : {}),
    astro,
    ...(phases.pagefind !== undefined ? { pagefindInBuildSeconds: phases.pagefind } : {}),
    phases,
    indexBytes: duBytes(join(o.out, 'pagefind')),
  };
}

/** Seconds from Starlight's "[starlight:pagefind] Finished building search index in 110.69s." log line. */
export function parseStarlightPagefindSeconds(log: string): number | undefined {
  const m = /Finished building search index in ([\d.]+)\s*(ms|s)\b/.exec(log);
  if (!m) return undefined;
  return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
}

/** Installs bench/starlight's dependencies from its lock file when node_modules is missing. */
export function ensureStarlightDeps(p: BenchPaths, log: (s: string) => void): void {
  if (existsSync(join(p.starlight, 'node_modules/@astrojs/starlight/package.json'))) return;
  log('installing bench/starlight dependencies (npm ci --legacy-peer-deps)…');
  const r = spawnSync('npm', ['ci', '--legacy-peer-deps', '--no-audit', '--no-fund'], { cwd: p.starlight, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ci in bench/starlight failed (exit ${r.status}):\n${r.stderr?.slice(-3000)}`);
}

/** Builds the Starlight peer from `content` into `out` (its build includes Pagefind). */
export async function buildStarlight(p: BenchPaths, o: { label: string; articles: number; content: string; out: string; useTime: boolean }): Promise<BuildResult> {
  const cache = join(p.work, `cache-${o.label}`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(o.out, { recursive: true, force: true });
  rmSync(join(p.starlight, '.astro'), { recursive: true, force: true });
  const env = cleanEnv({ STARLIGHT_CONTENT: o.content, STARLIGHT_OUT: o.out, STARLIGHT_CACHE: cache, NODE_OPTIONS: HEAP });
  const logFile = join(p.work, 'logs', `${o.label}-astro.log`);
  const astro = await runMeasured(process.execPath, [join(p.starlight, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: p.starlight, env, logFile, useTime: o.useTime });
  const text = readFileSync(logFile, 'utf8');
  const pagefindInBuildSeconds = parseStarlightPagefindSeconds(text);
  return {
    phases: parsePhases(text),
    label: o.label,
    articles: o.articles,
    out: o.out,
    pages: countHtml(o.out),
    astro,
    ...(pagefindInBuildSeconds !== undefined ? { pagefindInBuildSeconds } : {}),
    indexBytes: duBytes(join(o.out, 'pagefind')),
  };
}
