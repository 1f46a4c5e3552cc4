import { describe, expect, it } from 'vitest';
import { excerptOf, prepareResults, preparedWordFor, preparedWords, relevance } from '../../src/lib/search-prepared.ts';
import type { PagefindFragment } from '../../src/lib/search-fallback.ts';
import type { SynonymGroup } from '../../src/lib/search-synonyms.ts';
import { createHash } from 'node:crypto';
import { fillPreparedPage, inlineStylesheets, resultHtml } from '../../src/integrations/search-prepared-pages.ts';

const GROUPS: SynonymGroup[] = [
  { formal: '家庭暴力', aliases: ['家暴', '被打'] },
  { formal: '抚养费', aliases: ['孩子生活费'] },
  { formal: '彩礼', aliases: ['聘礼'] },
];

const page = (url: string, title: string, content: string, extra: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url,
  content,
  meta: { title, ...(extra.meta ?? {}) },
  filters: extra.filters ?? { 类型: ['普法园地'] },
});

describe('the prepared words', () => {
  it('are the synonym list’s formal terms, in its order', () => {
    expect(preparedWords(GROUPS)).toEqual(['家庭暴力', '抚养费', '彩礼']);
  });

  it.each([
    ['抚养费', '抚养费'],
    ['孩子生活费', '抚养费'],
    [' 家暴 ', '家庭暴力'],
    ['离婚', undefined],
    ['', undefined],
  ])('query %j leads to %j', (q, word) => {
    expect(preparedWordFor(q, GROUPS)).toBe(word);
  });
});

describe('ranking at build time', () => {
  it('scores a page only when it has every word of the query, the title counting most', () => {
    expect(relevance('离婚', '夫妻离婚', '抚养费')).toBe(0);
    expect(relevance('抚养费怎么算', '抚养费', '抚养费')).toBeGreaterThan(relevance('离婚', '抚养费', '抚养费'));
  });

  it('lists whole-word hits only (彩礼 never brings 礼貌), reader pages above staff pages at equal relevance', () => {
    const fragments = [
      page('/polite/', '礼貌', '接待群众要有礼貌'),
      page('/staff/', '强制报告', '发现家庭暴力要报告', { meta: { title: '强制报告', audience: 'staff' } }),
      page('/reader/', '遭遇家暴', '发现家庭暴力要报告'),
      page('/gift/', '彩礼能要回吗', '彩礼可以要回'),
    ];
    expect(prepareResults(fragments, '彩礼', GROUPS).results.map((r) => r.url)).toEqual(['/gift/']);
    expect(prepareResults(fragments, '家庭暴力', GROUPS).results.map((r) => r.url)).toEqual(['/reader/', '/staff/']);
  });

  it('counts every hit and lists at most the limit, with type, date and a marked excerpt', () => {
    const fragments = Array.from({ length: 5 }, (_, i) =>
      page(`/p${i}/`, `第${i}篇`, `说明抚养费怎么算 ${'抚养费 '.repeat(i)}`, { meta: { title: `第${i}篇`, date: '2026-11-02' } }),
    );
    const out = prepareResults(fragments, '抚养费', GROUPS, 3);
    expect(out.total).toBe(5);
    expect(out.results).toHaveLength(3);
    expect(out.results[0]).toMatchObject({ url: '/p4/', type: '普法园地', date: '2026-11-02' });
    expect(out.results[0]!.excerpt).toContain('<mark>抚养费</mark>');
  });

  it('escapes the excerpt and cuts it around the first match', () => {
    const text = `${'前'.repeat(40)}<b>抚养费</b>${'后'.repeat(80)}`;
    const html = excerptOf(text, ['抚养费'], 5);
    expect(html).toBe('…前前&lt;b&gt;<mark>抚养费</mark>&lt;/b&gt;后后后…');
  });
});

describe('filling a prepared page', () => {
  const shell =
    '<main><p class="mt-4" data-prepared-status></p><ol class="mt-3 grid gap-3" data-prepared-results></ol><p class="mt-3" hidden data-prepared-all></p></main>';
  const result = { url: '/a/', title: '抚养费 & 探望', type: '普法园地', date: '2026-11-02', excerpt: '<mark>抚养费</mark>' };

  it('writes the results as the search page shows them, the count, and no "all results" link when all are listed', () => {
    const html = fillPreparedPage(shell, '抚养费', { total: 1, results: [result] });
    expect(html).toContain('data-prepared-status>本站有 1 个页面写到这个词或它的常见说法。</p>');
    expect(html).toContain(resultHtml(result));
    expect(resultHtml(result)).toContain('<a href="/a/">抚养费 &amp; 探望</a>');
    expect(resultHtml(result)).toContain('普法园地 · 2026年11月2日');
    expect(html).not.toContain('data-prepared-all');
  });

  it('links to the full search when it lists only the best ones, and says when nothing was found', () => {
    const many = fillPreparedPage(shell, '抚养费', { total: 30, results: [result] });
    expect(many).toContain('本站有 30 个页面写到这个词或它的常见说法，这里列出最相关的 1 个。');
    expect(many).toContain(`<a href="/search/?q=${encodeURIComponent('抚养费')}">`);
    expect(fillPreparedPage(shell, '抚养费', { total: 0, results: [] })).toContain('没有找到与“抚养费”相关的内容。');
  });

  it('names the file when the page template lost a placeholder', () => {
    expect(() => fillPreparedPage('<main></main>', '抚养费', { total: 0, results: [] }, 'dist/search/抚养费/index.html')).toThrow(
      /dist\/search\/抚养费\/index.html: .*data-prepared-status/,
    );
  });
});

describe('inlining the stylesheet of a prepared page', () => {
  const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-old='; script-src 'self'"><link rel="stylesheet" href="/_astro/a.css"></head>`;
  const css = '.card{border:1px solid}';

  it('replaces the link with a <style> and adds its hash to the page’s style-src', () => {
    const html = inlineStylesheets(page, () => css);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(html).toContain(`<style>${css}</style>`);
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain(`style-src 'self' 'sha256-old=' 'sha256-${hash}'; script-src 'self'`);
  });

  it('leaves a page without stylesheet links alone, and refuses a page whose CSP has no style-src', () => {
    expect(inlineStylesheets('<p>x</p>', () => css)).toBe('<p>x</p>');
    expect(() => inlineStylesheets('<link rel="stylesheet" href="/_astro/a.css">', () => css, 'dist/x.html')).toThrow(/dist\/x.html: no style-src/);
  });
});
