/**
 * deploy/publish.sh against a real nginx on a local port: a failed build and a
 * failed `nginx -t` each leave the old site and its old CSP header serving, and
 * a good publish switches both together. The build runs as an unprivileged user
 * (nobody) when the test runs as root, as on the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, appendFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { cleanEnv, root } from './helpers.ts';

const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : '';
const PORT = process.env.GARDENIA_PUBLISH_PORT ?? '8151';
const asRoot = process.getuid?.() === 0;
const base = `http://127.0.0.1:${PORT}`;

let work = '';
let nginxCmd = '';

/** A copy of the checkout the build user can write, sharing this checkout's packages. */
function siteCopy(dst: string): void {
  mkdirSync(join(dst, 'node_modules'), { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) if (existsSync(join(root, f))) cpSync(join(root, f), join(dst, f), { recursive: true });
  // Own folders for Astro's and Vite's caches, packages linked from here.
  for (const name of readdirSync(join(root, 'node_modules')))
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(dst, 'node_modules', name));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dst, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=test@example.invalid', '-c', 'user.name=test', 'commit', '-qm', 'snapshot');
}

function publish(extra: Record<string, string> = {}): { status: number | null; log: string } {
  const run = spawnSync('bash', [join(root, 'deploy/publish.sh')], {
    env: cleanEnv({
      GARDENIA_SITE: join(work, 'site'),
      GARDENIA_RELEASES: join(work, 'releases'),
      GARDENIA_LIVE_CONF: join(work, 'nginx/gardenia/live.conf'),
      GARDENIA_BUILD_USER: 'nobody',
      GARDENIA_NGINX: nginxCmd,
      ...extra,
    }),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
}

/** The home page and its CSP header, on a fresh connection (a reload retires kept-alive ones). */
function served(): Promise<{ body: string; csp: string }> {
  return new Promise((resolve, reject) => {
    get(`${base}/`, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ body, csp: String(res.headers['content-security-policy'] ?? '') }));
    }).on('error', reject);
  });
}

const OLD_CSP = "default-src 'self'; old-release-marker";

describe.skipIf(!NGINX)('publish step', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'gardenia-publish-'));
    chmodSync(work, 0o755);
    siteCopy(join(work, 'site'));
    // The release that is live before the test: a hand-made page and header.
    mkdirSync(join(work, 'old/dist'), { recursive: true });
    writeFileSync(join(work, 'old/dist/index.html'), '<!doctype html><title>OLD</title><p>OLD RELEASE');
    mkdirSync(join(work, 'nginx/tmp'), { recursive: true });
    cpSync(join(root, 'deploy/nginx/gardenia'), join(work, 'nginx/gardenia'), { recursive: true });
    writeFileSync(join(work, 'nginx/gardenia/live.conf'), `root ${work}/old/dist;\nset $gardenia_csp "${OLD_CSP}";\n`);
    const n = join(work, 'nginx');
    writeFileSync(
      join(n, 'nginx.conf'),
      `${asRoot ? 'user root;' : ''}
worker_processes 1;
pid ${n}/nginx.pid;
error_log ${n}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${n}/tmp/body; proxy_temp_path ${n}/tmp/proxy; fastcgi_temp_path ${n}/tmp/fcgi; uwsgi_temp_path ${n}/tmp/uwsgi; scgi_temp_path ${n}/tmp/scgi;
  server {
    listen 127.0.0.1:${PORT};
    set $gardenia_hsts "";
    include gardenia/live.conf;
    include gardenia/site.conf;
  }
}
`,
    );
    nginxCmd = `${NGINX} -p ${n}/ -c ${n}/nginx.conf -e ${n}/error.log`;
    if (asRoot) execFileSync('chown', ['-R', 'nobody', join(work, 'site'), work]);
    execFileSync('bash', ['-c', nginxCmd]);
  }, 120_000);

  afterAll(() => {
    if (nginxCmd) spawnSync('bash', ['-c', `${nginxCmd} -s quit`]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('a failed build leaves the old site and header serving', async () => {
    const content = join(work, 'content-bad');
    cpSync(join(root, 'content'), content, { recursive: true });
    appendFileSync(join(content, 'articles/legal-aid-hotlines.mdx'), '\n身份证 110105 19491231 002X\n');
    if (asRoot) execFileSync('chown', ['-R', 'nobody', content]);
    const before = readFileSync(join(work, 'nginx/gardenia/live.conf'), 'utf8');
    const run = publish({ GARDENIA_CONTENT: content });
    expect(run.status, run.log).toBe(1);
    expect(run.log).toContain('privacy-id-number');
    expect(run.log).toContain('构建没有通过');
    expect(await served()).toEqual({ body: expect.stringContaining('OLD RELEASE'), csp: OLD_CSP });
    expect(readFileSync(join(work, 'nginx/gardenia/live.conf'), 'utf8')).toBe(before);
    expect(readdirSync(join(work, 'releases')).filter((d) => !d.startsWith('.'))).toEqual([]);
  }, 300_000);

  it('a failed nginx -t after a good build leaves the old site and header serving', async () => {
    const siteConf = join(work, 'nginx/gardenia/site.conf');
    const good = readFileSync(siteConf, 'utf8');
    writeFileSync(siteConf, `${good}\ngardenia_no_such_directive on;\n`);
    const before = readFileSync(join(work, 'nginx/gardenia/live.conf'), 'utf8');
    const run = publish();
    writeFileSync(siteConf, good);
    expect(run.status, run.log).toBe(1);
    expect(run.log).toContain('nginx 配置测试（nginx -t）没有通过');
    expect(await served()).toEqual({ body: expect.stringContaining('OLD RELEASE'), csp: OLD_CSP });
    expect(readFileSync(join(work, 'nginx/gardenia/live.conf'), 'utf8')).toBe(before);
  }, 300_000);

  it('a good publish switches the site and its CSP header together, built by the unprivileged user', async () => {
    const run = publish();
    expect(run.status, run.log).toBe(0);
    const live = readFileSync(join(work, 'nginx/gardenia/live.conf'), 'utf8');
    const release = /^root (.+)\/dist;$/m.exec(live)![1]!;
    const newCsp = /set \$gardenia_csp "([^"]+)";/.exec(readFileSync(join(release, 'csp.conf'), 'utf8'))![1]!;
    // A reload is asynchronous: for a moment old workers (old config) and new ones
    // both accept connections, so two requests in a row may see old, then new, then
    // old again. "Together" is a property of each response: its page and its header
    // come from the same release. Page and header are read from the same response,
    // and every response on the way must be a whole old or a whole new one.
    const seen: { body: string; csp: string }[] = [];
    await expect
      .poll(
        async () => {
          const res = await served();
          seen.push(res);
          return res.body;
        },
        { timeout: 15_000 },
      )
      .toContain('栀子花');
    for (const res of seen) {
      if (res.body.includes('OLD RELEASE')) expect(res.csp).toBe(OLD_CSP);
      else expect(res).toEqual({ body: expect.stringContaining('栀子花'), csp: newCsp });
    }
    // The header is the one generated from this release's pages.
    expect(seen.at(-1)!.csp).toBe(newCsp);
    expect(newCsp).toContain("frame-ancestors 'none'");
    if (asRoot) expect(execFileSync('stat', ['-c', '%U', join(release, 'dist/index.html')], { encoding: 'utf8' }).trim()).toBe('nobody');
  }, 300_000);
});
