import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildRss, rfc822 } from '../../src/lib/rss.ts';

describe('rfc822', () => {
  it.each([
    ['2026-11-29', 'Sun, 29 Nov 2026 00:00:00 +0800'],
    ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 +0800'],
    ['2023-03-08', 'Wed, 08 Mar 2023 00:00:00 +0800'],
  ])('%s → %s', (d, expected) => expect(rfc822(d)).toBe(expected));
});

describe('buildRss', () => {
  const xml = buildRss({
    title: '栀子花 & 检察',
    link: 'https://example.gov.cn/',
    selfLink: 'https://example.gov.cn/rss.xml',
    description: '说明 <b>不是标签</b>',
    items: [
      { title: '保护令 "怎么" 申请', link: 'https://example.gov.cn/articles/a/', description: 'A & B', date: '2026-11-20', category: ['普法'] },
      { title: '第二篇', link: 'https://example.gov.cn/articles/b/', description: '二', date: '2026-11-21' },
    ],
  });

  it('is well-formed XML that an independent parser reads back exactly', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.title).toBe('栀子花 & 检察');
    expect(channel.description).toBe('说明 <b>不是标签</b>');
    expect(channel.language).toBe('zh-CN');
    expect(channel.item).toHaveLength(2);
    expect(channel.item[0].title).toBe('保护令 "怎么" 申请');
    expect(channel.item[0].guid['#text']).toBe('https://example.gov.cn/articles/a/');
    expect(channel.item[0].category).toBe('普法');
    expect(channel.lastBuildDate).toBe('Sat, 21 Nov 2026 00:00:00 +0800');
  });
});
