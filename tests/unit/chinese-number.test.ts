import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../src/lib/chinese-number.ts';

describe('chineseNumber writes article numbers the way statutes do', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [23, '二十三'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [105, '一百零五'],
    [1010, '一千零一十'],
    [1062, '一千零六十二'],
    [1079, '一千零七十九'],
    [1260, '一千二百六十'],
    [1001, '一千零一'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumber(n)).toBe(expected);
  });
  it.each([0, -1, 1.5, 10000])('rejects %s', (n) => {
    expect(() => chineseNumber(n)).toThrow(RangeError);
  });
});
