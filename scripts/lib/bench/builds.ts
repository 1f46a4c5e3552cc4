/**
 * The builds the bench times: this site (content lint optional, `astro build`,
 * then Pagefind, each measured on its own) and the Starlight peer (one
 * `astro build`, which runs Pagefind itself).
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
  astro: Measured;
  /** Undefined for Starlight, whose build runs Pagefind inside `astro build`. */
  pagefind?: Measured;
  /** Starlight only: seconds of the Pagefind step inside its build, from its own log line. */
  pagefindInBuildSeconds?: number;
  /** Size of <out>/pagefind on disk. */
  indexBytes: number;
}

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

/** astro build + Pagefind, seconds: the figure pages/s and the growth budget use. */
export const totalSeconds = (b: BuildResult) => b.astro.seconds + (b.pagefind?.seconds ?? 0);

/** Peak memory across the build's steps (tree RSS). */
export const peakBytes = (b: BuildResult) => Math.max(b.astro.treePeakBytes, b.pagefind?.treePeakBytes ?? 0, b.lint?.treePeakBytes ?? 0);

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
  const env = cleanEnv({ GARDENIA_OUT: o.out, GARDENIA_CACHE: cache, ...(o.content ? { GARDENIA_CONTENT: o.content } : {}) });
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
  const pagefind = await runMeasured(node, [join(p.root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', o.out], {
    cwd: p.root,
    env,
    logFile: join(logs, `${o.label}-pagefind.log`),
    useTime: o.useTime,
  });
  return { label: o.label, articles: o.articles, out: o.out, pages: countHtml(o.out), ...(lint ? { lint } : {}), astro, pagefind, indexBytes: duBytes(join(o.out, 'pagefind')) };
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
  const env = cleanEnv({ STARLIGHT_CONTENT: o.content, STARLIGHT_OUT: o.out, STARLIGHT_CACHE: cache });
  const logFile = join(p.work, 'logs', `${o.label}-astro.log`);
  const astro = await runMeasured(process.execPath, [join(p.starlight, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: p.starlight, env, logFile, useTime: o.useTime });
  const pagefindInBuildSeconds = parseStarlightPagefindSeconds(readFileSync(logFile, 'utf8'));
  return {
    label: o.label,
    articles: o.articles,
    out: o.out,
    pages: countHtml(o.out),
    astro,
    ...(pagefindInBuildSeconds !== undefined ? { pagefindInBuildSeconds } : {}),
    indexBytes: duBytes(join(o.out, 'pagefind')),
  };
}
