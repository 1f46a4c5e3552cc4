// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createRunner, FIRST_RANK, RANK_DEPTH, type Pagefind, type PagefindResultData } from '../../src/scripts/search-pagefind.ts';
import type { SearchState } from '../../src/lib/search-state.ts';

interface Page {
  id: string;
  content: string;
  date?: string;
  audience?: string;
}

/**
 * A Pagefind stand-in: a query matches a page when the page has any of the query's
 * characters (as loosely as Pagefind's Chinese segmentation can), scored by how many.
 */
function fakePagefind(pages: Page[]) {
  const fetched = new Map<string, number>();
  const searches: (string | null)[] = [];
  const result = (p: Page, score: number) => ({
    id: p.id,
    score,
    data: async (): Promise<PagefindResultData> => {
      fetched.set(p.id, (fetched.get(p.id) ?? 0) + 1);
      return {
        url: `/${p.id}/`,
        excerpt: p.content,
        content: p.content,
        meta: { title: p.id, ...(p.date ? { date: p.date } : {}), ...(p.audience ? { audience: p.audience } : {}) },
      };
    },
  });
  const pf: Pagefind = {
    init: async () => {},
    options: async () => {},
    preload: async () => {},
    filters: async () => ({}),
    search: async (q, o) => {
      searches.push(q);
      if (q === null) {
        const dated = [...pages].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
        return { results: o?.sort ? dated.map((p) => result(p, 1)) : [] };
      }
      const chars = [...q.replace(/\s/g, '')];
      return {
        results: pages
          .map((p) => result(p, chars.filter((c) => p.content.includes(c)).length + (p.content.includes(q) ? 0.5 : 0)))
          .filter((r) => r.score > 0)
          .sort((a, b) => b.score - a.score),
      };
    },
  };
  return { pf, fetched, searches };
}

const state = (q: string, extra: Partial<SearchState> = {}): SearchState => ({ q, sort: 'relevance', filters: {}, ...extra });
const ids = async (run: ReturnType<typeof createRunner>, q: string, extra: Partial<SearchState> = {}) =>
  Promise.all((await run.search(q, state(q, extra))).results.map(async (h) => (await h.data()).url));

