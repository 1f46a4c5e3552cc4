import { describe, expect, it } from 'vitest';
import { articleJsonLd } from '../../src/lib/structured-data.ts';
import { site } from '../../src/site.config.ts';

describe('articleJsonLd', () => {
  const ld = articleJsonLd({ url: 'https://x.gov.cn/articles/a/', title: '标题', summary: '摘要', published: '2026-11-20', topics: ['家庭暴力'] });
  it('carries the fields search engines require for an Article, dated in +08:00', () => {
    expect(ld['@type']).toBe('Article');
    expect(ld.headline).toBe('标题');
    expect(ld.datePublished).toBe('2026-11-20T00:00:00+08:00');
    expect(ld.dateModified).toBe('2026-11-20T00:00:00+08:00');
    expect(ld.author.name).toBe(site.name);
    expect(ld.inLanguage).toBe('zh-CN');
  });
  it('uses the update date when there is one', () => {
    expect(articleJsonLd({ url: 'u', title: 't', summary: 's', published: '2026-01-01', modified: '2026-02-01' }).dateModified).toBe(
      '2026-02-01T00:00:00+08:00',
    );
  });
});
