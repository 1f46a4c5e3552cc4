/**
 * privacy-id-number: an 18-character PRC resident ID number. Only numbers
 * that pass the check digit and carry a real birth date count, so case
 * numbers and other long numbers are not reported as IDs (see
 * privacy-long-number for those).
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { isResidentId } from '../numbers.ts';

/** Candidate IDs: 18 chars, optionally written 6-8-4 with spaces/dashes. */
export const ID_CANDIDATE_RE = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{6}[ -]\d{8}[ -]\d{3}[\dXx])(?![0-9A-Za-z])/g;

/** Finds valid resident ID numbers. */
export function findIdNumbers(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of file.prose.matchAll(ID_CANDIDATE_RE)) {
    if (!isResidentId(m[0].replace(/[ -]/g, ''), ctx.now)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: '出现了居民身份证号码（校验位和出生日期都有效），这是严重的个人信息泄露',
      hint: '删除身份证号；确需说明时只写“身份证号：350982********1234”这类打码形式，或直接写“（身份证号略）”',
    });
  }
  return out;
}

/** The rule: see findIdNumbers. */
export const privacyIdNumber: Rule = {
  id: 'privacy-id-number',
  severity: 'error',
  fixable: false,
  description: '居民身份证号码（校验位有效）',
  check: findIdNumbers,
};
