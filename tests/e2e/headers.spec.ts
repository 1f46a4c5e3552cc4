/**
 * Response headers, caching, compression and types as the production nginx
 * serves them (deploy/nginx/). Only meaningful against nginx: CI sets
 * E2E_BASE_URL to the server deploy/serve-nginx.sh starts; under `astro preview`
 * these tests skip.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

test.skip(!process.env.E2E_BASE_URL, 'needs the nginx server (E2E_BASE_URL)');

/** The directives of a CSP header, name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The first built file under dist/<dir> whose name matches (the server serves this checkout's dist/). */
function builtFile(dir: string, re: RegExp): string | null {
  if (!existsSync(`dist/${dir}`)) return null;
  const hit = (readdirSync(`dist/${dir}`, { recursive: true }) as string[]).find((f) => re.test(f));
  return hit ? `/${dir}/${hit.split('\\').join('/')}` : null;
}

test('every response carries the security headers, the 404 and redirects included', async ({ request }) => {
  for (const path of ['/', '/articles/', '/rss.xml', '/favicon.svg', '/no-such-page-here/']) {
    const h = (await request.get(path, { maxRedirects: 0 })).headers();
    const csp = directives(h['content-security-policy'] ?? '');
    expect(csp.get('script-src'), path).toBeDefined();
    expect(csp.get('script-src'), path).not.toContain("'unsafe-inline'");
    expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
    expect(h['referrer-policy'], path).toBe('no-referrer');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(h['permissions-policy'], path).toContain('geolocation=(self)');
    for (const off of ['camera=()', 'microphone=()', 'payment=()', 'usb=()']) expect(h['permissions-policy'], path).toContain(off);
    expect(h['server'] ?? '', path).not.toMatch(/\d/);
  }
});

/** The security headers every response must carry, errors from nginx itself included. */
function expectSecurityHeaders(h: Record<string, string>, what: string): void {
  expect(directives(h['content-security-policy'] ?? '').get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
}

test('nginx’s own error responses (400, 405) carry the security headers', async ({ request }) => {
  const bad = await request.get('/%', { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  expectSecurityHeaders(bad.headers(), '400 for a malformed address');
  const post = await request.post('/', { maxRedirects: 0, data: 'x' });
  expect(post.status()).toBe(405);
  expectSecurityHeaders(post.headers(), '405 for POST');
});

test('dotfiles and dot-folders under the web root are never served; /.well-known/ is', async ({ request }) => {
  // Planted in the dist/ the server serves (this checkout's), removed afterwards.
  const planted = ['dist/.env-e2e-probe', 'dist/.git-e2e-probe/config', 'dist/_astro/.e2e-probe', 'dist/pagefind/.e2e-probe'];
  try {
    for (const f of planted) {
      mkdirSync(f.slice(0, f.lastIndexOf('/')), { recursive: true });
      writeFileSync(f, 'secret');
    }
    for (const path of ['/.env-e2e-probe', '/.git-e2e-probe/config', '/%2egit-e2e-probe/config', '/_astro/.e2e-probe', '/pagefind/.e2e-probe']) {
      const r = await request.get(path, { maxRedirects: 0 });
      expect(r.status(), path).toBe(404);
      expect(await r.text(), path).not.toContain('secret');
      expectSecurityHeaders(r.headers(), path);
    }
    const wellKnown = await request.get('/.well-known/security.txt');
    expect(wellKnown.status()).toBe(200);
    expect(await wellKnown.text()).toMatch(/^Contact: /m);
  } finally {
    rmSync('dist/.env-e2e-probe', { force: true });
    rmSync('dist/.git-e2e-probe', { recursive: true, force: true });
    rmSync('dist/_astro/.e2e-probe', { force: true });
    rmSync('dist/pagefind/.e2e-probe', { force: true });
  }
});

test('the header CSP allows the search page’s WebAssembly and the site’s own scripts', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Permissions-Policy|Content Security Policy/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/search/?q=' + encodeURIComponent('保护令'));
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  // The pre-paint boot script ran (allowed by its hash) and no header was rejected.
  await page.goto('/articles/');
  expect(errors).toEqual([]);
});

test('a directory address without the trailing slash redirects to it', async ({ request }) => {
  const r = await request.get('/articles', { maxRedirects: 0 });
  expect(r.status()).toBe(301);
  expect(r.headers()['location']).toBe('/articles/');
});

test('hashed assets are cached for a year as immutable; pages and unhashed files revalidate', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = html.match(/\/_astro\/[^"')\s]+\.(?:css|js)/)?.[0];
  expect(asset, 'the home page links an /_astro/ asset').toBeTruthy();
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/', '/articles/', '/rss.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  const meta = builtFile('pagefind', /\.pf_meta$/);
  if (meta) expect((await request.get(meta)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('pages are sent gzip-compressed to clients that accept it', async ({ request }) => {
  for (const path of ['/', '/articles/']) {
    const r = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(r.headers()['content-encoding'], path).toBe('gzip');
    expect(r.headers()['vary'], path).toMatch(/Accept-Encoding/i);
    expect(await r.text(), path).toContain('<html lang="zh-CN"');
  }
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});

test('files are served with the right types; Pagefind’s binary files are not re-compressed', async ({ request }) => {
  const type = async (path: string) => (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
  expect((await type('/'))['content-type']).toBe('text/html; charset=utf-8');
  expect((await type('/rss.xml'))['content-type']).toMatch(/^application\/rss\+xml/);
  expect((await type('/pagefind/pagefind.js'))['content-type']).toMatch(/^(application|text)\/javascript/);
  expect((await type('/.well-known/security.txt'))['content-type']).toMatch(/^text\/plain/);
  for (const found of [
    builtFile('pagefind', /\.pf_meta$/),
    builtFile('pagefind', /\.pf_fragment$/),
    builtFile('pagefind', /\.pf_index$/),
    builtFile('pagefind', /^wasm\..*\.pagefind$/),
  ]) {
    expect(found, 'every kind of Pagefind file is in the build').toBeTruthy();
    const file = found ?? '';
    const h = await type(file);
    expect(h['content-type'], file).toBe('application/octet-stream');
    expect(h['content-encoding'], file).toBeUndefined();
  }
});

// No test for `.wasm` → application/wasm: the build has no .wasm file (Pagefind ships its
// WebAssembly gzipped as wasm.*.pagefind, checked above); the mapping stays in the config for
// any later asset, and a test that could only ever be skipped would prove nothing.

test('an unknown address and an unlisted directory get the Chinese 404 page with status 404', async ({ request }) => {
  for (const path of ['/no-such-page-here/', '/_astro/', '/pagefind/fragment/']) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(404);
    expect(await r.text(), path).toContain('找不到这个页面');
  }
});

test('security.txt names a contact, an expiry about a year ahead, languages and its canonical URL', async ({ request }) => {
  const r = await request.get('/.well-known/security.txt');
  expect(r.status()).toBe(200);
  const body = await r.text();
  expect(body).toMatch(/^Contact: mailto:\S+@\S+$/m);
  expect(body).toMatch(/^Preferred-Languages: zh, en$/m);
  expect(body).toMatch(/^Canonical: https:\/\/\S+\/\.well-known\/security\.txt$/m);
  const expires = Date.parse(body.match(/^Expires: (\S+)$/m)?.[1] ?? '');
  const days = (expires - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(300);
  expect(days).toBeLessThan(366);
});
