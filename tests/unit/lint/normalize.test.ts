import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginal } from '../../../scripts/lib/lint/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['full-width digits', '１３８１２３４５６７８', '13812345678'],
    ['Chinese numerals read digit by digit', '一三八一二三四五六七八', '13812345678'],
    ['幺 and 〇 in a number', '幺三八〇二三四五六七八', '13802345678'],
    ['separators inside digit groups', '138.1234.5678 / 138-1234-5678 / 138 1234 5678', '13812345678 / 13812345678 / 13812345678'],
    ['short Chinese numerals stay words', '三栋二单元，两个人，一一对应', '三栋二单元,两个人,一一对应'],
    ['everyday words made of weak digit characters stay', '两两结对，拐弯', '两两结对,拐弯'],
    ['web addresses are blanked', 'https://flk.npc.gov.cn/13812345678 后', '                                   后'],
    ['e-mail domains are kept', 'a@qq.com', 'a@qq.com'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps a match in the normalised text back to the original span', () => {
    const text = '电话 １３８-１２３４-５６７８ 谢谢';
    const view = normalizeText(text);
    const at = view.text.indexOf('13812345678');
    const { start, end } = toOriginal(view, at, at + 11);
    expect(text.slice(start, end)).toBe('１３８-１２３４-５６７８');
  });
});
