/**
 * Related entries by shared topics: more shared topics first, then newer first.
 * Works on plain objects so it can be unit-tested without Astro.
 */
export interface Relatable {
  id: string;
  topics: readonly string[];
  date: string;
}

/** Plain code-unit order: ISO dates and ASCII ids sort correctly, and it is far cheaper than localeCompare. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const better = <T extends Relatable>(x: { e: T; shared: number }, y: { e: T; shared: number }): number =>
  y.shared - x.shared || cmp(y.e.date, x.e.date) || cmp(x.e.id, y.e.id);

/** Up to `limit` entries sharing at least one topic with `current`, best match first. */
export function relatedByTopics<T extends Relatable>(current: Relatable, all: readonly T[], limit = 3): T[] {
  const mine = new Set(current.topics);
  return all
    .filter((e) => e.id !== current.id)
    .map((e) => ({ e, shared: e.topics.filter((x) => mine.has(x)).length }))
    .filter((x) => x.shared > 0)
    .sort(better)
    .slice(0, limit)
    .map((x) => x.e);
}

/**
 * `relatedByTopics` for every entry at once, in time linear in the number of
 * entries: entries are grouped by their exact set of topics (a few hundred
 * sets at most), each group keeps only its best `limit + 1` members, and each
 * entry picks from those. Same result as calling `relatedByTopics` per entry,
 * which is quadratic and dominated a 10,000-article build.
 */
export function relatedForAll<T extends Relatable>(all: readonly T[], limit = 3): Map<string, T[]> {
  const groups = new Map<string, { topics: Set<string>; members: T[] }>();
  for (const e of all) {
    const key = [...new Set(e.topics)].sort().join('\u0000');
    const g = groups.get(key) ?? { topics: new Set(e.topics), members: [] };
    g.members.push(e);
    groups.set(key, g);
  }
  // One extra member per group, in case the best one is the entry itself.
  const heads = [...groups.values()].map((g) => ({
    topics: g.topics,
    best: g.members.sort((a, b) => better({ e: a, shared: 0 }, { e: b, shared: 0 })).slice(0, limit + 1),
  }));
  const out = new Map<string, T[]>();
  for (const e of all) {
    const mine = new Set(e.topics);
    const candidates: { e: T; shared: number }[] = [];
    for (const h of heads) {
      let shared = 0;
      for (const x of h.topics) if (mine.has(x)) shared++;
      if (shared === 0) continue;
      for (const c of h.best) if (c.id !== e.id) candidates.push({ e: c, shared });
    }
    out.set(
      e.id,
      candidates
        .sort(better)
        .slice(0, limit)
        .map((x) => x.e),
    );
  }
  return out;
}
