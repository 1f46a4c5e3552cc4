import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchDataModule } from '../../src/integrations/search-data.ts';
import {
  buildFallbackIndex,
  createFallbackEngine,
  markTerms,
  parseFallbackIndex,
  scorePage,
  type FallbackIndex,
  type FallbackPage,
  type PagefindFragment,
} from '../../src/lib/search-fallback.ts';
import type { SearchState } from '../../src/lib/search-state.ts';
import type { SynonymGroup } from '../../src/lib/search-synonyms.ts';
import { decodeCharPairs } from '../../src/lib/traditional.ts';
import { createRunner } from '../../src/scripts/search-pagefind.ts';

/** The site's own synonyms and Traditional map, as the search page embeds them. */
function siteSearchData(): { t: string; s: SynonymGroup[] } {
  const source = searchDataModule(resolve('content'));
  const json = /export const searchData = (".*");/.exec(source)![1]!;
  return JSON.parse(JSON.parse(json) as string) as { t: string; s: SynonymGroup[] };
}

const page = (p: Partial<FallbackPage> & { u: string; t: string }): FallbackPage => ({ s: '', f: {}, k: [], ...p });

/** Pages shaped like the site's (titles and summaries of the real ones, shortened). */
const INDEX: FallbackIndex = {
  v: 1,
  pages: [
    page({
      u: '/cards/protection-order-checklist/',
      t: '申请人身安全保护令：材料清单',
      s: '去法院申请人身安全保护令前，对照这张清单准备材料。',
      f: { 类型: ['行动卡'] },
    }),
    page({
      u: '/articles/protection-order/',
      t: '人身安全保护令：怎么申请、多久能拿到',
      s: '遭受家暴或者面临家暴危险时，可以请法院发出人身安全保护令。',
      d: '2026-11-04',
      f: { 类型: ['普法园地'], 主题: ['人身安全保护令', '家庭暴力'] },
      k: ['谁可以申请', '家庭暴力'],
    }),
    page({ u: '/articles/manners/', t: '文明礼貌进乡村', s: '讲礼貌，树新风。', d: '2026-11-20', f: { 类型: ['普法园地'] } }),
    page({ u: '/articles/bride-price/', t: '彩礼能要回来吗', s: '婚约财产纠纷<怎么办>。', d: '2026-10-01', f: { 类型: ['普法园地'], 主题: ['婚姻家庭'] } }),
    page({
      u: '/articles/mandatory-report/',
      t: '强制报告：发现家庭暴力怎么办',
      s: '写给学校、医院和村居工作人员。',
      d: '2026-11-25',
      a: 'staff',
      f: { 类型: ['普法园地'], 主题: ['家庭暴力'] },
    }),
  ],
};

const state = (q: string, more: Partial<SearchState> = {}): SearchState => ({ q, sort: 'relevance', filters: {}, ...more });

