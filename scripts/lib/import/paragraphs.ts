/**
 * Paragraph structure for imported text. Copying from a news page or a Word
 * export often loses paragraph breaks, gluing the next section's 一、 or
 * （一） or a date line onto the previous sentence; very long paragraphs are
 * hard to read on a phone. Splits happen only after a sentence end and never
 * inside a quotation “…”, so quoted words stay exactly as they were.
 */

const NUM = '[一二三四五六七八九十百]+';
/** A new topic: 一、 （一） 1、 第一， or a date at the start of a sentence. */
const TOPIC_START = new RegExp(
  `^(?:${NUM}、|（${NUM}）|\\d{1,2}[、．]|第${NUM}[，、是：]|\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?|(?:今年|去年)?\\d{1,2}月\\d{1,2}日)`,
);
const SENTENCE_END = /[。！？；]/;
const CLOSERS = '”’」』）)';

/** A heading paragraph: 一、活动背景 or （一）申请条件 — short and without a sentence end. */
export function headingMarker(p: string): 'major' | 'minor' | undefined {
  if (p.length > 30 || /[。！？；，]/.test(p.slice(0, -1)) || /[。！？；，]$/.test(p)) return undefined;
  if (new RegExp(`^${NUM}、\\S`).test(p)) return 'major';
  if (new RegExp(`^（${NUM}）\\S`).test(p)) return 'minor';
  return undefined;
}

/**
 * Offsets just after each sentence end that lies outside quotation marks,
 * including closing quotes/brackets directly after it (……。” ends there).
 */
export function sentenceBreaks(p: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '“' || c === '「' || c === '『') depth++;
    else if ((c === '”' || c === '」' || c === '』') && depth > 0) depth--;
    if (!SENTENCE_END.test(c)) continue;
    let j = i + 1;
    // A sentence end inside a quotation ends where the quotation closes.
    while (j < p.length && CLOSERS.includes(p[j]!)) {
      if ('”」』'.includes(p[j]!) && depth > 0) depth--;
      j++;
    }
    if (depth === 0 && j < p.length) out.push(j);
    i = j - 1;
  }
  return out;
}

/** Splits a paragraph where a new topic was glued onto the previous sentence. */
export function splitRunTogether(p: string): string[] {
  const cuts = sentenceBreaks(p).filter((at) => TOPIC_START.test(p.slice(at)));
  return cutAt(p, cuts);
}

/** Paragraphs longer than this are split at sentence ends. */
export const LONG_PARAGRAPH = 260;
const TARGET = 160;
const MIN_PIECE = 60;

/** Splits a long paragraph into pieces of about TARGET characters, at sentence ends outside quotations. */
export function splitLong(p: string, max = LONG_PARAGRAPH): string[] {
  if (p.length <= max) return [p];
  const cuts: number[] = [];
  let last = 0;
  for (const at of sentenceBreaks(p)) {
    if (at - last >= TARGET && p.length - at >= MIN_PIECE) {
      cuts.push(at);
      last = at;
    }
  }
  return cutAt(p, cuts);
}

function cutAt(p: string, cuts: number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const at of cuts) {
    out.push(p.slice(from, at).trim());
    from = at;
  }
  out.push(p.slice(from).trim());
  return out.filter(Boolean);
}
