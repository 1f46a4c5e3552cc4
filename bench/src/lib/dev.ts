/**
 * Incremental editing: `astro dev` on a synthetic corpus, one article open in
 * Chromium, one sentence added to its MDX file; the figure is the time from
 * the write to the new sentence showing in the browser (the dev server reloads
 * the page itself; nothing here reloads it).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';

/** What one edit cost. */
export interface DevFigures {
  /** From `astro dev` started to the article first served, seconds. */
  startSeconds: number;
  /** From the file written to the new text visible in the browser, ms. */
  editMs: number;
}

/** Starts `astro dev` with `env` on `port`, opens `path`, edits `file` and times the change. */
export async function measureDevEdit(
  browser: Browser,
  o: { root: string; env: NodeJS.ProcessEnv; port: number; path: string; file: string; logFile: string },
): Promise<DevFigures> {
  mkdirSync(dirname(o.logFile), { recursive: true });
  const log = createWriteStream(o.logFile);
  const start = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--config', 'bench/gardenia.config.mjs', '--port', String(o.port), '--host', '127.0.0.1'], {
    cwd: o.root,
    env: o.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const original = readFileSync(o.file, 'utf8');
  const context = await browser.newContext();
  try {
    const url = `http://127.0.0.1:${o.port}${o.path}`;
    const page = await context.newPage();
    // The first request waits for the content layer to sync; poll until the page is served.
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode} (log: ${o.logFile})`);
      const res = await page.goto(url, { timeout: 10 * 60_000 }).catch(() => null);
      if (res?.ok()) break;
      if (Date.now() > deadline) throw new Error(`astro dev did not serve ${url} (log: ${o.logFile})`);
      await page.waitForTimeout(500);
    }
    const startSeconds = (performance.now() - start) / 1000;
    await page.waitForLoadState('networkidle');
    const marker = `增量编辑测试句${Date.now().toString(36)}。`;
    const edited = `${original.trimEnd()}\n\n${marker}\n`;
    const t0 = performance.now();
    writeFileSync(o.file, edited);
    await page.getByText(marker).waitFor({ state: 'visible', timeout: 60_000 });
    return { startSeconds, editMs: performance.now() - t0 };
  } finally {
    writeFileSync(o.file, original);
    await context.close();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    log.end();
  }
}
