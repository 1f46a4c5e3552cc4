/**
 * Build-time half of the Traditional → Simplified search support: picks, from a
 * converter (OpenCC in practice), the character pairs the search page must ship.
 * Kept free of the OpenCC import so it stays pure and testable; the caller passes
 * the converters in.
 */
import type { CharMap } from './traditional.ts';

/** A whole-string converter, e.g. `OpenCC.Converter({ from: 't', to: 'cn' })`. */
export type Convert = (text: string) => string;

/** The CJK ranges worth scanning: Extension A and the Unified Ideographs block. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/** Every Han character (BMP) in `text`. */
export function hanCharacters(text: string): Set<string> {
  return new Set(text.match(/\p{Script=Han}/gu) ?? []);
}

/**
 * Traditional → Simplified pairs whose Simplified side occurs in `keep`
 * (the site's own characters). Each converter is run once over every candidate
 * character, one per line, so phrase rules cannot join neighbours.
 */
export function buildTraditionalPairs(converters: readonly Convert[], keep: ReadonlySet<string>): CharMap {
  const candidates: string[] = [];
  for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) candidates.push(String.fromCodePoint(cp));
  const map = new Map<string, string>();
  for (const convert of converters) {
    const out = convert(candidates.join('\n')).split('\n');
    if (out.length !== candidates.length) continue; // a converter that merged lines is not trusted
    candidates.forEach((t, i) => {
      const s = out[i]!;
      if (s !== t && [...s].length === 1 && keep.has(s) && !map.has(t)) map.set(t, s);
    });
  }
  return map;
}
