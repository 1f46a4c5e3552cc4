/**
 * Runs one build step as a child process and measures it: wall time, peak RSS
 * of the process tree (sampled from /proc) and of the largest process
 * (`/usr/bin/time -v`). Output goes to a log file; a failing step throws with
 * the end of its log so the bench stops with a reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseTimeVerbose, sampleTree } from './proc.ts';

/** What a measured step reports. */
export interface Measured {
  seconds: number;
  /** Peak summed RSS of the process tree, bytes (sampled every 100 ms). */
  treePeakBytes: number;
  /** Largest single process's peak RSS from `/usr/bin/time -v`, bytes, when available. */
  maxProcessBytes?: number;
}

const TIME = '/usr/bin/time';

/** Makes sure GNU time is there: installs Debian's `time` package when root and apt exist. */
export function ensureGnuTime(log: (s: string) => void): boolean {
  if (existsSync(TIME)) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('installing GNU time (apt-get install time)…');
    const r = spawnSync('sh', ['-c', 'apt-get install -y time || (apt-get update && apt-get install -y time)'], { stdio: 'ignore' });
    if (r.status === 0 && existsSync(TIME)) return true;
  }
  log('GNU time not available: peak memory comes from /proc sampling only');
  return false;
}

/** The environment a person's shell would give a build: without test-runner variables that make Astro build as in dev. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|NODE_ENV$|npm_)/.test(key)) delete env[key];
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs `cmd args` in `cwd`, logging to `logFile`; resolves with the measurements. */
export async function runMeasured(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; useTime: boolean; timeoutMs?: number },
): Promise<Measured> {
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const log = createWriteStream(opts.logFile);
  const timeFile = `${opts.logFile}.time`;
  const [file, argv] = opts.useTime ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid!);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 20 * 60_000);
  const code: number | null = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  clearTimeout(timer);
  const seconds = (performance.now() - start) / 1000;
  const treePeakBytes = sampler.stop();
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(opts.logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${code} (log: ${opts.logFile})\n${tail}`);
  }
  const maxProcessBytes = opts.useTime && existsSync(timeFile) ? parseTimeVerbose(readFileSync(timeFile, 'utf8')) : undefined;
  return { seconds, treePeakBytes, ...(maxProcessBytes ? { maxProcessBytes } : {}) };
}
