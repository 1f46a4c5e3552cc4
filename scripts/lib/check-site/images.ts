/** Every image has alt text (empty for decoration) and exists in the build. */
import { attr, resolveUrl, where } from './site.ts';
import type { BuiltSite, Check, Finding, Page } from './types.ts';

/** The URLs of a srcset attribute ("a.png 1x, b.png 2x" → [a.png, b.png]). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function findingsFor(site: BuiltSite, page: Page): Finding[] {
  const out: Finding[] = [];
  for (const img of page.root.querySelectorAll('img, input[type="image"]')) {
    const src = attr(img, 'src');
    if (attr(img, 'alt') === null) {
      out.push({
        file: page.file,
        ...where(img),
        message: `<img src="${src ?? ''}"> has no alt attribute (describe the image, or alt="" if it is decoration)`,
      });
    }
  }
  for (const el of page.root.querySelectorAll('img, source, input[type="image"], video, audio')) {
    const urls = [attr(el, 'src'), attr(el, 'poster'), ...srcsetUrls(attr(el, 'srcset') ?? '')].filter((u): u is string => !!u);
    for (const url of urls) {
      if (url.startsWith('data:')) continue;
      const r = resolveUrl(site, page, url);
      if (r.kind === 'missing') out.push({ file: page.file, ...where(el), message: `<${el.tagName}> image "${url}" is not in the build: ${r.hint}` });
      // The site promises no request to any other site (people at risk read it).
      if (r.kind === 'external') out.push({ file: page.file, ...where(el), message: `<${el.tagName}> loads "${url}" from another site; copy it into public/` });
    }
  }
  return out;
}

export const images: Check = {
  id: 'images',
  description: 'every image has alt text and exists',
  run: (site) => site.pages.flatMap((page) => findingsFor(site, page)),
};
