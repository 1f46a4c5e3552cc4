/**
 * Writes the editor's files into <out>/admin/: the page, Decap CMS from npm
 * (decap-cms/dist, no CDN), the start-up bundle (admin-entry.ts, built with
 * esbuild for the browser floor) and config.yml. Used by the Astro
 * integration (after `astro build`) and by `npm run edit`.
 *
 * The page is a plain file, not an Astro page: it carries none of the site's
 * CSP meta tag (Decap needs inline styles and eval), no link to or from the
 * public pages, `noindex`, and no `data-pagefind-body`, so Pagefind skips it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { cmsStrings } from './config-file.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The admin page's HTML. */
export function adminPage(strings: Record<string, string>): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${esc(strings['cms.title'] ?? '')}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body data-pagefind-ignore="all">
<noscript><p>${esc(strings['cms.noscript'] ?? '')}</p></noscript>
<script src="gardenia-cms.js"></script>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}

/** Where decap-cms's browser bundle lives. */
export function decapDist(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** Bundles the start-up script; returns its text. */
export async function bundleEntry(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'admin-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    // Staff browsers; Decap itself needs a current browser, the public pages keep the site's floor.
    target: 'es2020',
  });
  return result.outputFiles[0]!.text;
}

/** Writes every admin file into `dir` (…/admin). `config` overrides the committed config.yml text. */
export async function writeAdminFiles(root: string, dir: string, config?: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const dist = decapDist(root);
  for (const f of readdirSync(dist)) {
    if (f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f === 'decap-cms.js.LICENSE.txt') copyFileSync(join(dist, f), join(dir, f));
  }
  writeFileSync(join(dir, 'gardenia-cms.js'), await bundleEntry());
  writeFileSync(join(dir, 'index.html'), adminPage(cmsStrings()));
  writeFileSync(join(dir, 'config.yml'), config ?? readFileSync(join(root, 'scripts/lib/cms/config.yml'), 'utf8'));
}
