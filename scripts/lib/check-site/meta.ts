/**
 * Every page names its canonical URL and carries the Open Graph tags shares need
 * (og:title, og:description, og:url, og:type). On public pages the canonical URL
 * is the page's own address and og:url matches it; noindex pages (404) carry neither.
 */
import { attr, where } from './site.ts';
import type { Check, Finding, Page, BuiltSite } from './types.ts';

/** Open Graph properties every page must have, non-empty. */
export const REQUIRED_OG = ['og:title', 'og:description', 'og:url', 'og:type'] as const;

function findingsFor(site: BuiltSite, page: Page): Finding[] {
  const out: Finding[] = [];
  const canonicalEl = page.root.querySelector('link[rel="canonical"]');
  const canonical = attr(canonicalEl, 'href');
  // A noindex page (the 404 page) has no address of its own to be canonical for.
  if (!canonical && !page.noindex) out.push({ file: page.file, message: 'no <link rel="canonical" href="…">' });
  for (const prop of REQUIRED_OG) {
    if (prop === 'og:url' && page.noindex) continue;
    const content = attr(page.root.querySelector(`meta[property="${prop}"]`), 'content');
    if (!content?.trim()) out.push({ file: page.file, message: `no <meta property="${prop}" content="…">` });
  }
  // The 404 page and noindex pages are not addressed by URL; only presence matters.
  if (!canonical || page.noindex || !page.file.endsWith('index.html')) return out;
  let canonicalUrl: URL;
  try {
    canonicalUrl = new URL(canonical);
  } catch {
    out.push({ file: page.file, ...where(canonicalEl!), message: `canonical "${canonical}" is not an absolute URL` });
    return out;
  }
  const expected = site.origin ? new URL(page.url, site.origin).href : null;
  if (expected && canonicalUrl.href !== expected)
    out.push({ file: page.file, ...where(canonicalEl!), message: `canonical is ${canonical}, expected ${expected}` });
  const ogUrl = attr(page.root.querySelector('meta[property="og:url"]'), 'content');
  if (ogUrl && ogUrl !== canonical) out.push({ file: page.file, message: `og:url ${ogUrl} differs from the canonical ${canonical}` });
  return out;
}

export const meta: Check = {
  id: 'meta',
  description: 'canonical URL and Open Graph tags on every page',
  run: (site) => site.pages.flatMap((page) => findingsFor(site, page)),
};
