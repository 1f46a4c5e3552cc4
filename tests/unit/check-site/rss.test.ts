import { describe, expect, it } from 'vitest';
import { isRfc822, rss } from '../../../scripts/lib/check-site/rss.ts';
import { page, run } from './helpers.ts';

const home = page('/', '<h1>首页</h1>', '<link rel="alternate" type="application/rss+xml" title="站" href="/rss.xml">');
const item = (fields: string) => `<item>${fields}</item>`;
const feed = (items: string, channel = '<title>站</title><link>https://example.org/</link><description>说明</description>') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
const good =
  '<title>关于</title><link>https://example.org/about/</link><guid isPermaLink="true">https://example.org/about/</guid><pubDate>Sat, 28 Nov 2026 00:00:00 +0800</pubDate>';
const files = (xml: string) => ({ 'index.html': home, 'about/index.html': page('/about/'), 'rss.xml': xml });

describe('RSS check', () => {
  it('accepts a valid RSS 2.0 feed whose items lead to built pages', async () => {
    expect(await run(rss, files(feed(item(good) + item(good))))).toEqual([]);
  });

  it('reports a channel without a description and an item without guid or RFC 822 date', async () => {
    const bad = item('<title>关于</title><link>https://example.org/about/</link><pubDate>2026-11-28</pubDate>');
    expect(await run(rss, files(feed(bad, '<title>站</title><link>https://example.org/</link>')))).toEqual([
      'rss.xml: <channel> has no <description>',
      'rss.xml: item 1 (关于) has no <guid>',
      'rss.xml: item 1 (关于): <pubDate> "2026-11-28" is not an RFC 822 date (e.g. "Sat, 28 Nov 2026 00:00:00 +0800")',
    ]);
  });

  it('reports an item linking to a page that is not built, and a feed that is not RSS 2.0', async () => {
    const xml = feed(item(good.replace(/\/about\//g, '/gone/'))).replace('version="2.0"', 'version="0.91"');
    expect(await run(rss, files(xml))).toEqual([
      'rss.xml: <rss version="0.91">, expected version="2.0"',
      'rss.xml: item 1 (关于): <link> https://example.org/gone/ is not a built page',
    ]);
  });

  it('reports an advertised feed missing from the build', async () => {
    expect(await run(rss, { 'index.html': home })).toEqual(['index.html: advertises the feed /rss.xml, which is not in the build']);
  });

  it.each([
    ['Sat, 28 Nov 2026 00:00:00 +0800', true],
    ['28 Nov 2026 08:30 GMT', true],
    ['2026-11-28T00:00:00+08:00', false],
    ['Sat, 31 Foo 2026 00:00:00 +0800', false],
  ])('knows whether "%s" is an RFC 822 date', (date, ok) => {
    expect(isRfc822(date)).toBe(ok);
  });
});
