/**
 * Checksums and shapes of the numbers the privacy rules look for.
 */

import { now as clockNow } from '../../../src/lib/clock.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a PRC ID. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/**
 * True for an 18-character PRC resident ID: region code starting 1–8, a real
 * birth date between 1900 and `now`, and a matching check character.
 */
export function isResidentId(s: string, now: Date = clockNow()): boolean {
  if (!/^[1-8]\d{16}[\dXx]$/.test(s)) return false;
  if (idCheckChar(s.slice(0, 17)) !== s[17]!.toUpperCase()) return false;
  const y = Number(s.slice(6, 10));
  const mo = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  return date.getTime() <= now.getTime();
}

/** Luhn (mod 10) check used by bank card numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = Number(digits[i]);
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * True for a plausible bank card: 16–19 digits, issuer digit 3–6 (Amex/JCB,
 * Visa, Mastercard, UnionPay 62…), passing Luhn.
 */
export function isBankCard(digits: string): boolean {
  return /^[3-6]\d{15,18}$/.test(digits) && luhnValid(digits);
}

/** Numbers are "citations" when a law-article or amount word surrounds them. */
export function looksLikeCitationOrAmount(before: string, after: string): boolean {
  return /第\s*$/.test(before) || /^\s*(?:条|款|项|号|元|万|亿|年|月|日|次|人|件|份|页|字|号令)/.test(after);
}

/**
 * True for an old 15-digit resident ID (issued until 1999): region code
 * starting 1–8, a real birth date 19YYMMDD, three sequence digits. There is no
 * check digit, so a few other 15-digit numbers pass; the rule names the risk.
 */
export function isOldResidentId(s: string): boolean {
  if (!/^[1-8]\d{14}$/.test(s)) return false;
  const y = 1900 + Number(s.slice(6, 8));
  const mo = Number(s.slice(8, 10));
  const d = Number(s.slice(10, 12));
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && mo >= 1 && mo <= 12;
}
