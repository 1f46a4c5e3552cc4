// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findParts, i18n } from '../../src/scripts/kit.ts';
import { chineseDate, createRenderer, filterGroups, PAGE_SIZE, resultItem } from '../../src/scripts/search-render.ts';
import type { Hit, PagefindResultData } from '../../src/scripts/search-pagefind.ts';

/** The parts of src/pages/search.astro the renderer writes to. */
const MARKUP = `
<div data-search data-i18n-loading="正在搜索……" data-i18n-results="找到 {n} 条结果" data-i18n-none="没有找到与“{q}”相关的内容。" data-i18n-error="搜索暂时无法使用。" data-i18n-also="同时搜索了：{words}">
  <input data-search-input>
  <div data-search-urgent hidden></div>
  <p data-search-status></p>
  <p data-search-also hidden></p>
  <ol data-search-results></ol>
  <button data-search-more hidden></button>
  <div data-search-notfound hidden><a href="tel:12348">12348</a><a href="tel:12338">12338</a></div>
  <div data-search-empty hidden></div>
  <details data-search-controls><div data-search-filter-groups></div>
    <input type="radio" name="sort" value="relevance"><input type="radio" name="sort" value="date">
    <button data-search-clear hidden></button></details>
</div>`;

const hit = (i: number): Hit => ({
  id: `p${i}`,
  data: async (): Promise<PagefindResultData> => ({
    url: `/p${i}/`,
    excerpt: `第<mark>${i}</mark>篇`,
    meta: { title: `标题${i}`, date: '2026-11-02' },
    filters: { 类型: ['普法园地'] },
  }),
});

function setup() {
  document.body.innerHTML = MARKUP;
  const root = document.querySelector<HTMLElement>('[data-search]')!;
  const parts = findParts(root, 'search', {
    input: ['[data-search-input]', HTMLInputElement],
    status: '[data-search-status]',
    also: '[data-search-also]',
    list: ['[data-search-results]', HTMLOListElement],
    more: ['[data-search-more]', HTMLButtonElement],
    empty: '[data-search-empty]',
    urgent: '[data-search-urgent]',
    notFound: '[data-search-notfound]',
    controls: '[data-search-controls]',
    groups: '[data-search-filter-groups]',
    clear: ['[data-search-clear]', HTMLButtonElement],
  });
  return { root, parts, view: createRenderer(parts, root, i18n(root)) };
}
const always = () => true;

