/**
 * broken-encoding: traces of text damaged on its way from Word/WeChat/news
 * sites into the repository. Never fixable: the original characters are
 * lost and guessing them would put wrong words into legal text.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { paragraphs } from '../source.ts';
import { findGbkMojibake } from '../mojibake.ts';
import { hasTone, splitPinyin } from '../text.ts';

const HINT_ORIGINAL = '这里的文字已经损坏，无法自动还原：请对照原始文件（Word 原稿、公众号原文）重新复制这段文字，或手动改正';

/** U+FFFD replacement characters: the decoder already gave up here. */
function replacementChars(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of file.text.matchAll(/\uFFFD+/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, message: `出现乱码替换符“�”（共 ${m[0].length} 个），原来的文字已丢失`, hint: HINT_ORIGINAL });
  }
  return out;
}

/** An ASCII ? or < between two Chinese characters: a character that did not convert. */
function wedgedMarks(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of file.prose.matchAll(/(?<=\p{Script=Han})[?<]+(?=\p{Script=Han})/gu)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `汉字之间夹着半角“${m[0]}”，很可能是转码失败留下的占位符（例如“家?暴”）`,
      hint: '对照原文补上缺失的汉字；如果这里本来就是问号，请改为全角“？”',
    });
  }
  return out;
}

// Latin-1/Windows-1252 reading of UTF-8 Chinese: "ä¸­æ–‡" for 中文.
const LATIN1_RE =
  /(?:[\u00c2-\u00ef](?:[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]){1,2}){2,}/g;

/** Well-known mojibake words and GBK/UTF-8 round-trip damage. */
function mojibake(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<number>();
  const push = (start: number, end: number, what: string): void => {
    if (seen.has(start)) return;
    seen.add(start);
    out.push({ start, end, message: `疑似乱码“${file.text.slice(start, end)}”（${what}）`, hint: HINT_ORIGINAL });
  };
  for (const m of file.prose.matchAll(/(?:锟斤拷)+|烫{3,}|屯{3,}/g)) push(m.index, m.index + m[0].length, '编码转换失败的典型乱码');
  for (const m of file.prose.matchAll(LATIN1_RE)) push(m.index, m.index + m[0].length, 'UTF-8 文字被当作西文编码读取');
  for (const [s, e] of findGbkMojibake(file.prose)) push(s, e, 'UTF-8 文字被当作 GBK 读取');
  return out;
}

const PAIRS: [string, string, string][] = [
  ['（', '）', '圆括号'],
  ['【', '】', '方括号'],
  ['《', '》', '书名号'],
  ['“', '”', '引号'],
];

/** Unbalanced full-width brackets and quotes, paragraph by paragraph. */
function unbalanced(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const para of paragraphs(file)) {
    for (const [open, close, name] of PAIRS) {
      // One stack per bracket type, so one stray bracket does not make every
      // later pair in the paragraph look wrong.
      const stack: number[] = [];
      for (let i = para.start; i < para.end; i++) {
        const c = file.prose[i];
        if (c === open) stack.push(i);
        else if (c === close) {
          if (stack.length > 0) stack.pop();
          else
            out.push({
              start: i,
              end: i + 1,
              message: `${name}不成对：这个“${close}”前面没有对应的“${open}”`,
              hint: `检查是否漏了“${open}”，或删除多余的“${close}”（引号要注意前引号“和后引号”的方向）`,
            });
        }
      }
      for (const i of stack) {
        out.push({
          start: i,
          end: i + 1,
          message: `${name}不成对：这个“${open}”在本段内没有对应的“${close}”`,
          hint: `检查是否漏了“${close}”，或删除多余的“${open}”（引号要注意前引号“和后引号”的方向）`,
        });
      }
    }
  }
  return out;
}

/**
 * Characters outside the 通用规范汉字表, approximated by Unicode block.
 * TODO: the table itself (8,105 chars) is not available as a package; with it,
 * rare characters inside the basic block (U+4E00–9FFF) could be flagged too.
 * Until then the basic block is allowed, which is a known gap.
 * Kangxi/CJK radicals are included because PDF copy-paste turns 人 into ⼈
 * and 大 into ⼤, which look the same but break search.
 */
function rareChars(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const re = /[\u2e80-\u2eff\u2f00-\u2fdf]+|[\u3400-\u4dbf\uf900-\ufaff\u{20000}-\u{323af}]+/gu;
  for (const m of file.prose.matchAll(re)) {
    const radical = /^[\u2e80-\u2fdf]/.test(m[0]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: radical
        ? `“${m[0]}”是部首符号而不是汉字（常见于从 PDF 复制的文字），看起来一样但无法被搜索`
        : `“${m[0]}”不在《通用规范汉字表》内（扩展区或兼容区汉字），很多手机无法显示`,
      hint: radical ? '删除后用输入法重新输入这个字' : '核对原文：多半是录入或转码错误，请改用规范汉字；人名用字确需保留时请联系技术人员',
    });
  }
  return out;
}

/** Tone-marked pinyin standing alone in Chinese text: "quán yì". */
function pinyinFragments(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const re = /[A-Za-z\u00e0-\u00fc\u0101-\u01dc\u1e3f]+(?:[ '][A-Za-z\u00e0-\u00fc\u0101-\u01dc\u1e3f]+)*/gu;
  for (const m of file.prose.matchAll(re)) {
    const words = m[0].split(/[ ']/);
    if (!words.some(hasTone)) continue;
    if (!splitPinyin(m[0])) continue;
    // Annotations in brackets right after a character belong to pinyin-annotation.
    const before = file.prose.slice(Math.max(0, m.index - 3), m.index);
    if (/\p{Script=Han}[ \t]?[(（][ \t]*$/u.test(before)) continue;
    // "In Chinese text": the line must contain Han characters.
    const ls = file.prose.lastIndexOf('\n', m.index) + 1;
    const le = file.prose.indexOf('\n', m.index);
    if (!/\p{Script=Han}/u.test(file.prose.slice(ls, le === -1 ? undefined : le))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `中文里夹着带声调的拼音“${m[0]}”，多半是复制网页注音时留下的`,
      hint: '删除这段拼音（本站正文不加拼音注音）；如果是外文或人名拼写，请联系技术人员确认',
    });
  }
  return out;
}

/** Runs all checks of the rule, in a fixed order. */
export function findBrokenEncoding(file: SourceFile): RawFinding[] {
  return [...replacementChars(file), ...wedgedMarks(file), ...mojibake(file), ...unbalanced(file), ...rareChars(file), ...pinyinFragments(file)];
}

/** The rule: see findBrokenEncoding. */
export const brokenEncoding: Rule = {
  id: 'broken-encoding',
  severity: 'error',
  fixable: false,
  description: '乱码、转码失败、括号引号不成对、非规范汉字、孤立的拼音',
  check: (file) => findBrokenEncoding(file),
};
