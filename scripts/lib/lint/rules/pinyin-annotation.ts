/**
 * pinyin-annotation: 权(quán)益 — pinyin in parentheses after a character,
 * left behind when text is copied from pages with ruby/注音 converters.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { hasTone, splitPinyin } from '../text.ts';

// Han char(s), optional space, then (…) or （…） holding only Latin letters,
// tone-marked vowels, tone digits, spaces and apostrophes.
const ANNOTATION_RE = /(\p{Script=Han})([ \t]?)([(（])[ \t]*([A-Za-z\u00e0-\u00fc\u0101-\u01dc\u1e3f\u0300-\u036f' 1-5]{1,40}?)[ \t]*([)）])/gu;

/** Finds pinyin annotations in a file's prose. */
export function findPinyinAnnotations(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of file.prose.matchAll(ANNOTATION_RE)) {
    const inner = m[4]!;
    const syllables = splitPinyin(inner);
    // Requiring a tone (mark or digit) on every syllable keeps English in
    // brackets, e.g. 微信(WeChat) or 应用(app), out of this rule.
    if (!syllables || !syllables.every(hasTone)) continue;
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    out.push({
      start: start + m[2]!.length,
      end,
      message: `汉字后面夹带了拼音注音“${file.text.slice(start + m[2]!.length, end)}”，这通常是从网页复制时带进来的`,
      hint: '删除括号及其中的拼音，只保留汉字',
      fix: { start, end, text: '' },
    });
  }
  return out;
}

/** The rule: see findPinyinAnnotations. */
export const pinyinAnnotation: Rule = {
  id: 'pinyin-annotation',
  severity: 'error',
  fixable: true,
  description: '汉字后夹带的拼音注音，如“权(quán)益”',
  check: (file) => findPinyinAnnotations(file),
};