describe('the search renderer', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('a result is a linked title, its type and date in Chinese, and the highlighted excerpt', () => {
    const li = resultItem({ url: '/a/', excerpt: '申请<mark>保护令</mark>', meta: { title: '保护令', date: '2026-11-02' }, filters: { 类型: ['普法园地'] } });
    expect(li.querySelector('h2 a')?.getAttribute('href')).toBe('/a/');
    expect(li.textContent).toContain('普法园地 · 2026年11月2日');
    expect(li.querySelector('mark')?.textContent).toBe('保护令');
    expect(chineseDate('bad')).toBe('');
  });

  it('shows loading, then the results, the count and the 没找到 hotlines after the list', async () => {
    const { root, parts, view } = setup();
    view.start({ q: '保护令', sort: 'relevance', filters: {} }, false);
    expect(root.dataset.searchState).toBe('loading');
    expect(parts.status.textContent).toBe('正在搜索……');
    await view.done(
      '保护令',
      [
        { q: '保护令', weight: 1 },
        { q: '人身安全保护令', weight: 1 },
      ],
      [hit(1), hit(2)],
      always,
    );
    expect(root.dataset.searchState).toBe('done');
    expect(root.dataset.searchDone).toBe('保护令');
    expect(parts.list.querySelectorAll('[data-search-result]')).toHaveLength(2);
    expect(parts.status.textContent).toBe('找到 2 条结果');
    expect(parts.also.hidden).toBe(false);
    expect(parts.also.textContent).toBe('同时搜索了：“人身安全保护令”');
    expect(parts.notFound.hidden).toBe(false);
    expect(parts.empty.hidden).toBe(true);
    expect(parts.list.compareDocumentPosition(parts.notFound) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('with no results shows the empty box instead of the hotline line', async () => {
    const { parts, view } = setup();
    view.start({ q: 'qqq', sort: 'relevance', filters: {} }, false);
    await view.done('qqq', [{ q: 'qqq', weight: 1 }], [], always);
    expect(parts.status.textContent).toBe('没有找到与“qqq”相关的内容。');
    expect(parts.empty.hidden).toBe(false);
    expect(parts.notFound.hidden).toBe(true);
  });

  it('a newer search wins: an outdated render stops adding results', async () => {
    const { parts, view } = setup();
    view.start({ q: 'a', sort: 'relevance', filters: {} }, false);
    await view.done('a', [], [hit(1), hit(2)], () => false);
    expect(parts.list.children).toHaveLength(0);
  });

  it(`shows ${PAGE_SIZE} at a time and "more" adds the next page, focusing its first result`, async () => {
    const { parts, view } = setup();
    const hits = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => hit(i));
    view.start({ q: 'x', sort: 'relevance', filters: {} }, false);
    await view.done('x', [], hits, always);
    expect(parts.list.children).toHaveLength(PAGE_SIZE);
    expect(parts.more.hidden).toBe(false);
    await view.more(always);
    expect(parts.list.children).toHaveLength(PAGE_SIZE + 3);
    expect(parts.more.hidden).toBe(true);
    expect(document.activeElement?.getAttribute('href')).toBe(`/p${PAGE_SIZE}/`);
  });

  it('shows the first results while still searching, then continues the list after them without repeating any', async () => {
    const { root, parts, view } = setup();
    const hits = Array.from({ length: 5 }, (_, i) => hit(i));
    view.start({ q: 'x', sort: 'relevance', filters: {} }, false);
    await view.first(hits.slice(0, 2), always);
    expect([...parts.list.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/p0/', '/p1/']);
    expect(root.dataset.searchState).toBe('loading');
    expect(parts.status.textContent).toBe('正在搜索……');
    expect(parts.notFound.hidden).toBe(true);
    await view.done('x', [], hits, always);
    expect([...parts.list.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/p0/', '/p1/', '/p2/', '/p3/', '/p4/']);
    expect(parts.status.textContent).toBe('找到 5 条结果');
    expect(root.dataset.searchState).toBe('done');
  });

  it('a new search clears the results shown early by the one before', async () => {
    const { parts, view } = setup();
    view.start({ q: 'a', sort: 'relevance', filters: {} }, false);
    await view.first([hit(1)], always);
    view.start({ q: 'b', sort: 'relevance', filters: {} }, false);
    await view.done('b', [], [hit(7)], always);
    expect([...parts.list.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/p7/']);
  });

  it('an urgent query shows the urgent numbers; an error says search is unavailable', () => {
    const { root, parts, view } = setup();
    view.start({ q: '被打', sort: 'relevance', filters: {} }, true);
    expect(parts.urgent.hidden).toBe(false);
    view.error();
    expect(root.dataset.searchState).toBe('error');
    expect(parts.status.textContent).toBe('搜索暂时无法使用。');
    expect(parts.empty.hidden).toBe(false);
  });

  it('builds the filters in the site order with counts, ticked from the state', () => {
    const groups = filterGroups({ 乡镇: { 桐山街道: 2 }, 类型: { 普法园地: 5, 案例故事: 0 } });
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(['类型', '乡镇']);
    expect(groups[0]!.textContent).toContain('普法园地（5）');
    expect(groups[0]!.textContent).not.toContain('案例故事');
    const { parts, view } = setup();
    view.filters({ 类型: { 普法园地: 5 } }, { q: '', sort: 'date', filters: { 类型: ['普法园地'] } });
    expect(parts.groups.querySelector<HTMLInputElement>('input[value=普法园地]')?.checked).toBe(true);
    expect(parts.controls.querySelector<HTMLInputElement>('input[value=date]')?.checked).toBe(true);
    expect(parts.clear.hidden).toBe(false);
  });
});
