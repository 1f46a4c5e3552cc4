/**
 * The Content-Security-Policy response header for nginx, derived from the
 * <meta http-equiv="content-security-policy"> Astro puts in every built page.
 * Node-only. The build integration (src/integrations/gardenia-build.ts) writes it
 * after every build to `<outDir>.csp.conf` (dist/ → dist.csp.conf, beside the
 * served folder, not in it); `node deploy/csp-header.ts [--dist dist] [--out file]`
 * does the same by hand. The output is one nginx line,
 *   set $gardenia_csp "…";
 * included by the server block (see deploy/nginx/gardenia.conf).
 *
 * Why a header as well as the meta tag: only a header can say frame-ancestors
 * (no framing of a page people read in secret), and only a header covers the
 * boot script, which runs before the meta tag is parsed, and non-HTML documents.
 * Browsers enforce both policies, so the header adds; it can never loosen the meta.
 * The script hashes change when a script changes: regenerate after every build.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A policy as directive name → source list, in first-seen order. */
export type Policy = Map<string, string[]>;

const META_RE = /<meta\s[^>]*http-equiv=["']content-security-policy["'][^>]*>/i;
const CONTENT_RE = /\scontent=(?:"([^"]*)"|'([^']*)')/i;

/** The meta CSP's content of one HTML document, or null when it has none. */
export function metaCsp(html: string): string | null {
  const tag = META_RE.exec(html)?.[0];
  const m = tag ? CONTENT_RE.exec(tag) : null;
  if (!m) return null;
  return (m[1] ?? m[2] ?? '')
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Parses "a x y; b z" into a Policy (directive names lower-cased). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** Union of policies: every source any page needs (pages normally agree). */
export function mergePolicies(policies: Policy[]): Policy {
  const out: Policy = new Map();
  for (const p of policies) {
    for (const [name, sources] of p) {
      const list = out.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      out.set(name, list);
    }
  }
  return out;
}

/**
 * The header policy: the pages' policy plus what only a header can do
 * (frame-ancestors), and 'wasm-unsafe-eval' so Pagefind's WebAssembly may compile
 * (its worker gets its policy from this header, not from any meta tag).
 */
export function headerPolicy(pages: Policy): Policy {
  const p: Policy = new Map([...pages].map(([k, v]) => [k, [...v]]));
  const script = p.get('script-src') ?? [...(p.get('default-src') ?? ["'self'"])];
  if (!script.includes("'wasm-unsafe-eval'")) script.push("'wasm-unsafe-eval'");
  p.set('script-src', script);
  p.set('frame-ancestors', ["'none'"]);
  return p;
}

/** Serialises a policy; refuses one that would let inline script run. */
export function formatPolicy(p: Policy): string {
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    if (p.get(name)?.includes("'unsafe-inline'")) throw new Error(`${name} allows 'unsafe-inline'; refusing to serve it as a header`);
  }
  return [...p].map(([k, v]) => [k, ...v].join(' ')).join('; ');
}

/** Every .html file under dir (relative paths). */
function htmlFiles(dir: string): string[] {
  // The browser editor's page (admin/) has its own header policy (deploy/nginx/gardenia/admin.conf).
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !/^admin[\\/]/.test(f)).sort();
}

/** The first 16 KB of a page, where Astro puts the meta CSP (the whole file is read only when it is not there). */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    // A multi-byte character cut at the end decodes as U+FFFD, which cannot be inside the tag found.
    return buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

/** Reads the built site and returns the header policy text. */
export function cspForDist(dist: string): string {
  const policies: Policy[] = [];
  const missing: string[] = [];
  // Pages nearly all carry the same policy: parse and merge each distinct text once
  // (merging one policy per page was most of this step's time at 10,000 pages, issue 20).
  const seen = new Set<string>();
  for (const f of htmlFiles(dist)) {
    const text = metaCsp(headOf(join(dist, f))) ?? metaCsp(readFileSync(join(dist, f), 'utf8'));
    if (text === null) missing.push(f);
    else if (!seen.has(text)) {
      seen.add(text);
      policies.push(parsePolicy(text));
    }
  }
  if (policies.length === 0) throw new Error(`no page under ${dist} carries a meta CSP: build the site first (npm run build)`);
  if (missing.length) throw new Error(`pages without a meta CSP (the header alone would block their scripts): ${missing.join(', ')}`);
  return formatPolicy(headerPolicy(mergePolicies(policies)));
}

/** The nginx line defining $gardenia_csp. */
export function nginxLine(policy: string): string {
  if (/["$\\]/.test(policy)) throw new Error('policy contains a character nginx would interpret ("、$ or \\)');
  return `# Generated by the build (src/integrations/csp-header.ts) from the built pages; regenerate after every build.\nset $gardenia_csp "${policy}";\n`;
}
