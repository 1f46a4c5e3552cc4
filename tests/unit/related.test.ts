import { describe, expect, it } from 'vitest';
import { neighbours, relatedByTopics } from '../../src/lib/related.ts';

const all = [
  { id: 'a', topics: ['dv', 'order'], date: '2026-01-01' },
  { id: 'b', topics: ['dv', 'order'], date: '2026-02-01' },
  { id: 'c', topics: ['dv'], date: '2026-03-01' },
  { id: 'd', topics: ['land'], date: '2026-04-01' },
  { id: 'e', topics: ['order'], date: '2026-01-15' },
];

describe('relatedByTopics', () => {
  it('ranks by shared topics, then newest, and never includes the page itself or unrelated pages', () => {
    expect(relatedByTopics(all[0]!, all).map((e) => e.id)).toEqual(['b', 'c', 'e']);
  });
  it('respects the limit', () => {
    expect(relatedByTopics(all[0]!, all, 1).map((e) => e.id)).toEqual(['b']);
  });
  it('returns nothing when no topic is shared', () => {
    expect(relatedByTopics(all[3]!, all)).toEqual([]);
  });
});

describe('neighbours', () => {
  it.each([
    ['a', undefined, 'b'],
    ['c', 'b', 'd'],
    ['e', 'd', undefined],
  ])('around %s: prev %s, next %s', (id, prev, next) => {
    const n = neighbours(all, id);
    expect(n.prev?.id).toBe(prev);
    expect(n.next?.id).toBe(next);
  });
  it('is empty for an unknown id', () => {
    expect(neighbours(all, 'zz')).toEqual({});
  });
});
