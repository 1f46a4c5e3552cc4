/**
 * The search page's renderer: everything the page shows, from what the runner found.
 * Knows the markup (the parts found by data attributes) and nothing of Pagefind or the
 * address bar; strings come from the page's data-i18n-* attributes.
 */
import type { QueryVariant } from '../lib/search-synonyms.ts';
import type { SearchState } from '../lib/search-state.ts';
import type { Hit, PagefindResultData } from './search-pagefind.ts';

/** Results shown at first and added by each "more". */
export const PAGE_SIZE = 20;
/** Filters shown, in this order (the names the layouts emit with data-pagefind-filter). */
export const FILTER_ORDER = ['类型', '主题', '乡镇'];

/** The page's parts the renderer writes to. */
export interface SearchParts {
  input: HTMLInputElement;
  status: HTMLElement;
  also: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  urgent: HTMLElement;
  notFound: HTMLElement;
  controls: HTMLElement;
  groups: HTMLElement;
  clear: HTMLButtonElement;
}

type Text = (key: string, vars?: Record<string, string | number>) => string;

/** 2026-11-02 → 2026年11月2日 */
export function chineseDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** One result as a list item: linked title, type and date, Pagefind's excerpt. */
export function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  li.dataset.searchResult = '';
  const h = document.createElement('h2');
  h.className = 'text-lg';
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  li.append(h);
  const info = [d.filters?.['类型']?.[0], chineseDate(d.meta.date)].filter(Boolean).join(' · ');
  if (info) {
    const p = document.createElement('p');
    p.className = 'text-sm text-[var(--color-muted)]';
    p.textContent = info;
    li.append(p);
  }
  const p = document.createElement('p');
  p.className = 'mt-1';
  // Pagefind's excerpt is escaped text with <mark> around the matches.
  p.innerHTML = d.excerpt;
  li.append(p);
  return li;
}

/** The filter checkboxes, one fieldset per filter, from Pagefind's filter counts. */
export function filterGroups(all: Record<string, Record<string, number>>): HTMLFieldSetElement[] {
  const rank = (name: string) => FILTER_ORDER.indexOf(name) + 1 || 99;
  const out: HTMLFieldSetElement[] = [];
  for (const name of Object.keys(all).sort((a, b) => rank(a) - rank(b))) {
    const values = Object.entries(all[name] ?? {}).filter(([, n]) => n > 0);
    if (!values.length) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'mt-2';
    const legend = document.createElement('legend');
    legend.className = 'font-bold';
    legend.textContent = name;
    const ul = document.createElement('ul');
    ul.className = 'mt-1 flex flex-wrap gap-2';
    for (const [value, n] of values) {
      const li = document.createElement('li');
      const label = document.createElement('label');
      label.className = 'chip tap gap-2 cursor-pointer';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.className = 'size-5';
      label.append(box, `${value}（${n}）`);
      li.append(label);
      ul.append(li);
    }
    fieldset.append(legend, ul);
    out.push(fieldset);
  }
  return out;
}

/** The renderer for one page. `current()` says whether a render is still the latest one. */
export function createRenderer(parts: SearchParts, root: HTMLElement, text: Text) {
  const { input, status, also, list, more, empty, urgent, notFound, controls, groups, clear } = parts;
  let shown: Hit[] = [];
  /** The early results being added (first()), which done() continues after. */
  let early: Promise<void> = Promise.resolve();

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result] h2 a')];

  /**
   * Appends the items, fetching every fragment at once but showing each as soon as it and
   * those above it have arrived: the first answer appears after one fragment, not twenty.
   */
  const appendItems = async (items: Hit[], current: () => boolean) => {
    const pending = items.map((r) => r.data());
    for (const next of pending) {
      const d = await next;
      if (!current()) return;
      list.append(resultItem(d));
    }
  };

  /** Ticks the checkboxes and radios to match the state. */
  const syncControls = (state: SearchState) => {
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
    for (const radio of controls.querySelectorAll<HTMLInputElement>('input[name=sort]')) radio.checked = radio.value === state.sort;
    clear.hidden = Object.keys(state.filters).length === 0;
  };

  return {
    resultLinks,
    syncControls,

    /** Clears the last search's output and shows the state being searched. */
    start(state: SearchState, urgentQuery: boolean) {
      input.value = state.q;
      syncControls(state);
      urgent.hidden = !urgentQuery;
      list.textContent = ''; // not replaceChildren(): Chromium < 86 and Safari < 14 lack it
      also.hidden = true;
      more.hidden = true;
      empty.hidden = true;
      notFound.hidden = true;
      shown = [];
      early = Promise.resolve();
      root.dataset.searchState = state.q ? 'loading' : 'idle';
      status.textContent = state.q ? text('loading') : '';
    },

    /**
     * Shows the best results while the rest are still being ranked (show first, rank after).
     * The status keeps saying "searching" and the page stays in its loading state: the count
     * and the closing lines come with done(), whose results start with these.
     */
    first(hits: Hit[], current: () => boolean) {
      early = appendItems(hits.slice(0, PAGE_SIZE), current);
      return early;
    },

    /** Shows the first page of results (after any shown early), then the count, the extra words and the closing lines. */
    async done(q: string, variants: QueryVariant[], results: Hit[], current: () => boolean) {
      shown = results;
      await early;
      if (!current()) return;
      const already = list.querySelectorAll('[data-search-result]').length;
      await appendItems(results.slice(already, PAGE_SIZE), current);
      if (!current()) return;
      status.textContent = results.length ? text('results', { n: results.length }) : text('none', { q });
      const extra = variants.map((v) => v.q).filter((v) => v !== q);
      if (extra.length) {
        also.textContent = text('also', { words: extra.map((w) => `“${w}”`).join('、') });
        also.hidden = false;
      }
      more.hidden = results.length <= PAGE_SIZE;
      empty.hidden = results.length > 0;
      // Every list of results ends with the hotlines, for the reader who did not find it.
      notFound.hidden = results.length === 0;
      root.dataset.searchState = 'done';
      root.dataset.searchDone = q;
    },

    /** Pagefind could not be loaded or failed. */
    error() {
      status.textContent = text('error');
      empty.hidden = false;
      root.dataset.searchState = 'error';
    },

    /** Adds the next page of results and moves focus to the first new one. */
    async more(current: () => boolean) {
      const next = list.querySelectorAll('[data-search-result]').length;
      const first = resultLinks().length;
      await appendItems(shown.slice(next, next + PAGE_SIZE), current);
      more.hidden = next + PAGE_SIZE >= shown.length;
      resultLinks()[first]?.focus();
    },

    /** Builds the filter checkboxes from the index's filter counts. */
    filters(all: Record<string, Record<string, number>>, state: SearchState) {
      groups.append(...filterGroups(all));
      syncControls(state);
    },
  };
}
