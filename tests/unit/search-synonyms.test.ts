import { describe, expect, it } from 'vitest';
import { expandQuery, isAbbreviation, parseSynonyms } from '../../src/lib/search-synonyms.ts';

const groups = parseSynonyms({
  家庭暴力: ['家暴', '打老婆', '被打'],
  人身安全保护令: ['保护令'],
  妇女联合会: ['妇联'],
});

describe('parseSynonyms', () => {
  it('reads formal: [aliases] and drops blanks and repeats of the formal term', () => {
    expect(parseSynonyms({ 抚养费: ['孩子生活费', ' ', '抚养费', '孩子生活费'] })).toEqual([{ formal: '抚养费', aliases: ['孩子生活费'] }]);
  });
  it('treats an empty file as no synonyms', () => expect(parseSynonyms(null)).toEqual([]));
  it.each([
    ['a list at the top level', ['家暴'], /最外层/],
    ['an entry without aliases', { 家庭暴力: [] }, /方括号/],
    ['a word in two entries', { 家庭暴力: ['家暴'], 暴力: ['家暴'] }, /同时出现在/],
    ['a formal term that cannot be a page address', { '离婚/分居': ['分手'] }, /网址/],
    ['a formal term of dots', { '..': ['上一级'] }, /网址/],
  ])('rejects %s with a Chinese message', (_, doc, message) => {
    expect(() => parseSynonyms(doc)).toThrow(message);
  });
});

describe('isAbbreviation', () => {
  it.each([
    ['家暴', '家庭暴力', true],
    ['保护令', '人身安全保护令', true],
    ['妇联', '妇女联合会', true],
    ['打老婆', '家庭暴力', false],
    ['家庭暴力', '家庭暴力', false],
  ])('%s of %s → %s', (short, long, expected) => expect(isAbbreviation(short, long)).toBe(expected));
});

describe('expandQuery', () => {
  it.each([
    [
      '家暴',
      [
        ['家暴', 1],
        ['家庭暴力', 1],
      ],
    ],
    [
      '家庭暴力',
      [
        ['家庭暴力', 1],
        ['家暴', 0.9],
      ],
    ],
    [
      '打老婆',
      [
        ['打老婆', 0.8],
        ['家庭暴力', 1],
      ],
    ],
    [
      '人身安全保护令',
      [
        ['人身安全保护令', 1],
        ['保护令', 0.9],
      ],
    ],
    [
      '保护令 申请',
      [
        ['保护令 申请', 1],
        ['人身安全保护令 申请', 1],
      ],
    ],
    [
      '家暴 妇联',
      [
        ['家暴 妇联', 1],
        ['家庭暴力 妇联', 1],
        ['家暴 妇女联合会', 1],
        ['家庭暴力 妇女联合会', 1],
      ],
    ],
    ['离婚', [['离婚', 1]]],
  ] as const)('%s → %j', (q, expected) => {
    expect(expandQuery(q, groups).map((v) => [v.q, v.weight])).toEqual(expected);
  });
  it('matches the longest word first, so 保护令 inside 人身安全保护令 is not expanded again', () => {
    expect(expandQuery('人身安全保护令', groups).some((v) => v.q.includes('人身安全人身安全'))).toBe(false);
  });
});
