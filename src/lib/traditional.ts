/**
 * Traditional → Simplified for search queries, with a compact character map.
 *
 * The map is built at build time (see `buildTraditionalPairs` in traditional-map.ts)
 * from OpenCC's dictionaries, restricted to Simplified characters that occur in the
 * site's own text: a Traditional character whose Simplified form never appears on the
 * site could not match anything anyway. It ships as one string of pairs
 * ("護护國国…": Traditional, then Simplified), which gzips to a few kilobytes.
 */

/** A decoded map: Traditional character → Simplified character. */
export type CharMap = ReadonlyMap<string, string>;

/** Decodes a pair string ("護护國国…") into a map. Odd trailing characters are ignored. */
export function decodeCharPairs(pairs: string): CharMap {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** Encodes a map as a pair string, sorted so the output is stable between builds. */
export function encodeCharPairs(map: CharMap): string {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');
}

/** Rewrites every character found in `map` to its Simplified form; the rest is left alone. */
export function toSimplified(text: string, map: CharMap): string {
  if (map.size === 0) return text;
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