describe('the Pagefind runner', () => {
  it('drops part-word hits for a two-character query: 性侵 never lists a page that only says 性别', async () => {
    const { pf } = fakePagefind([
      { id: 'gender', content: '不得因性别拒绝录用，性别歧视违法' },
      { id: 'assault', content: '孩子遭受性侵，要马上报警' },
    ]);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    expect(await ids(run, '性侵')).toEqual(['/assault/']);
  });

  it('彩礼 with no page about 彩礼 finds nothing rather than 礼貌', async () => {
    const { pf } = fakePagefind([{ id: 'polite', content: '接待群众要有礼貌' }]);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    expect(await ids(run, '彩礼')).toEqual([]);
  });

  it('ranks whole-word hits above part-word ones for longer queries, keeping both', async () => {
    const { pf } = fakePagefind([
      { id: 'loose', content: '人身安全很重要，保护自己，令人担心' },
      { id: 'order', content: '可以申请人身安全保护令' },
    ]);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    expect(await ids(run, '人身安全保护令')).toEqual(['/order/', '/loose/']);
  });

  it('puts the reader-facing page above a staff-facing one at equal relevance', async () => {
    const { pf } = fakePagefind([
      { id: 'staff', content: '发现家暴要强制报告', audience: 'staff' },
      { id: 'reader', content: '遭遇家暴怎么办' },
    ]);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    expect(await ids(run, '家暴')).toEqual(['/reader/', '/staff/']);
  });

  it('runs the synonym expansions and counts their words as whole-word hits', async () => {
    const { pf, searches } = fakePagefind([{ id: 'dv', content: '家庭暴力不是家务事' }]);
    const run = createRunner(async () => pf, { s: [{ formal: '家庭暴力', aliases: ['家暴'] }] }, new Map());
    const out = await run.search('家暴', state('家暴'));
    expect(out.variants.map((v) => v.q)).toEqual(['家暴', '家庭暴力']);
    expect(searches).toEqual(['家暴', '家庭暴力']);
    expect(await Promise.all(out.results.map(async (h) => (await h.data()).url))).toEqual(['/dv/']);
  });

  it('reads Traditional characters as Simplified', async () => {
    const { pf, searches } = fakePagefind([{ id: 'order', content: '保护令' }]);
    const run = createRunner(async () => pf, { s: [] }, new Map([['護', '护']]));
    await run.search('保護令', state('保護令'));
    expect(searches).toEqual(['保护令']);
  });

  it('sorts by date when asked, newest first', async () => {
    const { pf } = fakePagefind([
      { id: 'old', content: '保护令 保护令', date: '2025-01-01' },
      { id: 'new', content: '保护令', date: '2026-10-01' },
    ]);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    expect(await ids(run, '保护令', { sort: 'date' })).toEqual(['/new/', '/old/']);
  });

  it(`fetches each fragment once, however often it is shown, and no more than ${RANK_DEPTH} to rank`, async () => {
    const many = Array.from({ length: RANK_DEPTH + 5 }, (_, i) => ({ id: `p${i}`, content: `保护令 第${i}篇` }));
    const { pf, fetched } = fakePagefind(many);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    const out = await run.search('保护令', state('保护令'));
    expect(out.results).toHaveLength(RANK_DEPTH + 5);
    expect(fetched.size).toBe(RANK_DEPTH);
    await out.results[0]!.data();
    expect(Math.max(...fetched.values())).toBe(1);
  });

  it(`shows first, ranks after: the whole-word hits among the first ${FIRST_RANK} arrive after only their fragments`, async () => {
    // Pagefind's order: a part-word hit first, then whole-word hits, more than FIRST_RANK pages in all.
    const pages = [
      { id: 'loose', content: '养老、抚慰和费用' },
      ...Array.from({ length: FIRST_RANK + 5 }, (_, i) => ({ id: `p${i}`, content: `抚养费 第${i}篇` })),
    ];
    const { pf, fetched } = fakePagefind(pages);
    // Pagefind scores the part-word page highest (as it may, by word frequency).
    const search = pf.search;
    pf.search = async (q, o) => ({ results: (await search(q, o)).results.map((r) => (r.id === 'loose' ? { ...r, score: 100 } : r)) });
    const run = createRunner(async () => pf, { s: [] }, new Map());
    let early: string[] = [];
    let fetchedEarly = 0;
    const out = await run.search('抚养费', state('抚养费'), (first) => {
      fetchedEarly = fetched.size;
      early = first.map((h) => h.id);
    });
    expect(fetchedEarly).toBe(FIRST_RANK);
    expect(early).toHaveLength(FIRST_RANK - 1);
    expect(early).not.toContain('loose');
    const all = out.results.map((h) => h.id);
    // The final list starts with what was shown, has every other whole-word hit next and the part-word hit last.
    expect(all.slice(0, early.length)).toEqual(early);
    expect(all).toHaveLength(pages.length);
    expect(all.at(-1)).toBe('loose');
  });

  it('fetches no fragment of the rest until the first results are shown (onFirst has settled)', async () => {
    const many = Array.from({ length: FIRST_RANK + 5 }, (_, i) => ({ id: `p${i}`, content: `保护令 第${i}篇` }));
    const { pf, fetched } = fakePagefind(many);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    let release!: () => void;
    let shown = 0;
    const pending = run.search('保护令', state('保护令'), (first) => {
      shown = first.length;
      return new Promise<void>((resolve) => (release = resolve));
    });
    await vi.waitFor(() => expect(shown).toBe(FIRST_RANK));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetched.size).toBe(FIRST_RANK);
    release();
    expect((await pending).results).toHaveLength(FIRST_RANK + 5);
    expect(fetched.size).toBe(FIRST_RANK + 5);
  });

  it('shows nothing early when sorting by date, so the dates stay in order', async () => {
    const { pf } = fakePagefind([{ id: 'a', content: '保护令', date: '2026-01-01' }]);
    const run = createRunner(async () => pf, { s: [] }, new Map());
    const onFirst = vi.fn();
    await run.search('保护令', state('保护令', { sort: 'date' }), onFirst);
    expect(onFirst).not.toHaveBeenCalled();
  });

  it('a failed engine load rejects, so the page can say search is unavailable', async () => {
    const run = createRunner(() => Promise.reject(new Error('offline')), { s: [] }, new Map());
    await expect(run.search('保护令', state('保护令'))).rejects.toThrow('offline');
  });

  it('preloads what is typed, as the engine will see it', async () => {
    const { pf } = fakePagefind([]);
    const preload = vi.spyOn(pf, 'preload');
    const run = createRunner(async () => pf, { s: [] }, new Map());
    run.preload('怎么申请保护令');
    await vi.waitFor(() => expect(preload).toHaveBeenCalledWith('申请保护令'));
  });
});
