/**
 * halfwidth-punctuation: half-width , . : ; ? ! " ( ) inside Chinese
 * sentences (GB/T 15834 wants full-width there). Text pasted from Word with
 * an English input method, or typed on a phone, is full of them.
 *
 * "Inside a Chinese sentence" means adjacent to Chinese: numbers (3.5,
 * 100,000, 08:30), English phrases and URLs have ASCII on both sides and are
 * left alone; Markdown/MDX syntax and URLs are already blanked by the prose mask.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { paragraphs } from '../source.ts';
import { hasTone, isCjkContext, isHan, nextChar, prevChar, splitPinyin } from '../text.ts';

const FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAMES: Record<string, string> = { ',': '逗号', '.': '句号', ':': '冒号', ';': '分号', '?': '问号', '!': '叹号', '(': '括号', ')': '括号', '"': '引号' };

function finding(start: number, end: number, ch: string, to: string): RawFinding {
  return {
    start,
    end,
    message: `中文句子里用了半角${NAMES[ch] ?? '标点'}“${ch}”`,
    hint: `改为全角“${to}”`,
    fix: { start, end, text: to },
  };
}

/** Finds half-width punctuation in Chinese context, paragraph by paragraph. */
export function findHalfwidth(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const p = file.prose;
  for (const para of paragraphs(file)) {
    const quotes: number[] = [];
    const parenStack: number[] = [];
    const parenPairs: [number, number][] = [];
    for (let i = para.start; i < para.end; i++) {
      const c = p[i]!;
      if (c === '"') {
        // A backslash-escaped quote belongs to YAML/JS syntax, not to prose.
        if (p[i - 1] !== '\\') quotes.push(i);
        continue;
      }
      if (c === '(') {
        parenStack.push(i);
        continue;
      }
      if (c === ')') {
        const open = parenStack.pop();
        if (open !== undefined) parenPairs.push([open, i]);
        continue;
      }
      if (c === '.') {
        const run = /^\.+/.exec(p.slice(i, para.end))![0];
        if (isCjkContext(prevChar(p, i))) {
          if (run.length >= 3)
            out.push({ ...finding(i, i + run.length, '...', '……'), message: `中文句子里用半角点“${run}”表示省略`, hint: '改为中文省略号“……”' });
          else if (run.length === 1 && !/[A-Za-z0-9]/.test(nextChar(p, i) ?? '')) out.push(finding(i, i + 1, '.', '。'));
        }
        i += run.length - 1;
        continue;
      }
      if (!(c in FULL)) continue;
      const prev = prevChar(p, i);
      const next = nextChar(p, i);
      // A `?` between two characters is a lost character, not a question
      // mark: broken-encoding reports it and nobody should "fix" it blindly.
      if (c === '?' && isHan(prev) && isHan(next)) continue;
      // `![` starts a Markdown image.
      if (c === '!' && next === '[') continue;
      if (isCjkContext(prev) || isHan(next)) out.push(finding(i, i + 1, c, FULL[c]!));
    }

    for (const [a, b] of parenPairs) {
      const inner = p.slice(a + 1, b);
      // 权(quán)益 is pinyin-annotation's business: its fix deletes the bracket.
      const pinyin = splitPinyin(inner);
      if (pinyin && pinyin.every(hasTone) && isHan(prevChar(p, a))) continue;
      if (/\p{Script=Han}/u.test(inner) || isCjkContext(prevChar(p, a)) || isCjkContext(nextChar(p, b))) {
        out.push(finding(a, a + 1, '(', '（'), finding(b, b + 1, ')', '）'));
      }
    }

    for (let k = 0; k + 1 < quotes.length; k += 2) {
      const a = quotes[k]!;
      const b = quotes[k + 1]!;
      if (/\p{Script=Han}/u.test(p.slice(a + 1, b)) || isCjkContext(prevChar(p, a)) || isCjkContext(nextChar(p, b))) {
        out.push(finding(a, a + 1, '"', '“'), finding(b, b + 1, '"', '”'));
      }
    }
    if (quotes.length % 2 === 1) {
      const q = quotes[quotes.length - 1]!;
      if (isCjkContext(prevChar(p, q)) || isHan(nextChar(p, q))) {
        // Which direction a lone quote should face cannot be known: no fix.
        out.push({
          start: q,
          end: q + 1,
          message: '中文句子里用了半角引号“"”，而且本段引号不成对',
          hint: '改为全角引号：前引号用“，后引号用”，并补上缺少的另一半',
        });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The rule: see findHalfwidth. */
export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  severity: 'error',
  fixable: true,
  description: '中文句子中的半角标点 , . : ; ? ! " ( )',
  check: (file) => findHalfwidth(file),
};
