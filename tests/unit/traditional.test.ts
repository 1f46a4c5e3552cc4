import { describe, expect, it } from 'vitest';
import { decodeCharPairs, encodeCharPairs, toSimplified } from '../../src/lib/traditional.ts';
import { buildTraditionalPairs, hanCharacters } from '../../src/lib/traditional-map.ts';

const map = decodeCharPairs('護护婦妇聯联離离靜静');

describe('toSimplified', () => {
  it.each([
    ['保護令', '保护令'],
    ['婦聯', '妇联'],
    ['離婚冷靜期', '离婚冷静期'],
    ['12338 hotline', '12338 hotline'],
    ['家庭暴力', '家庭暴力'],
  ])('%s → %s', (t, s) => expect(toSimplified(t, map)).toBe(s));
});

describe('encodeCharPairs / decodeCharPairs', () => {
  it('round-trips, sorted', () => {
    expect(encodeCharPairs(decodeCharPairs('護护婦妇'))).toBe('婦妇護护');
    expect(decodeCharPairs(encodeCharPairs(map))).toEqual(map);
  });
});

describe('buildTraditionalPairs', () => {
  // A stand-in converter: OpenCC's behaviour for these characters, one per line.
  const fake = (text: string) => text.replace(/護/g, '护').replace(/國/g, '国').replace(/髮/g, '发');
  it('keeps only characters that differ and whose Simplified form the site uses', () => {
    const pairs = buildTraditionalPairs([fake], hanCharacters('保护令'));
    expect([...pairs]).toEqual([['護', '护']]);
  });
  it('finds Han characters in mixed text', () => expect([...hanCharacters('家暴 12338 abc 家')].sort()).toEqual(['家', '暴']));
});
