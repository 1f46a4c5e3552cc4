/** Query helpers for search: spotting a reader in danger. */

/** Words that suggest the reader may be in danger now (the page then shows 110 and 12338 first). */
export const URGENT_WORDS = ['被打', '救命', '危险', '打我', '杀', '威胁', '跟踪', '家暴', '被关', '不敢回家', '自杀', '求救'];

/** True when the query contains an urgent word. */
export function isUrgentQuery(q: string): boolean {
  return URGENT_WORDS.some((w) => q.includes(w));
}
