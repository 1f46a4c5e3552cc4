import { describe, expect, it } from 'vitest';
import { fuseResults, isShortQuery, isWholeMatch, rankMatches } from '../../src/lib/search-rank.ts';

const ids = (lists: Parameters<typeof fuseResults>[0]) => fuseResults(lists).map((r) => r.item.id);

describe('fuseResults', () => {
  it.each([
    [
      'one list keeps its order',
      [
        {
          weight: 1,
          results: [
            { id: 'a', score: 9 },
            { id: 'b', score: 3 },
          ],
        },
      ],
      ['a', 'b'],
    ],
    [
      'lists on different scales are compared after scaling to their best',
      [
        {
          weight: 1,
          results: [
            { id: 'a', score: 2 },
            { id: 'b', score: 1 },
          ],
        },
        {
          weight: 1,
          results: [
            { id: 'c', score: 40 },
            { id: 'a', score: 10 },
          ],
        },
      ],
      ['a', 'c', 'b'],
    ],
    [
      'a heavier list wins over the reader’s literal words',
      [
        {
          weight: 0.8,
          results: [
            { id: 'elder', score: 8 },
            { id: 'dv', score: 2 },
          ],
        },
        {
          weight: 1,
          results: [
            { id: 'dv', score: 7 },
            { id: 'elder', score: 4 },
          ],
        },
      ],
      ['dv', 'elder'],
    ],
    ['no lists, no results', [], []],
  ] as const)('%s', (_, lists, expected) => expect(ids(lists as never)).toEqual(expected));
  it('returns each page once, with the item from the first list that found it', () => {
    const first = { id: 'a', score: 1, from: 'first' };
    const out = fuseResults([
      { weight: 1, results: [first] },
      { weight: 1, results: [{ id: 'a', score: 5, from: 'second' }] },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.item).toBe(first);
  });
});

describe('isWholeMatch', () => {
  it.each([
    ['彩礼 finds a page about 彩礼', '结婚时给的彩礼，离婚时能不能要回来', ['彩礼'], true],
    ['彩礼 is not found in a page that only says 礼貌', '对待来访群众要有礼貌', ['彩礼'], false],
    ['性侵 is not found in a page that only says 性别', '不得因性别拒绝录用', ['性侵'], false],
    ['an expansion counts: 家暴 → 家庭暴力', '家庭暴力不是家务事', ['家暴', '家庭暴力'], true],
    ['every term of a spaced query must appear', '离婚后的财产怎么分', ['离婚 财产'], true],
    ['one missing term is a part-word match', '离婚冷静期', ['离婚 财产'], false],
    ['spaces in the page text do not hide a word', '保护 令', ['保护令'], true],
    ['numbers compare as typed', '拨打 12338 求助', ['12338'], true],
    ['no queries, no whole match', '彩礼', [], false],
    ['an unspaced query counts word by word: 栀子花服务站', '“栀子花”妇女儿童权益保护司法协作服务站', ['栀子花服务站'], true],
    ['one word of an unspaced query missing is a part-word match', '社区服务站', ['栀子花服务站'], false],
    ['a word the segmenter splits into single characters stays whole: 性侵 is not 性别 + 侵害', '不得因性别歧视，侵害女职工权益', ['性侵'], false],
  ] as const)('%s', (_, text, queries, expected) => expect(isWholeMatch(text, queries)).toBe(expected));
});

describe('isShortQuery', () => {
  it.each([
    ['彩礼', true],
    ['礼', true],
    ['保护令', false],
    [' 性侵 ', true],
    ['', false],
  ] as const)('%s → %s', (q, expected) => expect(isShortQuery(q)).toBe(expected));
});

describe('rankMatches', () => {
  const hit = (item: string, score: number, whole = true, staff = false) => ({ item, score, whole, staff });
  it.each([
    ['a whole-word hit outranks a stronger part-word hit', '家庭暴力', [hit('part', 1, false), hit('whole', 0.4)], ['whole', 'part']],
    ['for a two-character query part-word hits go when a whole-word hit exists', '彩礼', [hit('礼貌', 1, false), hit('彩礼', 0.3)], ['彩礼']],
    ['for a two-character query with no whole-word hit nothing is left (彩礼 never lists 礼貌)', '彩礼', [hit('礼貌', 1, false), hit('礼物', 0.5, false)], []],
    ['a longer query keeps its part-word hits, below the whole ones', '人身安全保护令', [hit('part', 1, false), hit('whole', 0.2)], ['whole', 'part']],
    ['at equal relevance the reader-facing page comes first', '强制报告', [hit('staff', 1, true, true), hit('reader', 1)], ['reader', 'staff']],
    ['at near-equal relevance too', '强制报告', [hit('staff', 1, true, true), hit('reader', 0.9)], ['reader', 'staff']],
    ['a clearly better staff-facing page still comes first', '强制报告', [hit('staff', 1, true, true), hit('reader', 0.5)], ['staff', 'reader']],
    ['ties keep the merged order', '保护令', [hit('a', 1), hit('b', 1), hit('c', 1)], ['a', 'b', 'c']],
  ] as const)('%s', (_, q, items, expected) => expect(rankMatches(items, q)).toEqual(expected));
});
