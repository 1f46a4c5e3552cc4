/**
 * Page weight: what a page's requests cost once gzipped, by kind. Pure: the
 * browser module collects the responses, this one sizes and sums them.
 * Sizes use zlib's default level (6), about what a web server sends.
 */
import { gzipSync } from 'node:zlib';

/** Gzipped size of a body in bytes. */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(typeof body === 'string' ? Buffer.from(body) : body).length;
}

/** The kinds the budgets talk about. */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** Font files by extension, in case a response lacks a font content type. */
const FONT_RE = /\.(woff2?|ttf|otf|eot)(\?|$)/i;

/** Classifies a response by the browser's resource type, its content type and its URL. */
export function classify(resourceType: string, contentType: string, url: string): Kind {
  const ct = contentType.toLowerCase();
  if (resourceType === 'font' || ct.startsWith('font/') || ct.includes('font-') || FONT_RE.test(url)) return 'font';
  if (resourceType === 'document' || ct.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || ct.includes('text/css')) return 'css';
  if (resourceType === 'script' || ct.includes('javascript')) return 'js';
  if (resourceType === 'image' || ct.startsWith('image/')) return 'image';
  return 'other';
}

/** One response as the browser saw it. */
export interface Hit {
  url: string;
  kind: Kind;
  /** Gzipped size of the decoded body. */
  gzipBytes: number;
  /** For documents: gzipped inline script and style code. */
  inline?: { js: number; css: number };
}

/**
 * The inline code of an HTML document: executable <script> bodies (not JSON-LD
 * or other data blocks, not external scripts) and <style> bodies, each kind
 * concatenated. Astro inlines small scripts and styles, so a budget on
 * "JavaScript" must count them too.
 */
export function inlineCode(html: string): { js: string; css: string } {
  const js: string[] = [];
  const css: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    if (m[2]!.trim()) js.push(m[2]!);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (m[1]!.trim()) css.push(m[1]!);
  return { js: js.join('\n'), css: css.join('\n') };
}

/** Per-kind gzipped totals plus the request count and font URLs. */
export interface Weight {
  /** Documents as transferred (inline scripts and styles included). */
  html: number;
  /** External stylesheets. */
  css: number;
  /** External scripts. */
  js: number;
  /** Inline <script> code in the documents (already inside `html`), gzipped on its own. */
  inlineJs: number;
  /** Inline <style> in the documents (already inside `html`), gzipped on its own. */
  inlineCss: number;
  font: number;
  image: number;
  other: number;
  requests: number;
  fonts: string[];
}

/** Sums hits by kind. */
export function summarize(hits: readonly Hit[]): Weight {
  const w: Weight = { html: 0, css: 0, js: 0, inlineJs: 0, inlineCss: 0, font: 0, image: 0, other: 0, requests: hits.length, fonts: [] };
  for (const h of hits) {
    w[h.kind] += h.gzipBytes;
    w.inlineJs += h.inline?.js ?? 0;
    w.inlineCss += h.inline?.css ?? 0;
    if (h.kind === 'font') w.fonts.push(h.url);
  }
  return w;
}

/** HTML + CSS + JS as transferred, gzipped: the figure compared with Starlight (inline code counted once, in the HTML). */
export const pageBytes = (w: Weight) => w.html + w.css + w.js;

/** All JavaScript a page runs: external files plus inline scripts. */
export const allJs = (w: Weight) => w.js + w.inlineJs;

/** All CSS a page applies: external stylesheets plus inline styles. */
export const allCss = (w: Weight) => w.css + w.inlineCss;
