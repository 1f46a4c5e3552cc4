/**
 * Loads a built site (dist/) for the checks: every file, every page parsed
 * once, and URL ↔ file resolution shared by the link, image and sitemap checks.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { routes } from '../../../src/lib/routes.ts';
import { join, resolve, sep } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import type { BuiltSite, Page } from './types.ts';

let parser: Parser | null = null;

/** html-validate's parser: the same DOM the validity check sees. */
async function getParser(): Promise<Parser> {
  if (!parser) {
    const config = await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html');
    parser = new Parser(config);
  }
  return parser;
}

/** The URL path a built HTML file is served at (`about/index.html` → `/about/`). */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return '/' + file.slice(0, -'index.html'.length);
  return '/' + file;
}

/** Parses one page's markup into a Page. */
export async function parsePage(file: string, html: string): Promise<Page> {
  const root = (await getParser()).parseHtml(html);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) {
    const id = el.getAttribute('id')?.value;
    if (typeof id === 'string') ids.add(id);
  }
  for (const el of root.querySelectorAll('a[name]')) {
    const name = el.getAttribute('name')?.value;
    if (typeof name === 'string') ids.add(name);
  }
  const robots = attr(root.querySelector('meta[name="robots"]'), 'content') ?? '';
  return { file, url: urlOfFile(file), html, root, ids, noindex: /\bnoindex\b/i.test(robots) };
}

/** An attribute's string value (null when absent or dynamic). */
export function attr(el: HtmlElement | null, name: string): string | null {
  const value = el?.getAttribute(name)?.value;
  return typeof value === 'string' ? value : null;
}

/** Builds a BuiltSite from file contents (tests use this with in-memory trees). */
export async function siteFromFiles(dir: string, files: Map<string, () => string>): Promise<BuiltSite> {
  const names = [...files.keys()].sort();
  const pages: Page[] = [];
  for (const f of names) if (f.endsWith('.html')) pages.push(await parsePage(f, files.get(f)!()));
  const home = pages.find((p) => p.file === 'index.html');
  const canonical = home ? attr(home.root.querySelector('link[rel="canonical"]'), 'href') : null;
  let origin: string | null = null;
  try {
    origin = canonical ? new URL(canonical).origin : null;
  } catch {
    origin = null;
  }
  return {
    dir,
    files: new Set(names),
    pages,
    origin,
    read: (file) => (files.has(file) ? files.get(file)!() : null),
  };
}

/** Loads the built site under `dir` from disk. */
export async function loadSite(dir: string): Promise<BuiltSite> {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`${dir} is not a directory (build the site first: npm run build)`);
  const files = new Map<string, () => string>();
  for (const rel of readdirSync(abs, { recursive: true }) as string[]) {
    const full = join(abs, rel);
    const name = rel.split(sep).join('/');
    // The browser editor (admin/, Decap CMS from npm) is no public page: editors use current browsers,
    // no page links it, and tests/e2e/cms.spec.ts checks it. The gates here are the public site's.
    if (name.startsWith(`${routes.admin().slice(1)}`)) continue;
    if (statSync(full).isFile()) files.set(name, () => readFileSync(full, 'utf8'));
  }
  return siteFromFiles(abs, files);
}

/** Result of resolving a URL found in a page against the built files. */
export type Resolved = { kind: 'external' } | { kind: 'file'; file: string; fragment: string | null } | { kind: 'missing'; path: string; hint: string };

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves `href` as written in `page` to a built file. Absolute URLs on the
 * site's own origin count as internal; other schemes (tel:, mailto:, https://
 * elsewhere) are external and not checked here.
 */
export function resolveUrl(site: BuiltSite, page: Page, href: string): Resolved {
  const trimmed = href.trim();
  if (SCHEME_RE.test(trimmed) || trimmed.startsWith('//')) {
    if (!site.origin) return { kind: 'external' };
    let u: URL;
    try {
      u = new URL(trimmed, site.origin);
    } catch {
      return { kind: 'external' };
    }
    if (u.origin !== site.origin) return { kind: 'external' };
  }
  let url: URL;
  try {
    url = new URL(trimmed, `http://site.invalid${page.url}`);
  } catch {
    return { kind: 'missing', path: trimmed, hint: 'not a valid URL' };
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'missing', path: url.pathname, hint: 'badly percent-encoded' };
  }
  let fragment: string | null = null;
  if (url.hash.length > 1) {
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      fragment = url.hash.slice(1);
    }
  }
  const rel = path.replace(/^\/+/, '');
  if (path.endsWith('/')) {
    const file = rel + 'index.html';
    return site.files.has(file) ? { kind: 'file', file, fragment } : { kind: 'missing', path, hint: `no ${file}` };
  }
  if (site.files.has(rel)) return { kind: 'file', file: rel, fragment };
  if (site.files.has(`${rel}/index.html`)) return { kind: 'missing', path, hint: `the page is ${path}/ — add the trailing slash (a redirect otherwise)` };
  return { kind: 'missing', path, hint: `no ${rel || 'index.html'}` };
}

/** Position of an element for a finding. */
export function where(el: HtmlElement): { line: number; column: number } {
  return { line: el.location.line, column: el.location.column };
}
