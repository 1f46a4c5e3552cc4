import { describe, expect, it } from 'vitest';
import { privacyIdNumber } from '../../../scripts/lib/lint/rules/privacy-id-number.ts';
import { privacyLongNumber } from '../../../scripts/lib/lint/rules/privacy-long-number.ts';
import { idCheckChar, isResidentId } from '../../../scripts/lib/lint/numbers.ts';
import { lintWith, where } from './helpers.ts';

const future = `35098220990101123`;
const futureId = future + idCheckChar(future);

describe('privacy-id-number', () => {
  it('knows the ISO 7064 check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('11010519491231002x')).toBe(true);
  });

  it.each([
    ['plain', '身份证号11010519491231002X。', ['1:5 privacy-id-number']],
    ['grouped 6-8-4', '110105 19491231 002X', ['1:1 privacy-id-number']],
    ['in frontmatter', '---\nnote: 11010519491231002X\n---\n', ['2:7 privacy-id-number']],
  ])('reports a valid ID (%s)', async (_name, text, expected) => {
    expect(where(await lintWith(privacyIdNumber, text))).toEqual(expected);
  });

  it.each([
    ['a wrong check digit', '110105194912310021'],
    ['an impossible birth date', '110105194902301234'],
    ['a future birth date', futureId],
    ['17 digits', '11010519491231002'],
    ['part of a longer number', '11010519491231002X1'],
  ])('does not report %s as an ID', async (_name, text) => {
    expect(await lintWith(privacyIdNumber, text)).toEqual([]);
  });

  it('warns about an 18-digit number with a wrong check digit as a long number', async () => {
    const found = await lintWith(privacyLongNumber, '编号110105194912310021');
    expect(where(found)).toEqual(['1:3 privacy-long-number']);
    expect(found[0]!.severity).toBe('warning');
    expect(await lintWith(privacyLongNumber, '11010519491231002X')).toEqual([]);
    expect(await lintWith(privacyLongNumber, '案号（2023）闽0982民初1234号')).toEqual([]);
  });
});
