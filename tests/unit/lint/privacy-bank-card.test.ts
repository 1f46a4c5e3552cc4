import { describe, expect, it } from 'vitest';
import { privacyBankCard } from '../../../scripts/lib/lint/rules/privacy-bank-card.ts';
import { luhnValid } from '../../../scripts/lib/lint/numbers.ts';
import { lintWith, where } from './helpers.ts';

/** Appends the Luhn check digit to `body`. */
function withLuhn(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const unionPay = withLuhn('621700123456789012'); // 19 digits
const visa = '4111111111111111';

describe('privacy-bank-card', () => {
  it.each([
    ['a Visa-style number', `卡号${visa}`, ['1:3 privacy-bank-card']],
    ['a UnionPay 19-digit number', `卡号：${unionPay}`, ['1:4 privacy-bank-card']],
    ['a number grouped in fours', '卡号 4111 1111 1111 1111', ['1:4 privacy-bank-card']],
    ['a number grouped with dashes', '4111-1111-1111-1111', ['1:1 privacy-bank-card']],
  ])('reports %s', async (_name, text, expected) => {
    expect(where(await lintWith(privacyBankCard, text))).toEqual(expected);
  });

  it.each([
    ['a 16-digit number failing Luhn', '4111111111111112'],
    ['a Luhn-valid number with an implausible first digit', withLuhn('911111111111111')],
    ['15 digits', withLuhn('41111111111111')],
    ['a valid ID number', '11010519491231002X'],
    ['a phone number', '13812345678'],
  ])('does not report %s', async (_name, text) => {
    expect(await lintWith(privacyBankCard, text)).toEqual([]);
  });
});
