/**
 * Related entries by shared topics: more shared topics first, then newer first.
 * Works on plain objects so it can be unit-tested without Astro.
 */
export interface Relatable {
  id: string;
  topics: readonly string[];
  date: string;
}

/** Up to `limit` entries sharing at least one topic with `current`, best match first. */
export function relatedByTopics<T extends Relatable>(current: Relatable, all: readonly T[], limit = 3): T[] {
  const mine = new Set(current.topics);
  return all
    .filter((e) => e.id !== current.id)
    .map((e) => ({ e, shared: e.topics.filter((x) => mine.has(x)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.e.date.localeCompare(a.e.date) || a.e.id.localeCompare(b.e.id))
    .slice(0, limit)
    .map((x) => x.e);
}

/** The neighbours of `id` in an ordered list (previous = newer, next = older in a newest-first list). */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { prev?: T | undefined; next?: T | undefined } {
  const i = list.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}
