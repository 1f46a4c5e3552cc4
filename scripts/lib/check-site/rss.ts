/**
 * Every feed the home page advertises (<link rel="alternate" type="application/rss+xml">)
 * is RSS 2.0: a channel with title, link and description, and items with title,
 * link, guid and an RFC 822 pubDate; item links lead to built pages.
 */
import { attr, resolveUrl } from './site.ts';
import { parseXml, text } from './xml.ts';
import type { BuiltSite, Check, Finding } from './types.ts';

/** RFC 822 date as RSS 2.0 uses it (4-digit years allowed, as everyone writes them). */
const RFC822_RE =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2,4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UT|[A-Z]{1,3})$/;

/** True for a date RSS readers accept. */
export function isRfc822(date: string): boolean {
  return RFC822_RE.test(date) && !Number.isNaN(Date.parse(date));
}

function isAbsoluteUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** Problems with one feed document; `file` names it in findings. */
export function checkFeed(site: BuiltSite, file: string, body: string): Finding[] {
  const out: Finding[] = [];
  const at = (message: string) => out.push({ file, message });
  const parsed = parseXml(body);
  if (!parsed.ok) {
    at(parsed.error);
    return out;
  }
  const rss = parsed.doc['rss'] as Record<string, unknown> | undefined;
  if (!rss) {
    at('root element is not <rss>');
    return out;
  }
  if (rss['@version'] !== '2.0') at(`<rss version="${String(rss['@version'] ?? '')}">, expected version="2.0"`);
  const channel = rss['channel'] as Record<string, unknown> | undefined;
  if (!channel || typeof channel !== 'object') {
    at('no <channel>');
    return out;
  }
  for (const field of ['title', 'link', 'description']) if (!text(channel[field]).trim()) at(`<channel> has no <${field}>`);
  if (text(channel['link']) && !isAbsoluteUrl(text(channel['link']))) at(`<channel><link> "${text(channel['link'])}" is not an absolute URL`);
  const home = site.pages.find((p) => p.file === 'index.html');
  const items = (channel['item'] as Record<string, unknown>[] | undefined) ?? [];
  items.forEach((item, i) => {
    const label = `item ${i + 1}${text(item['title']) ? ` (${text(item['title'])})` : ''}`;
    for (const field of ['title', 'link', 'guid', 'pubDate']) if (!text(item[field]).trim()) at(`${label} has no <${field}>`);
    const link = text(item['link']);
    if (link && !isAbsoluteUrl(link)) at(`${label}: <link> "${link}" is not an absolute URL`);
    else if (link && home && resolveUrl(site, home, link).kind === 'missing') at(`${label}: <link> ${link} is not a built page`);
    const date = text(item['pubDate']);
    if (date && !isRfc822(date)) at(`${label}: <pubDate> "${date}" is not an RFC 822 date (e.g. "Sat, 28 Nov 2026 00:00:00 +0800")`);
  });
  return out;
}

export const rss: Check = {
  id: 'rss',
  description: 'the RSS feed is valid RSS 2.0',
  run(site) {
    const home = site.pages.find((p) => p.file === 'index.html');
    if (!home) return [];
    const out: Finding[] = [];
    for (const link of home.root.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')) {
      const href = attr(link, 'href');
      if (!href) continue;
      const r = resolveUrl(site, home, href);
      if (r.kind === 'external') continue;
      if (r.kind === 'missing') {
        out.push({ file: 'index.html', message: `advertises the feed ${href}, which is not in the build` });
        continue;
      }
      out.push(...checkFeed(site, r.file, site.read(r.file) ?? ''));
    }
    return out;
  },
};
