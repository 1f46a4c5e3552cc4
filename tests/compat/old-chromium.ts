/**
 * Real old engines for tests/compat: the headless Chromium 80 and 92 builds that npm's
 * chrome-aws-lambda 2.1.1 and 10.1.0 ship (brotli-compressed), driven by puppeteer-core of the
 * same age. Both live in tests/compat/package.json so the site's own install stays lean.
 * The binaries are decompressed once into a cache ($GARDENIA_OLD_CHROMIUM_CACHE, else
 * $XDG_CACHE_HOME or ~/.cache, /gardenia-old-chromium/<package version>/) so CI stays fast.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

const here = new URL('.', import.meta.url).pathname;
const requireHere = createRequire(join(here, 'package.json'));

/** The two engines: npm package (aliased in tests/compat/package.json) and the puppeteer-core of its age. */
export const ENGINES = [
  { name: 'Chromium 80', major: 80, lambda: 'chrome-aws-lambda-80', puppeteer: 'puppeteer-core-80' },
  { name: 'Chromium 92', major: 92, lambda: 'chrome-aws-lambda-92', puppeteer: 'puppeteer-core-92' },
] as const;
export type Engine = (typeof ENGINES)[number];

/** Thrown with a message that says what to do; the runner reports it as a failed test, never a skip. */
export class EngineUnavailable extends Error {}

function cacheRoot(): string {
  return process.env.GARDENIA_OLD_CHROMIUM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'gardenia-old-chromium');
}

/** Path of the engine's binary, decompressed into the cache on first use. */
export async function binaryFor(engine: Engine): Promise<string> {
  let pkgJson: string;
  try {
    pkgJson = requireHere.resolve(`${engine.lambda}/package.json`);
  } catch {
    throw new EngineUnavailable(`${engine.name}: the npm package ${engine.lambda} is not installed. Fix: npm ci --prefix tests/compat`);
  }
  const version = (requireHere(pkgJson) as { version: string }).version;
  const source = join(pkgJson, '..', 'bin', 'chromium.br');
  if (!existsSync(source))
    throw new EngineUnavailable(
      `${engine.name}: ${source} is missing (was the package installed without its files?). Fix: rm -rf tests/compat/node_modules && npm ci --prefix tests/compat`,
    );
  const dir = join(cacheRoot(), `${engine.lambda}@${version}`);
  const binary = join(dir, 'chromium');
  if (!existsSync(binary) || statSync(binary).size < 50_000_000) {
    mkdirSync(dir, { recursive: true });
    const partial = `${binary}.partial-${process.pid}`;
    await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, binary);
  }
  return binary;
}

/** puppeteer-core of the engine's age (its API is the common subset of 2.1 and 10.1 here). */
export function puppeteerFor(engine: Engine): Puppeteer {
  return requireHere(engine.puppeteer) as Puppeteer;
}

/** Starts the engine headless; a binary that cannot start here is an EngineUnavailable naming the cause. */
export async function launch(engine: Engine, args: string[]): Promise<any> {
  const executablePath = await binaryFor(engine);
  try {
    return await puppeteerFor(engine).launch({ executablePath, headless: true, args, timeout: 60_000 });
  } catch (e) {
    throw new EngineUnavailable(
      `${engine.name} (${executablePath}) cannot start on this machine: ${(e as Error).message.split('\n').slice(0, 4).join(' / ')}. ` +
        `Fix: install Chromium's libraries (apt-get install -y chromium pulls them in; "ldd ${executablePath} | grep 'not found'" lists what is missing).`,
    );
  }
}

// The small part of puppeteer's API the journeys use, typed loosely (two majors, no shared types).
export interface Puppeteer {
  launch(options: Record<string, unknown>): Promise<any>;
}
