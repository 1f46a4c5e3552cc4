/**
 * Splits long lists into pages at stable URLs: page 1 is the list's own
 * address, page n is `routes.pageOf(base, n)`. Pure, so the routes stay thin.
 */

/** Entries per list page: short enough for a slow phone, long enough to browse. */
export const PAGE_SIZE = 20;

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function chunk<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk: page size ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Page numbers to show around `current`: first, last, and two either side, with gaps as null. */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const list = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  list.forEach((n, i) => {
    if (i > 0 && n - list[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}
