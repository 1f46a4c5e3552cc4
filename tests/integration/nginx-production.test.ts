/**
 * The production nginx file (deploy/nginx/gardenia.conf) as written, only with
 * local ports and a throw-away certificate: it passes `nginx -t`, port 80
 * redirects to the configured name whatever Host the client sends, other names
 * get no answer, and the TLS server hides dotfiles and sends HSTS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './helpers.ts';

const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : '';
const OPENSSL = spawnSync('openssl', ['version']).status === 0;
// Not the publish test's port: vitest runs the two files side by side.
const HTTP = Number(process.env.GARDENIA_PROD_NGINX_PORT ?? 4351);
const HTTPS = HTTP + 1;
const NAME = 'gardenia.fuding.example';

let dir = '';
let nginx: string[] = [];

function get(
  port: number,
  path: string,
  host: string,
  tls = false,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> } | 'closed'> {
  return new Promise((resolve) => {
    const opts = { host: '127.0.0.1', port, path, headers: { host }, agent: false, servername: NAME, rejectUnauthorized: false };
    const req = (tls ? httpsRequest : httpRequest)(opts, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', () => resolve('closed'));
    req.end();
  });
}

describe.skipIf(!NGINX || !OPENSSL)('production nginx configuration', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gardenia-prod-nginx-'));
    mkdirSync(join(dir, 'tmp'));
    mkdirSync(join(dir, 'dist/.git'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'dist/404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(dir, 'dist/.git/config'), 'secret');
    cpSync(join(root, 'deploy/nginx/gardenia'), join(dir, 'gardenia'), { recursive: true });
    writeFileSync(join(dir, 'gardenia/live.conf'), `root ${dir}/dist;\nset $gardenia_csp "default-src 'self'";\n`);
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', `/CN=${NAME}`],
      { stdio: 'ignore' },
    );
    const site = readFileSync(join(root, 'deploy/nginx/gardenia.conf'), 'utf8')
      .replace(/listen \[::\]:\d+[^;]*;/g, '')
      .replace(/listen 80 default_server;/, `listen 127.0.0.1:${HTTP} default_server;`)
      .replace(/listen 80;/, `listen 127.0.0.1:${HTTP};`)
      .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${HTTPS} ssl;`)
      .replace(/\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/, join(dir, 'cert.pem'))
      .replace(/\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/, join(dir, 'key.pem'));
    writeFileSync(join(dir, 'site.conf'), site);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 64; }
http { include /etc/nginx/mime.types; access_log off;
  client_body_temp_path ${dir}/tmp/b; proxy_temp_path ${dir}/tmp/p; fastcgi_temp_path ${dir}/tmp/f; uwsgi_temp_path ${dir}/tmp/u; scgi_temp_path ${dir}/tmp/s;
  include ${dir}/site.conf; }
`,
    );
    nginx = [NGINX, '-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
    execFileSync(nginx[0]!, [...nginx.slice(1), '-t', '-q']);
    execFileSync(nginx[0]!, nginx.slice(1));
  });

  afterAll(() => {
    if (nginx.length) spawnSync(nginx[0]!, [...nginx.slice(1), '-s', 'quit']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('redirects plain HTTP to the configured name, not the Host header', async () => {
    const r = await get(HTTP, '/articles/?a=1', NAME);
    expect(r).toMatchObject({ status: 301, headers: { location: `https://${NAME}/articles/?a=1` } });
  });

  it('gives other host names no answer at all', async () => {
    expect(await get(HTTP, '/', 'evil.example')).toBe('closed');
  });

  it('serves HTTPS with HSTS and hides dotfiles', async () => {
    expect(await get(HTTPS, '/', NAME, true)).toMatchObject({ status: 200, headers: { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } });
    expect(await get(HTTPS, '/.git/config', NAME, true)).toMatchObject({ status: 404, headers: { 'x-content-type-options': 'nosniff' } });
  });
});
