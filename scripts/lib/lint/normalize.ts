/**
 * The text the privacy rules read: every region of the file that can reach the
 * built page (frontmatter values of any type, code spans, MDX expressions, HTML
 * attributes, comments, link text), normalised so that disguised numbers look
 * like numbers again, with a map back to the original offsets.
 *
 * Normalisation, in this order:
 * 1. NFKC per character: full-width digits and letters (１３８, ＱＱ) become ASCII.
 * 2. Chinese numerals read digit by digit (一三九…, 幺三八, 〇) become digits
 *    when they are part of a run of five or more digits: short ones such as
 *    三栋 or 一二 stay words (the address rule reads those itself).
 * 3. One separator between two digits (space, no-break space, hyphen and dash
 *    variants, dot, middle dot, slash) is dropped, so 138.1234.5678,
 *    1381 234 5678 and 350982-1990… are matched like plain digit runs.
 *
 * Web addresses (http, https, ftp and bare domains) are blanked: their paths
 * are full of digits that are no one's personal data. mailto: and tel: stay.
 */
import type { SourceFile } from './types.ts';

/** A normalised view: `text`, and for each of its UTF-16 units the original offset. */
export interface NormalView {
  text: string;
  /** map[i] = offset in the original text of normalised unit i; map[text.length] = original length. */
  map: number[];
}

/** Chinese characters that stand for one digit when numbers are read out digit by digit. */
export const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  '○': '0',
  洞: '0',
  一: '1',
  壹: '1',
  幺: '1',
  么: '1',
  二: '2',
  贰: '2',
  两: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  拐: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
  勾: '9',
};
/** Digit words that are also everyday words (两个, 拐弯): they count only next to a clearer digit. */
const WEAK = new Set(['洞', '拐', '勾', '么', '两']);

const SEPARATORS = new Set([' ', '\u00a0', '\u3000', '-', '‐', '‑', '‒', '–', '—', '－', '.', '·', '・', '/', '_']);

const URL_RE =
  /\b(?:https?|ftp):\/\/[!#-;=?-~]*|\bwww\.[!#-;=?-~]*[A-Za-z0-9/]|(?<![@＠A-Za-z0-9._%+)\]}）】-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org|gov|edu|info)\b(?:\/[!#-;=?-~]*)?/g;

/** NFKC, one code point at a time, keeping the map. */
function nfkc(text: string): NormalView {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = cp < 0x80 ? ch : ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) map.push(i);
    out += n;
    i += ch.length;
  }
  map.push(text.length);
  return { text: out, map };
}

const isDigitLike = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || c in CHINESE_DIGITS);

/** Converts runs of ≥ 5 digit-like characters (separators allowed between) to ASCII digits. */
function chineseDigits(view: NormalView): NormalView {
  // Work on UTF-16 units: all digit characters involved are in the BMP.
  const s = view.text;
  const out = s.split('');
  let i = 0;
  while (i < s.length) {
    if (!isDigitLike(s[i])) {
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    let han = 0;
    const members: number[] = [];
    while (j < s.length) {
      if (isDigitLike(s[j])) {
        members.push(j);
        count++;
        if (!(s[j]! >= '0' && s[j]! <= '9')) han++;
        j++;
      } else if (SEPARATORS.has(s[j]!) && isDigitLike(s[j + 1]) && count > 0) j++;
      else break;
    }
    // 两两 or 么么 alone are words, not numbers: a run needs at least one unambiguous digit.
    const strong = members.some((k) => (s[k]! >= '0' && s[k]! <= '9') || !WEAK.has(s[k]!));
    if (count >= 5 && han > 0 && strong) {
      for (const k of members) if (s[k]! in CHINESE_DIGITS) out[k] = CHINESE_DIGITS[s[k]!]!;
    }
    i = Math.max(j, i + 1);
  }
  return { text: out.join(''), map: view.map };
}

/** Drops one separator between two ASCII digits. */
function joinDigitGroups(view: NormalView): NormalView {
  const s = view.text;
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (SEPARATORS.has(c) && i > 0 && /[0-9]/.test(s[i - 1]!) && /[0-9]/.test(s[i + 1] ?? '')) continue;
    out += c;
    map.push(view.map[i]!);
  }
  map.push(view.map[s.length]!);
  return { text: out, map };
}

/** Normalises any text (see the module comment). */
export function normalizeText(text: string): NormalView {
  // Blank URLs first, on the original text, so offsets stay put.
  const blanked = text.replace(URL_RE, (m) => ' '.repeat(m.length));
  return joinDigitGroups(chineseDigits(nfkc(blanked)));
}

const cache = new WeakMap<SourceFile, NormalView>();

/**
 * The privacy view of a file: the whole original text (frontmatter and body,
 * markup included, since attributes, expressions, code and comments are
 * rendered or shipped too), normalised. Cached per parsed file.
 */
export function privacyView(file: SourceFile): NormalView {
  let v = cache.get(file);
  if (!v) {
    v = normalizeText(file.text);
    cache.set(file, v);
  }
  return v;
}

/** Maps a [start, end) range of a view back to original offsets. */
export function toOriginal(view: NormalView, start: number, end: number): { start: number; end: number } {
  const s = view.map[start] ?? view.map[view.map.length - 1]!;
  const lastIdx = Math.max(start, end - 1);
  const lastOrig = view.map[lastIdx] ?? s;
  // The end is just past the last character's original position (which may be a surrogate pair).
  for (let k = lastIdx + 1; k < view.map.length; k++) if (view.map[k]! > lastOrig) return { start: s, end: view.map[k]! };
  return { start: s, end: lastOrig + 1 };
}

/** A match of a regex over a file's privacy view, with original offsets and the normalised text. */
export interface ViewMatch {
  start: number;
  end: number;
  /** The matched text as normalised (ASCII digits, no separators). */
  value: string;
  /** The capture groups of the match, normalised. */
  groups: (string | undefined)[];
  /** Offsets of the match in the view (for looking at its surroundings). */
  viewStart: number;
  viewEnd: number;
}

/** Runs a global regex over the privacy view of `file`. */
export function matchView(file: SourceFile, re: RegExp): ViewMatch[] {
  const view = privacyView(file);
  const out: ViewMatch[] = [];
  re.lastIndex = 0;
  for (const m of view.text.matchAll(re)) {
    const { start, end } = toOriginal(view, m.index, m.index + m[0].length);
    out.push({ start, end, value: m[0], groups: m.slice(1), viewStart: m.index, viewEnd: m.index + m[0].length });
  }
  return out;
}
