/**
 * Merging the results of several queries (the reader's and its synonym expansions)
 * into one ranked list. Pagefind's scores are not comparable between queries, so each
 * list is scaled to its own best score first and weighted; a page keeps its best score
 * from any list, plus a small share of the others, so a page found by several forms of
 * the question breaks ties upward without a loose match outranking a strong one.
 */

/** Share of a page's other (non-best) scores added to its best one. */
export const OTHER_LISTS_SHARE = 0.1;

/** One ranked result as Pagefind returns it (only what ranking needs). */
export interface Scored {
  id: string;
  score: number;
}

/** The results of one query and how much they count. */
export interface WeightedList<T extends Scored> {
  weight: number;
  results: readonly T[];
}

/** Merges the lists by page id, best fused score first; ties keep the earlier list's order. */
export function fuseResults<T extends Scored>(lists: readonly WeightedList<T>[]): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; max: number; sum: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    const best = Math.max(0, ...list.results.map((r) => r.score));
    for (const r of list.results) {
      const part = list.weight * (best > 0 ? r.score / best : 1);
      const prev = fused.get(r.id);
      if (prev) {
        prev.max = Math.max(prev.max, part);
        prev.sum += part;
      } else fused.set(r.id, { item: r, max: part, sum: part, order: order++ });
    }
  }
  return [...fused.values()]
    .map(({ item, max, sum, order: o }) => ({ item, score: max + OTHER_LISTS_SHARE * (sum - max), order: o }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item, score }) => ({ item, score }));
}
