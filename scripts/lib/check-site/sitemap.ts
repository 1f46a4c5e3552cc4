/**
 * The sitemap lists every public page and nothing else: no draft or removed
 * page, no 404 page, no page marked noindex, nothing on another origin.
 */
import { parseXml, text } from './xml.ts';
import type { BuiltSite, Check, Finding } from './types.ts';

/** Sitemap entry points, in the order they are looked for. */
const ROOTS = ['sitemap-index.xml', 'sitemap.xml'];

/** The built pages a sitemap should list: every index.html except 404 and noindex pages. */
export function publicPages(site: BuiltSite): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of site.pages) {
    if (!p.file.endsWith('index.html') || p.noindex || /(^|\/)404\/index\.html$/.test(p.file)) continue;
    out.set(p.url, p.file);
  }
  return out;
}

/** Every <loc> of the sitemap(s), with the file that lists it. */
function listedUrls(site: BuiltSite, out: Finding[]): { loc: string; file: string }[] | null {
  const root = ROOTS.find((f) => site.files.has(f));
  if (!root) {
    out.push({ file: ROOTS[0]!, message: 'no sitemap (sitemap-index.xml or sitemap.xml) in the build' });
    return null;
  }
  const locs: { loc: string; file: string }[] = [];
  const queue = [root];
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const body = site.read(file);
    if (body === null) {
      out.push({ file, message: 'listed in the sitemap index but not in the build' });
      continue;
    }
    const parsed = parseXml(body);
    if (!parsed.ok) {
      out.push({ file, message: parsed.error });
      continue;
    }
    const index = parsed.doc['sitemapindex'] as { sitemap?: { loc?: unknown }[] } | undefined;
    const set = parsed.doc['urlset'] as { url?: { loc?: unknown }[] } | undefined;
    if (index) {
      for (const s of index.sitemap ?? []) {
        const loc = text(s.loc);
        try {
          queue.push(new URL(loc).pathname.replace(/^\//, ''));
        } catch {
          out.push({ file, message: `sitemap <loc>${loc}</loc> is not an absolute URL` });
        }
      }
    } else if (set) {
      for (const u of set.url ?? []) locs.push({ loc: text(u.loc), file });
    } else {
      out.push({ file, message: 'neither <sitemapindex> nor <urlset>' });
    }
  }
  return locs;
}

export const sitemap: Check = {
  id: 'sitemap',
  description: 'the sitemap lists every public page and nothing else',
  run(site) {
    const out: Finding[] = [];
    const listed = listedUrls(site, out);
    if (!listed) return out;
    const expected = publicPages(site);
    const pagesByUrl = new Map(site.pages.map((p) => [p.url, p]));
    const seen = new Set<string>();
    for (const { loc, file } of listed) {
      let url: URL;
      try {
        url = new URL(loc);
      } catch {
        out.push({ file, message: `<loc>${loc}</loc> is not an absolute URL` });
        continue;
      }
      if (site.origin && url.origin !== site.origin) {
        out.push({ file, message: `<loc>${loc}</loc> is not on the site's origin ${site.origin}` });
        continue;
      }
      const path = decodeURIComponent(url.pathname);
      if (seen.has(path)) out.push({ file, message: `${path} is listed twice` });
      seen.add(path);
      const page = pagesByUrl.get(path);
      if (!page) out.push({ file, message: `lists ${path}, which is not a built page (a draft, a scheduled or a removed entry?)` });
      else if (page.noindex) out.push({ file, message: `lists ${path}, which is marked noindex` });
      else if (!expected.has(path)) out.push({ file, message: `lists ${path}, which is not a public page (404)` });
    }
    for (const [url, file] of expected) {
      if (!seen.has(url)) out.push({ file, message: `${url} is missing from the sitemap` });
    }
    return out;
  },
};
