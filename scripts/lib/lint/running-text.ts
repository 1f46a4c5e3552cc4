/**
 * Running text for the plain-language rules: the prose mask of the body with
 * LawQuote blocks, headings and table rows blanked (and, on request, the
 * “## 法律依据” section), split into sentences with their offsets.
 */
import type { SourceFile } from './types.ts';
import { findHeadings } from './markdown.ts';

/** The heading of the section where citations belong, at the end of a page. */
export const LAW_BASIS_HEADING = '法律依据';

/** A sentence of running text, as offsets into the original file. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Blanks [start, end) of a char array, keeping newlines. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = Math.max(0, start); i < end && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/**
 * Where the “## 法律依据” section is: from its heading to the next level-2
 * heading (a 相关文章 list may follow it) or the end of the page.
 */
export function lawBasisRange(file: SourceFile): { start: number; end: number } | undefined {
  const h2 = findHeadings(file).filter((h) => h.level === 2);
  const i = h2.findIndex((h) => h.text.trim() === LAW_BASIS_HEADING);
  if (i < 0) return undefined;
  return { start: h2[i]!.at, end: h2[i + 1]?.at ?? file.prose.length };
}

/** The body's prose with quotes, headings and tables blanked. */
export function runningText(file: SourceFile, options: { withoutLawBasis?: boolean } = {}): string {
  if (file.kind === 'yaml') return '';
  const chars = [...file.prose];
  blank(chars, 0, file.bodyStart);
  for (const m of file.markup.matchAll(/<LawQuote\b[\s\S]*?<\/LawQuote>/g)) blank(chars, m.index, m.index + m[0].length);
  for (const h of findHeadings(file)) blank(chars, h.at, h.end);
  for (const m of file.markup.slice(file.bodyStart).matchAll(/^[ \t]*\|.*$/gm)) blank(chars, file.bodyStart + m.index, file.bodyStart + m.index + m[0].length);
  if (options.withoutLawBasis) {
    const range = lawBasisRange(file);
    if (range) blank(chars, range.start, range.end);
  }
  return chars.join('');
}

/**
 * Splits running text into sentences at 。！？；…, line breaks and wide gaps
 * (≥ 3 blanks: where tag syntax or a link target was masked).
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^。！？；!?\n]+?(?=[。！？；!?\n]| {3,}|$)/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  return out;
}

/** Number of Chinese (Han) characters in a string. */
export function hanCount(s: string): number {
  return (s.match(/\p{Script=Han}/gu) ?? []).length;
}
