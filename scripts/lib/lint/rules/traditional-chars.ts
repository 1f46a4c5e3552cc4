/**
 * traditional-chars: Traditional characters in Simplified content, found by
 * asking opencc-js what the Simplified form would be. Only characters whose
 * conversion differs are reported, so characters the 通用规范汉字表 keeps in
 * special uses (乾坤, 著作, 瞭望) pass, because opencc leaves them alone too.
 */
import OpenCC from 'opencc-js';
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { ALLOW_TRADITIONAL } from '../allow-traditional.ts';

// Two converters: t→cn covers OpenCC-standard Traditional, hk→cn also maps
// Hong Kong variant forms (綫, 衞…) that WeChat articles from HK sources use.
// tw→cn is not used: it turns the Simplified 么 into 幺.
const toCn = OpenCC.Converter({ from: 't', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Converts Traditional text to Simplified (mainland) with both converters. */
export function toSimplified(s: string): string {
  return hkToCn(toCn(s));
}

/** Offsets of `text` covered by an allow-listed term. */
function allowedOffsets(text: string): Set<number> {
  const allowed = new Set<number>();
  for (const { term } of ALLOW_TRADITIONAL) {
    let i = text.indexOf(term);
    while (i !== -1) {
      for (let k = i; k < i + term.length; k++) allowed.add(k);
      i = text.indexOf(term, i + term.length);
    }
  }
  return allowed;
}

/** Finds runs of Traditional characters, line by line. */
export function findTraditional(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const allowed = allowedOffsets(file.text);
  const { prose, lineStarts } = file;
  for (let k = 0; k < lineStarts.length; k++) {
    const ls = lineStarts[k]!;
    const le = k + 1 < lineStarts.length ? lineStarts[k + 1]! - 1 : prose.length;
    const line = prose.slice(ls, le);
    if (!/\p{Script=Han}/u.test(line)) continue;
    let converted = toSimplified(line);
    // Phrase conversion could change the length (rare); then fall back to
    // per-character conversion so offsets stay exact.
    if (converted.length !== line.length) converted = [...line].map((c) => (toSimplified(c).length === c.length ? toSimplified(c) : c)).join('');
    let i = 0;
    while (i < line.length) {
      if (converted[i] === line[i] || allowed.has(ls + i)) {
        i++;
        continue;
      }
      let j = i;
      while (j < line.length && converted[j] !== line[j] && !allowed.has(ls + j)) j++;
      const from = line.slice(i, j);
      const to = converted.slice(i, j);
      out.push({
        start: ls + i,
        end: ls + j,
        message: `“${from}”是繁体字，本站使用简体中文`,
        hint: `改为“${to}”`,
        fix: { start: ls + i, end: ls + j, text: to },
      });
      i = j;
    }
  }
  return out;
}

/** The rule: see findTraditional. */
export const traditionalChars: Rule = {
  id: 'traditional-chars',
  severity: 'error',
  fixable: true,
  description: '简体内容中的繁体字（用 opencc 转换比对）',
  check: (file) => findTraditional(file),
};
