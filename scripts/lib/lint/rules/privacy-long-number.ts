/**
 * privacy-long-number (warning): a run of 15+ digits (after normalisation)
 * that is neither a valid ID, an old ID nor a valid card. It may be a mistyped
 * ID or an account number, so an editor should look, but it must not fail the build.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { isBankCard, isOldResidentId, isResidentId } from '../numbers.ts';
import { matchView } from '../normalize.ts';

const LONG_RE = /(?<![0-9A-Za-z])\d{15,}[Xx]?(?![0-9A-Za-z])/g;

/** Finds long digit runs that the ID and card rules did not claim. */
export function findLongNumbers(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchView(file, LONG_RE)) {
    if (isResidentId(m.value, ctx.now) || isOldResidentId(m.value) || isBankCard(m.value)) continue;
    out.push({
      start: m.start,
      end: m.end,
      message: `出现了 ${m.value.length} 位长数字，可能是证件号、账号或卡号（虽然没有通过校验）`,
      hint: '确认这不是任何人的证件号或账号；如果是，请删除或打码（如 350982********1234）',
    });
  }
  return out;
}

/** The rule: see findLongNumbers. */
export const privacyLongNumber: Rule = {
  id: 'privacy-long-number',
  severity: 'warning',
  fixable: false,
  description: '15 位以上的长数字（可能是证件号或账号）',
  check: findLongNumbers,
};
