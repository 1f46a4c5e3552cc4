/**
 * File names for new entries: a stable ASCII slug from a Chinese title
 * (pinyin without tones), which becomes the page address. The address must
 * never change after publishing, so the slug is derived once, when the file
 * is created, and a clash gets -2, -3… rather than a different spelling.
 */
import { existsSync, readdirSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { REQUIRED_PAGES, ROUTE_TABLE } from '../../../src/lib/routes.ts';
import { toSimplified } from '../lint/rules/traditional-chars.ts';

/** Longest slug, in characters; cut at a word boundary. */
export const MAX_SLUG_LENGTH = 40;
/** Most syllables/words kept: enough to recognise the title, short enough to read aloud. */
export const MAX_SLUG_WORDS = 8;

/**
 * Turns a title into a lowercase, hyphenated ASCII slug: Chinese as toneless
 * pinyin (ü as v), Latin words and numbers kept, everything else a separator.
 * Returns '' when nothing usable is left (e.g. a title of only punctuation).
 */
export function slugify(title: string): string {
  // Traditional characters first become Simplified, as the lint will make the title.
  const parts = pinyin(toSimplified(title.normalize('NFKC')), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = parts
    .flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean)
    .slice(0, MAX_SLUG_WORDS);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  return slug || (words[0] ?? '').slice(0, MAX_SLUG_LENGTH);
}

/** Top-level addresses a standalone page must not take (they belong to listings and feeds). */
export function reservedPageSlugs(): Set<string> {
  // The chrome links to the required pages, so a new page must not take their names either.
  const out = new Set<string>(['index', 'pagefind', '_astro', ...REQUIRED_PAGES]);
  for (const route of ROUTE_TABLE.map((r) => r.pattern)) {
    const first = route.split('/').filter(Boolean)[0];
    if (first?.startsWith(':')) continue;
    if (first) out.add(first.replace(/\.[a-z]+$/, ''));
  }
  return out;
}

/** Slugs already used in a collection folder, whatever the extension. */
export function existingSlugs(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).map((n) => n.replace(/\.(mdx?|ya?ml)$/i, '')));
}

/** `base`, or `base-2`, `base-3`… — the first one not in `taken`. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
