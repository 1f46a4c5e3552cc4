/**
 * privacy-bank-card: a bank card number — 16–19 digits, optionally grouped
 * by spaces or dashes, passing Luhn and starting with an issuer digit 3–6.
 * A 16-digit number failing Luhn is not a card, which keeps random long
 * numbers (case numbers, serials) out.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { isBankCard, isResidentId } from '../numbers.ts';

/** Digit runs of 16–19 digits, plain or grouped in 4s. */
export const CARD_CANDIDATE_RE = /(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?|\d{6}[ -]\d{13})(?![0-9A-Za-z])/g;

/** Finds bank card numbers. */
export function findBankCards(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of file.prose.matchAll(CARD_CANDIDATE_RE)) {
    const digits = m[0].replace(/[ -]/g, '');
    // A valid ID number is reported by privacy-id-number, once.
    if (isResidentId(digits, ctx.now) || !isBankCard(digits)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
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
  description: '银行卡号（Luhn 校验有效）',
  check: findBankCards,
};
