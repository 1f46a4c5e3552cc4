import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, writeState } from '../../src/lib/search-state.ts';

describe('readState / writeState', () => {
  it.each([
    ['', { q: '', sort: 'relevance', filters: {} }],
    ['?q=%E4%BF%9D%E6%8A%A4%E4%BB%A4', { q: '保护令', sort: 'relevance', filters: {} }],
    [
      '?q=a&sort=date&f=类型:普法园地&f=类型:案例故事&f=主题:家庭暴力',
      { q: 'a', sort: 'date', filters: { 类型: ['普法园地', '案例故事'], 主题: ['家庭暴力'] } },
    ],
    ['?q=a&sort=weird&f=broken&f=:x&f=y:', { q: 'a', sort: 'relevance', filters: {} }],
  ] as const)('%s', (search, state) => {
    expect(readState(search)).toEqual(state);
    expect(readState(writeState(readState(search)))).toEqual(state);
  });
  it('writes nothing for an empty search', () => expect(writeState({ q: '', sort: 'relevance', filters: {} })).toBe(''));
});

describe('pagefindFilters', () => {
  it('asks for any chosen value within a filter and drops empty ones', () => {
    expect(pagefindFilters({ 类型: ['普法园地', '案例故事'], 乡镇: [] })).toEqual({ 类型: { any: ['普法园地', '案例故事'] } });
  });
});
