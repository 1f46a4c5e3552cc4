import { describe, expect, it } from 'vitest';
import { fuseResults } from '../../src/lib/search-rank.ts';

const ids = (lists: Parameters<typeof fuseResults>[0]) => fuseResults(lists).map((r) => r.item.id);

describe('fuseResults', () => {
  it.each([
    ['one list keeps its order', [{ weight: 1, results: [{ id: 'a', score: 9 }, { id: 'b', score: 3 }] }], ['a', 'b']],
    [
      'lists on different scales are compared after scaling to their best',
      [
        { weight: 1, results: [{ id: 'a', score: 2 }, { id: 'b', score: 1 }] },
        { weight: 1, results: [{ id: 'c', score: 40 }, { id: 'a', score: 10 }] },
      ],
      ['a', 'c', 'b'],
    ],
    [
      'a heavier list wins over the reader’s literal words',
      [
        { weight: 0.8, results: [{ id: 'elder', score: 8 }, { id: 'dv', score: 2 }] },
        { weight: 1, results: [{ id: 'dv', score: 7 }, { id: 'elder', score: 4 }] },
      ],
      ['dv', 'elder'],
    ],
    ['no lists, no results', [], []],
  ] as const)('%s', (_, lists, expected) => expect(ids(lists as never)).toEqual(expected));
  it('returns each page once, with the item from the first list that found it', () => {
    const first = { id: 'a', score: 1, from: 'first' };
    const out = fuseResults([{ weight: 1, results: [first] }, { weight: 1, results: [{ id: 'a', score: 5, from: 'second' }] }]);
    expect(out).toHaveLength(1);
    expect(out[0]!.item).toBe(first);
  });
});
