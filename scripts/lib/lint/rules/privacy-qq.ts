/**
 * privacy-qq: a QQ number (5–11 digits, not starting with 0) after QQ, 企鹅号,
 * 扣扣 and the like, including QQ groups — a group number leads to its members.
 * Full-width ＱＱ and digits written with separators or in Chinese numerals are
 * normalised first.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { matchView } from '../normalize.ts';

export const QQ_RE = /(?:QQ|qq|Qq|企鹅号?|扣扣|球球)(?:号码|号|群|群号)?\s*(?:是|为|:|：)?\s*([1-9]\d{4,11})(?!\d)/g;

/** Finds QQ numbers. */
export function findQqNumbers(file: SourceFile): RawFinding[] {
  return matchView(file, QQ_RE).map((m) => ({
    start: m.start,
    end: m.end,
    message: `出现了 QQ 号“${m.groups[0]}”，这是个人联系方式`,
    hint: '删除 QQ 号；公开的求助方式请写热线或服务站电话',
  }));
}

/** The rule: see findQqNumbers. */
export const privacyQq: Rule = {
  id: 'privacy-qq',
  severity: 'error',
  fixable: false,
  description: 'QQ 号和 QQ 群号',
  check: findQqNumbers,
};
