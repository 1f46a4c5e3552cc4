/**
 * Every internal link resolves to a built file, with the trailing slash the site
 * uses, and every #fragment names an id in the target page.
 */
import { attr, resolveUrl, where } from './site.ts';
import type { BuiltSite, Check, Finding, Page } from './types.ts';

/** Elements whose URL must lead somewhere in the build (images: see images.ts). */
const LINK_SELECTORS = ['a[href]', 'area[href]', 'link[href]', 'script[src]', 'iframe[src]', 'form[action]'];

/** Link relations that are not fetched from this build or are checked elsewhere. */
const SKIP_REL = /\b(canonical|preconnect|dns-prefetch)\b/i;

function findingsFor(site: BuiltSite, page: Page): Finding[] {
  const out: Finding[] = [];
  for (const el of page.root.querySelectorAll(LINK_SELECTORS.join(','))) {
    const tag = el.tagName;
    if (tag === 'link' && SKIP_REL.test(attr(el, 'rel') ?? '')) continue;
    const name = tag === 'script' || tag === 'iframe' ? 'src' : tag === 'form' ? 'action' : 'href';
    const href = attr(el, name);
    if (href === null || href === '' || href === '#') continue;
    const r = resolveUrl(site, page, href);
    if (r.kind === 'external') continue;
    if (r.kind === 'missing') {
      out.push({ file: page.file, ...where(el), message: `<${tag} ${name}="${href}"> leads nowhere: ${r.hint}` });
      continue;
    }
    if (r.fragment === null || tag !== 'a') continue;
    const target = r.file === page.file ? page : site.pages.find((p) => p.file === r.file);
    // A fragment into a non-HTML file (e.g. a PDF page) cannot be checked.
    if (!target) continue;
    if (!target.ids.has(r.fragment)) {
      out.push({ file: page.file, ...where(el), message: `<a href="${href}">: no element with id "${r.fragment}" in ${target.file}` });
    }
  }
  return out;
}

export const links: Check = {
  id: 'links',
  description: 'internal links and #fragments resolve',
  run: (site) => site.pages.flatMap((page) => findingsFor(site, page)),
};
