/** An RSS 2.0 writer: escaped text, RFC 822 dates in +0800, absolute links. */

/** One feed item. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** YYYY-MM-DD, Beijing time. */
  date: string;
  category?: string[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date for midnight Beijing time on `date` (YYYY-MM-DD). */
export function rfc822(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[weekday]}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

/** A complete RSS 2.0 document. */
export function buildRss(feed: { title: string; link: string; selfLink: string; description: string; items: FeedItem[] }): string {
  const items = feed.items
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.link)}</link>
      <guid isPermaLink="true">${escapeXml(i.link)}</guid>
      <description>${escapeXml(i.description)}</description>
      <pubDate>${rfc822(i.date)}</pubDate>
${(i.category ?? []).map((c) => `      <category>${escapeXml(c)}</category>\n`).join('')}    </item>`,
    )
    .join('\n');
  const last = feed.items.map((i) => i.date).sort().at(-1);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <atom:link href="${escapeXml(feed.selfLink)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(feed.description)}</description>
    <language>zh-CN</language>
${last ? `    <lastBuildDate>${rfc822(last)}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`;
}
