import { describe, expect, it, vi } from 'vitest';
import { coreQuery, isUrgentQuery, relaxedQueries } from '../../src/lib/search-query.ts';

describe('isUrgentQuery', () => {
  it.each([
    ['被打了怎么办', true],
    ['救命', true],
    ['他说要杀了我', true],
    ['离婚冷静期', false],
    ['12338', false],
  ])('%s → %s', (q, expected) => expect(isUrgentQuery(q)).toBe(expected));
});

describe('coreQuery', () => {
  it.each([
    ['被打了怎么办', '被打'],
    ['老公打我怎么办', '老公打'],
    ['请问怎么申请保护令？', '申请保护令'],
    ['什么是家庭暴力', '家庭暴力'],
    ['不给赡养费怎么办', '不给赡养费'],
    ['  家暴   报警 ', '家暴报警'],
    ['１２３３８', '12338'],
    ['了解离婚冷静期', '了解离婚冷静期'],
    ['怎么办', '怎么办'],
    ['', ''],
  ])('%j → %j', (q, expected) => expect(coreQuery(q)).toBe(expected));
});

describe('relaxedQueries', () => {
  it.each([
    ['发现学生身上有伤要报告', ['发现', '学生', '身上', '有伤', '报告']],
    ['保护令', []],
    ['12338 热线', ['12338', '热线']],
  ])('%s → %j', (q, expected) => expect(relaxedQueries(q, 9).sort()).toEqual([...expected].sort()));
  it('keeps at most four words', () => expect(relaxedQueries('发现学生身上有伤要报告')).toHaveLength(4));
});

describe('without Intl.Segmenter (Chromium < 87, Safari < 14.1)', () => {
  it('still tidies the query and splits longer words at spaces, instead of throwing', async () => {
    vi.resetModules();
    // Simulating an engine that lacks it; vi.unstubAllGlobals puts it back.
    vi.stubGlobal('Intl', {
      ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((k) => [k, (Intl as unknown as Record<string, unknown>)[k]])),
      Segmenter: undefined,
    });
    try {
      const { coreQuery: core, relaxedQueries: relaxed } = await import('../../src/lib/search-query.ts');
      expect(core('被打了怎么办？')).toBe('被打了');
      expect(core('人身安全保护令')).toBe('人身安全保护令');
      expect(relaxed('离婚 冷静期 财产')).toEqual(['冷静期', '离婚', '财产']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
