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

/**
 * Share of its score a staff-facing page keeps (an article for professionals, such as
 * 强制报告): at equal or near-equal relevance the page written for readers comes first,
 * while a clearly better staff page still ranks above a weak reader page.
 */
export const STAFF_FACTOR = 0.85;

/** Whitespace removed and Latin letters lower-cased, so 12338 / "保护 令" / ABC compare as typed. */
function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * True when `text` contains every space-separated term of at least one of `queries`
 * as written (a whole-word hit). Pagefind also matches pages that share only part of a
 * Chinese word with the query (礼貌 for 彩礼, 性别 for 性侵); those return false.
 */
export function isWholeMatch(text: string, queries: readonly string[]): boolean {
  const hay = normalise(text);
  return queries.some((q) => {
    const terms = q.split(/\s+/).map(normalise).filter(Boolean);
    return terms.length > 0 && terms.every((t) => hay.includes(t));
  });
}

/** True for a query of at most two characters (ignoring spaces), where part-word hits are mostly noise. */
export function isShortQuery(q: string): boolean {
  const chars = [...q.replace(/\s+/g, '')];
  return chars.length > 0 && chars.length <= 2;
}

/** A merged result with what the final ranking needs to know about its page. */
export interface Classified<T> {
  item: T;
  /** Fused relevance (fuseResults). */
  score: number;
  /** The page contains the query (or one of its expansions) as a whole word. */
  whole: boolean;
  /** The page is written for professionals rather than the public. */
  staff: boolean;
}

/**
 * The final order: whole-word hits above part-word ones; within each, relevance with
 * staff-facing pages scaled by STAFF_FACTOR; ties keep the merged order.
 *
 * For a short query (two characters) part-word hits are dropped, also when no page has
 * the whole word: a page sharing one character with 彩礼 (礼貌) is not an answer, and
 * "nothing found" with its suggestions and hotlines serves that reader better.
 */
export function rankMatches<T>(items: readonly Classified<T>[], query: string): T[] {
  const kept = isShortQuery(query) ? items.filter((x) => x.whole) : items;
  return kept
    .map((x, order) => ({ x, order, s: x.score * (x.staff ? STAFF_FACTOR : 1) }))
    .sort((a, b) => Number(b.x.whole) - Number(a.x.whole) || b.s - a.s || a.order - b.order)
    .map(({ x }) => x.item);
}
