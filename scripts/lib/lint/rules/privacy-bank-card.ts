/**
 * privacy-bank-card: a bank card number — 16–19 digits (any grouping,
 * full-width, read out in Chinese numerals: see normalize.ts), starting with an
 * issuer digit 3–6 and passing Luhn. A number failing Luhn is not a card,
 * which keeps case numbers and serials out.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { isBankCard, isResidentId } from '../numbers.ts';
import { matchView } from '../normalize.ts';

/** Digit runs of 16–19 digits after normalisation. */
export const CARD_CANDIDATE_RE = /(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g;

/** Finds bank card numbers. */
export function findBankCards(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchView(file, CARD_CANDIDATE_RE)) {
    // A valid ID number is reported by privacy-id-number, once.
    if (isResidentId(m.value, ctx.now) || !isBankCard(m.value)) continue;
    out.push({
      start: m.start,
      end: m.end,
      message: '出现了疑似银行卡号（通过了卡号校验），这是个人信息',
      hint: '删除卡号，或只保留后四位，写成“尾号 1234 的银行卡”',
    });
  }
  return out;
}

/** The rule: see findBankCards. */
export const privacyBankCard: Rule = {
  id: 'privacy-bank-card',
  severity: 'error',
  fixable: false,
  description: '银行卡号（Luhn 校验有效；全角、中文数字、分隔符都算）',
  check: findBankCards,
};
