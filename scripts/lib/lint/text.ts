/**
 * Character classes and small helpers shared by the rules.
 */

/** One Han (Chinese) character, any block. */
export const HAN = /\p{Script=Han}/u;

/** True when `ch` is a Han character (〇 and ideographs of every block). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * True for characters that put us "inside a Chinese sentence": Han
 * characters and full-width CJK punctuation such as 。，“”（）《》.
 */
export function isCjkContext(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isHan(ch)) return true;
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x2026 ||
    cp === 0x2014
  );
}

/** Tone-marked pinyin vowels (and ü), which almost never occur in Chinese prose otherwise. */
export const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

/** Strips tone marks: quán → quan, lǜ → lv (so syllables can be validated). */
export function stripTones(s: string): string {
  return s
    .toLowerCase()
    .replace(/[ǖǘǚǜü]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|io|a|o|e|i|u|v|ng|n|m)';
const SYLLABLE_RE = new RegExp(`^${INITIAL}${FINAL}[1-5]?$`);

/**
 * True when `word` is one pinyin syllable (with or without tone mark/digit).
 * The check is structural (initial + final), which is enough to tell pinyin
 * from English words like "WeChat" or "APP".
 */
export function isPinyinSyllable(word: string): boolean {
  if (!/^[a-zA-Z\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f\u1e3f]+[1-5]?$/.test(word.normalize('NFC'))) return false;
  if (/[A-Z]/.test(word.slice(1))) return false;
  const bare = stripTones(word);
  if (bare.length > 7) return false;
  return SYLLABLE_RE.test(bare) && !/^[ywg]$|^(?:zh|ch|sh|[bpmfdtlgkhjqxrzcs])(?:ng|n|m)$/.test(bare);
}

/** True when a word carries a pinyin tone mark or a trailing tone digit. */
export function hasTone(word: string): boolean {
  return [...word].some((c) => TONE_MARKS.includes(c.toLowerCase())) || /[a-z][1-5]$/.test(word);
}

/**
 * Splits a pinyin string such as "quán yì" or "quányì" into syllables, or
 * returns undefined when it is not entirely pinyin. Greedy longest match
 * from the left is enough for annotation text.
 */
export function splitPinyin(s: string): string[] | undefined {
  const words = s
    .trim()
    .split(/[\s'’·-]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const out: string[] = [];
  for (const w of words) {
    let rest = w;
    while (rest.length > 0) {
      let found = '';
      for (let len = Math.min(7, rest.length); len >= 1; len--) {
        const part = rest.slice(0, len);
        if (isPinyinSyllable(part)) {
          found = part;
          break;
        }
      }
      if (!found) return undefined;
      out.push(found);
      rest = rest.slice(found.length);
    }
  }
  return out;
}

/** Finds the previous char of `s` before `i`, skipping Markdown emphasis markers. */
export function prevChar(s: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && '*_~'.includes(s[j]!)) j--;
  if (j < 0) return undefined;
  // Step back over a surrogate pair so Extension B chars count as Han.
  const code = s.charCodeAt(j);
  if (code >= 0xdc00 && code <= 0xdfff && j > 0) return s.slice(j - 1, j + 1);
  return s[j];
}

/** Finds the next char of `s` after `i`, skipping Markdown emphasis markers. */
export function nextChar(s: string, i: number): string | undefined {
  let j = i + 1;
  while (j < s.length && '*_~'.includes(s[j]!)) j++;
  if (j >= s.length) return undefined;
  return String.fromCodePoint(s.codePointAt(j)!);
}

/** Digits only: "+86 138-1234-5678" → "8613812345678". */
export function digitsOnly(s: string): string {
  return s.replace(/\D/g, '');
}
