/** What the integration tests share: the project root and a real `astro build` of a content tree. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_NOW } from '../fixtures/clock.ts';

/** The project root. */
export const root = resolve(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment a person's shell would give a command: without the variables
 * Vitest adds (MODE, DEV, NODE_ENV…), which would make Astro build as if in dev and show drafts.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|NODE_ENV$)/.test(key)) delete env[key];
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs `astro build` on the content tree at `content` into a fresh temp folder, at the fixtures' clock (`env` adds or overrides variables, e.g. GARDENIA_SITE_CONFIG). */
export function build(content: string, env: Record<string, string> = {}): { out: string; status: number | null; log: string } {
  const out = mkdtempSync(join(tmpdir(), 'gardenia-out-'));
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    env: cleanEnv({ GARDENIA_NOW: FIXTURE_NOW, ...env, GARDENIA_CONTENT: content, GARDENIA_OUT: out }),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { out, status: run.status, log: `${run.stdout}\n${run.stderr}` };
}
