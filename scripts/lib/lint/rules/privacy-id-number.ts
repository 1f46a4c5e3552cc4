/**
 * privacy-id-number: a PRC resident ID number — the 18-character form with a
 * valid check character and birth date, and the old 15-digit form (region
 * code + YYMMDD birth date + sequence) with a valid date. Full-width digits,
 * Chinese numerals and separators inside the number do not hide it (see
 * normalize.ts); neither does a code span, an attribute or a frontmatter field.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { isOldResidentId, isResidentId } from '../numbers.ts';
import { matchView } from '../normalize.ts';

/** Candidates after normalisation: 18 characters or 15 digits. */
export const ID_CANDIDATE_RE = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

const HINT = '删除身份证号；确需说明时只写“身份证号：350982********1234”这类打码形式，或直接写“（身份证号略）”';

/** Finds valid resident ID numbers, new and old. */
export function findIdNumbers(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchView(file, ID_CANDIDATE_RE)) {
    if (isResidentId(m.value, ctx.now)) {
      out.push({ start: m.start, end: m.end, message: '出现了居民身份证号码（校验位和出生日期都有效），这是严重的个人信息泄露', hint: HINT });
    } else if (isOldResidentId(m.value)) {
      out.push({ start: m.start, end: m.end, message: '出现了 15 位的旧式居民身份证号码（地区码和出生日期有效），这是严重的个人信息泄露', hint: HINT });
    }
  }
  return out;
}

/** The rule: see findIdNumbers. */
export const privacyIdNumber: Rule = {
  id: 'privacy-id-number',
  severity: 'error',
  fixable: false,
  description: '居民身份证号码（18 位校验有效，或 15 位旧号码）',
  check: findIdNumbers,
};