describe('fallback search, through the search page runner', () => {
  const data = siteSearchData();
  const runner = createRunner(() => Promise.resolve(createFallbackEngine(INDEX)), data, decodeCharPairs(data.t));
  const urls = async (q: string, more?: Partial<SearchState>) => {
    const { results } = await runner.search(q, state(q, more));
    return Promise.all(results.map(async (r) => (await r.data()).url));
  };

  it.each([
    ['保护令', '/articles/protection-order/'],
    ['保護令', '/articles/protection-order/'], // Traditional, through the site's character map
    ['人身安全保护令怎么申请', '/articles/protection-order/'], // question words dropped
    ['家暴', '/articles/protection-order/'], // everyday word: summary has it, 家庭暴力 via synonyms.yaml
    ['彩禮', '/articles/bride-price/'],
  ])('%s finds %s first', async (q, first) => {
    expect((await urls(q))[0]).toBe(first);
  });

  it('the guide for readers ranks above the page for staff on the same words', async () => {
    const found = await urls('家庭暴力');
    expect(found.indexOf('/articles/protection-order/')).toBeLessThan(found.indexOf('/articles/mandatory-report/'));
    expect(found).toContain('/articles/mandatory-report/');
  });

  it('a short query drops pages sharing only part of the word (彩礼 is not 礼貌)', async () => {
    expect(await urls('彩礼')).toEqual(['/articles/bride-price/']);
    expect(await urls('礼物')).toEqual([]);
  });

  it('a longer query also finds pages sharing most of its words, below whole-word ones', async () => {
    const found = await urls('保护令申请书');
    expect(found[0]).toMatch(/protection-order/);
    expect(found).not.toContain('/articles/manners/');
  });

  it('applies filters and the date order', async () => {
    expect(await urls('保护令', { filters: { 类型: ['行动卡'] } })).toEqual(['/cards/protection-order-checklist/']);
    // Newest first (the runner's word-by-word retry adds 婚姻家庭 for 家庭, oldest, last).
    expect(await urls('家庭暴力', { sort: 'date' })).toEqual(['/articles/mandatory-report/', '/articles/protection-order/', '/articles/bride-price/']);
  });

  it('counts filter values as Pagefind does', async () => {
    expect(await runner.filters()).toEqual({ 类型: { 行动卡: 1, 普法园地: 4 }, 主题: { 人身安全保护令: 1, 家庭暴力: 2, 婚姻家庭: 1 } });
  });

  it('gives excerpts as escaped HTML with the words marked', async () => {
    const { results } = await runner.search('彩礼', state('彩礼'));
    expect((await results[0]!.data()).excerpt).toBe('婚约财产纠纷&lt;怎么办&gt;。');
    expect(markTerms('遭受家暴<b>', '家暴')).toBe('遭受<mark>家暴</mark>&lt;b&gt;');
  });
});

describe('scorePage', () => {
  const guide = INDEX.pages[1]!;
  it.each([
    ['保护令', true],
    ['保护令 家暴', true],
    ['保护令 离婚', false], // every term is required
    ['离婚', false],
    ['谁可以申请', true], // a heading
    ['', false],
  ])('%s → match %s', (q, match) => {
    expect(scorePage(guide, q) > 0).toBe(match);
  });
  it('a title hit outweighs a summary hit, a whole word outweighs part of one', () => {
    expect(scorePage(guide, '人身安全保护令')).toBeGreaterThan(scorePage(INDEX.pages[0]!, '面临'));
    expect(scorePage(guide, '保护令')).toBeGreaterThan(scorePage(guide, '保护令申请书'));
  });
});

describe('buildFallbackIndex', () => {
  const fragment = (url: string, headings: string[], content = ''): PagefindFragment => ({
    url,
    content: `正文\u200b${content}`,
    meta: { title: `标题${url}`, summary: '摘要', date: '2026-11-01' },
    filters: { 类型: ['普法园地'] },
    anchors: headings.map((text) => ({ element: 'h2', text })),
  });
  const fragments = [
    fragment('/b/', ['常见问题', '谁可以申请'], '家暴\u200b之后可以申请保护令'),
    fragment('/a/', ['常见问题']),
    fragment('/c/', ['常见问题']),
    fragment('/d/', ['常见问题', '摘要']),
  ];
  const index = buildFallbackIndex(fragments, ['保护令', '家暴', '离婚']);

  it('keeps each page’s own headings and the vocabulary its text uses, sorted by URL', () => {
    expect(index.pages.map((p) => p.u)).toEqual(['/a/', '/b/', '/c/', '/d/']);
    expect(index.pages[1]).toEqual({ u: '/b/', t: '标题/b/', s: '摘要', d: '2026-11-01', f: { 类型: ['普法园地'] }, k: ['谁可以申请', '保护令', '家暴'] });
  });
  it('drops headings every page has and words already in the title or summary', () => {
    expect(index.pages[3]!.k).toEqual([]);
  });
  it('round-trips through JSON and rejects anything else', () => {
    expect(parseFallbackIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
    expect(() => parseFallbackIndex({ pages: [] })).toThrow(/version-1/);
  });
});
