import { describe, expect, it } from 'vitest';
import { relatedByTopics, relatedForAll } from '../../src/lib/related.ts';

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

describe('relatedForAll', () => {
  /** A seeded pseudo-random corpus with overlapping topic sets, equal dates and ids that sort differently from dates. */
  function corpus(n: number, seed = 7) {
    let s = seed;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const topics = ['dv', 'order', 'land', 'divorce', 'child', 'elder', 'work'];
    return Array.from({ length: n }, (_, i) => ({
      id: `p${(n - i).toString().padStart(4, '0')}`,
      topics: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => topics[Math.floor(rnd() * topics.length)]!))],
      date: `2026-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    }));
  }

  it.each([[5], [60], [400]])('gives every entry exactly what relatedByTopics gives it (%i entries)', (n) => {
    const all = corpus(n);
    const fast = relatedForAll(all);
    for (const e of all) expect(fast.get(e.id)!.map((x) => x.id)).toEqual(relatedByTopics(e, all).map((x) => x.id));
  });

  it('matches the hand-checked example', () => {
    expect(
      relatedForAll(all)
        .get('a')!
        .map((e) => e.id),
    ).toEqual(['b', 'c', 'e']);
    expect(relatedForAll(all).get('d')).toEqual([]);
  });
});
