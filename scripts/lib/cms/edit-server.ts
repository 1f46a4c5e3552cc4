/**
 * `npm run edit`: the browser editor on one machine, editing a local checkout.
 * Starts Decap's local proxy (decap-server, file-system mode: saving writes
 * the file in the checkout, nothing is committed or pushed) and a small static
 * server for /admin/ whose config.yml points Decap at that proxy and publishes
 * straight to the files (review happens when the change is pushed as a merge
 * request). Both listen on 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { writeAdminFiles } from './admin-files.ts';

/** Where and what to serve. */
export interface EditOptions {
  /** The project (code, node_modules, the committed config.yml). */
  repoRoot: string;
  /** The checkout whose content/ and public/ are edited (usually the same as repoRoot). */
  checkout: string;
  /** Port of the page server (/admin/). */
  port: number;
  /** Port of Decap's local proxy. */
  proxyPort: number;
  /** Where decap-server's log goes (default: inherited). */
  log?: (line: string) => void;
}

/** The committed config, turned into the local one: the proxy backend, no review branches. */
export function localConfig(committed: string, proxyPort: number): string {
  const doc = parseDocument(committed);
  doc.set('local_backend', { url: `http://127.0.0.1:${proxyPort}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] });
  // decap-server's file-system mode writes files directly ("simple" publishing only).
  doc.delete('publish_mode');
  return doc.toString({ lineWidth: 0 });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running editor: its address and how to stop it. */
export interface EditSession {
  url: string;
  stop(): Promise<void>;
}

function waitForPort(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  return new Promise((ok, fail) => {
    const poll = (): void => {
      if (child.exitCode !== null) return fail(new Error(`decap-server 退出了（代码 ${child.exitCode}）`));
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' })
        .then((r) => (r.ok ? ok() : setTimeout(poll, 100)))
        .catch(() => (Date.now() - started > timeoutMs ? fail(new Error(`decap-server 没有在 ${url} 启动`)) : setTimeout(poll, 100)));
    };
    poll();
  });
}

/** Starts the proxy and the page server. */
export async function startEditor(o: EditOptions): Promise<EditSession> {
  const adminDir = mkdtempSync(join(tmpdir(), 'gardenia-admin-'));
  const committed = readFileSync(join(o.repoRoot, 'scripts/lib/cms/config.yml'), 'utf8');
  await writeAdminFiles(o.repoRoot, adminDir, localConfig(committed, o.proxyPort));

  const require = createRequire(join(o.repoRoot, 'package.json'));
  const serverJs = require.resolve('decap-server/dist/index.js');
  const proxy = spawn(process.execPath, [serverJs], {
    env: { ...process.env, PORT: String(o.proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: o.checkout, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = o.log ?? ((l: string) => process.stderr.write(l));
  proxy.stdout?.on('data', (d: Buffer) => log(d.toString()));
  proxy.stderr?.on('data', (d: Buffer) => log(d.toString()));
  await waitForPort(`http://127.0.0.1:${o.proxyPort}/api/v1`, proxy);

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/' || path === '/admin') {
      res.writeHead(302, { location: '/admin/' }).end();
      return;
    }
    const [base, rel] = path.startsWith('/admin/') ? [adminDir, path.slice('/admin/'.length) || 'index.html'] : [join(o.checkout, 'public'), path.slice(1)];
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(o.port, '127.0.0.1', ok));

  return {
    url: `http://127.0.0.1:${o.port}/admin/`,
    async stop() {
      await new Promise<void>((ok) => server.close(() => ok()));
      if (proxy.exitCode === null) {
        const exited = new Promise<void>((ok) => proxy.once('exit', () => ok()));
        proxy.kill('SIGTERM');
        await exited;
      }
      rmSync(adminDir, { recursive: true, force: true });
    },
  };
}

/** Resolves a checkout path given on the command line. */
export const checkoutPath = (p: string | undefined, fallback: string): string => resolve(p ?? fallback);
