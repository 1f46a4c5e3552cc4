import { describe, expect, it } from 'vitest';
import { traditionalChars } from '../../../scripts/lib/lint/rules/traditional-chars.ts';
import { fixWith, lintWith, where } from './helpers.ts';

describe('traditional-chars', () => {
  it.each([
    ['家庭暴力與權益保護', ['1:5 traditional-chars', '1:9 traditional-chars'], '家庭暴力与权益保护'],
    ['維權熱線12338', ['1:1 traditional-chars'], '维权热线12338'],
    ['香港的電綫', ['1:4 traditional-chars'], '香港的电线'],
  ])('reports runs in %s and converts them', async (text, expected, fixed) => {
    const found = await lintWith(traditionalChars, text);
    expect(where(found)).toEqual(expected);
    expect(await fixWith(traditionalChars, text)).toBe(fixed);
  });

  it('suggests the Simplified form in the hint', async () => {
    const [f] = await lintWith(traditionalChars, '維權');
    expect(f!.hint).toContain('维权');
    expect(f!.endColumn).toBe(3);
  });

  it.each([['乾坤未定，著作权受法律保护'], ['“平安家庭瞭望哨”志愿服务'], ['么、于是、里面、面条、干净'], ['引用原题名《臺灣》时保留'], ['```\n權益\n```']])(
    'leaves %s alone (simplified, special uses, allow-list, code)',
    async (text) => {
      expect(await lintWith(traditionalChars, text)).toEqual([]);
    },
  );
});
