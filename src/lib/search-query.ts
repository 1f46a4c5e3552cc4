/** Query helpers for search: spotting a reader in danger, and turning a typed question into search words. */

/** Words that suggest the reader may be in danger now (the page then shows 110 and 12338 first). */
export const URGENT_WORDS = ['被打', '救命', '危险', '打我', '杀', '威胁', '跟踪', '家暴', '被关', '不敢回家', '自杀', '求救'];

/** True when the query contains an urgent word. */
export function isUrgentQuery(q: string): boolean {
  return URGENT_WORDS.some((w) => q.includes(w));
}

/**
 * Question words removed wherever they occur (longest first): they appear on
 * almost every page, so leaving them in a query only adds noise.
 */
export const QUESTION_PHRASES = [
  '怎么办才好',
  '该怎么办',
  '怎么办',
  '怎么样',
  '怎么',
  '怎样',
  '如何',
  '为什么',
  '什么样',
  '什么',
  '请问',
  '是不是',
  '有没有',
  '能不能',
  '可不可以',
  '可以吗',
  '应该',
  '哪里',
  '去哪',
  '找谁',
  '谁能',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
];

/** Single characters dropped only when they stand alone as a word (了 in 被打了, not in 了解). */
export const FILLER_WORDS = new Set(['了', '的', '我', '我们', '是', '能', '要', '该', '办', '可以', '还', '就', '都', '会']);

const PUNCTUATION = /[\p{P}\p{S}\s]+/gu;
let segmenter: Intl.Segmenter | undefined;

/**
 * Word segments of `text`: Intl.Segmenter where the engine has it (Chromium 87, Safari 14.1,
 * Firefox 125); elsewhere runs separated by spaces, so a query still works, only less tidied.
 */
function segmentsOf(text: string): Array<{ segment: string; isWordLike?: boolean }> {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') {
    return text
      .split(/(\s+)/)
      .filter(Boolean)
      .map((segment) => ({ segment, isWordLike: /\S/.test(segment) }));
  }
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)];
}

/**
 * The words worth searching for in what a reader typed: full-width letters and digits
 * folded (ＮＦＫＣ), punctuation turned into spaces, question words and fillers removed.
 * Falls back to the tidied input when nothing would be left (a query of only 怎么办).
 */
export function coreQuery(raw: string): string {
  const tidy = raw.normalize('NFKC').replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
  if (!tidy) return '';
  let core = tidy;
  for (const p of QUESTION_PHRASES) core = core.split(p).join(' ');
  core = segmentsOf(core)
    .map((s) => (s.isWordLike && FILLER_WORDS.has(s.segment) ? ' ' : s.segment))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  // Re-join CJK runs that the removals split (被打 了 → 被打), keeping real spaces between Latin words and numbers.
  core = core.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
  return core || tidy;
}

/**
 * The words of a query a page must contain for a whole-word match: the query's word-like
 * segments (栀子花服务站 → 栀子花, 服务站), leaving out single characters when longer words exist
 * (the particles and verbs a question is glued with); when the segmenter finds nothing
 * longer (性侵 → 性 + 侵), the space-separated terms as typed, as where it cannot segment.
 */
export function queryWords(q: string): string[] {
  const words = segmentsOf(q.normalize('NFKC'))
    .filter((s) => s.isWordLike !== false && /\S/.test(s.segment))
    .map((s) => s.segment.trim());
  const long = words.filter((w) => [...w].length >= 2 || /^\d+$/.test(w));
  // Nothing longer than one character (性侵 → 性 + 侵): the word is the query itself.
  return long.length ? long : q.split(/\s+/).filter(Boolean);
}

/**
 * Looser queries for when a long question finds (almost) nothing, since Pagefind wants
 * every word on the page: its longer words one by one (two or more characters, or numbers),
 * at most `max` of them, longest first.
 */
export function relaxedQueries(core: string, max = 4): string[] {
  const words = segmentsOf(core)
    .filter((s) => s.isWordLike && ([...s.segment].length >= 2 || /^\d+$/.test(s.segment)))
    .map((s) => s.segment);
  const unique = [...new Set(words)];
  if (unique.length < 2) return [];
  return unique.sort((a, b) => b.length - a.length).slice(0, max);
}
