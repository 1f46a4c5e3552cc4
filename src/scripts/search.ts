/**
 * The search page: reads ?q= (and sort, filters) from the address bar, runs Pagefind in
 * the browser and keeps the address bar in step, so Back steps through earlier searches.
 *
 * One search is several Pagefind queries: the reader's words (Traditional characters
 * turned Simplified, question words removed) plus their synonym expansions from
 * content/synonyms.yaml; the result lists are merged by page (src/lib/search-rank.ts).
 * The synonym list and the Traditional map arrive in the page as JSON, built at build time.
 */
import { coreQuery, isUrgentQuery, relaxedQueries } from '../lib/search-query.ts';
import { expandQuery } from '../lib/search-synonyms.ts';
import type { QueryVariant, SynonymGroup } from '../lib/search-synonyms.ts';
import { fuseResults } from '../lib/search-rank.ts';
import { pagefindFilters, readState, writeState } from '../lib/search-state.ts';
import type { SearchState } from '../lib/search-state.ts';
import { decodeCharPairs, toSimplified } from '../lib/traditional.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
  filters?: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface PagefindOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: PagefindOptions): Promise<PagefindSearch>;
  preload(q: string, o?: PagefindOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** What one search produced, for the page and for tests. */
export interface SearchOutcome {
  /** The queries that ran (the reader's first). */
  variants: QueryVariant[];
  /** Every matching page, best first (or newest first). */
  results: PagefindResult[];
}

/** Data the page embeds at build time (see search.astro). */
interface SearchData {
  t: string;
  s: SynonymGroup[];
}

const PAGE_SIZE = 20;
/** Below this many results a long question is retried word by word. */
const FEW_RESULTS = 3;
/** Weight of each word-by-word query. */
const RELAXED_WEIGHT = 0.6;
/** Filters shown, in this order (the names the layouts emit with data-pagefind-filter). */
const FILTER_ORDER = ['类型', '主题', '乡镇'];

/**
 * Pagefind 1.6's engine is WebAssembly that returns several values and uses several tables
 * (Chromium 85 and 96, Safari 15): an older engine fails to compile it inside Pagefind's worker,
 * an uncaught error with the page half-started. This 25-byte module uses both, so validating it
 * tells beforehand (graded support: no engine names, no user-agent sniffing).
 */
const PAGEFIND_WASM_PROBE = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 6, 1, 0x60, 0, 2, 0x7f, 0x7f, 4, 7, 2, 0x70, 0, 0, 0x70, 0, 0];

/** True when this engine can run Pagefind's WebAssembly. */
export function canRunPagefind(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array(PAGEFIND_WASM_PROBE));
  } catch {
    return false;
  }
}

let pagefind: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime path: Pagefind's bundle is produced after the Astro build.
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ excerptLength: 36, excerptEllipsis: '…' });
    // Fetch the engine and the index metadata now, not on the first keystroke.
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

function fill(template: string | undefined, vars: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** 2026-11-02 → 2026年11月2日 */
function chineseDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

function readData(): SearchData {
  try {
    const el = document.querySelector('[data-search-data]');
    const parsed = JSON.parse(el?.textContent ?? '{}') as Partial<SearchData>;
    return { t: parsed.t ?? '', s: parsed.s ?? [] };
  } catch {
    return { t: '', s: [] };
  }
}

/** Wire up the search page once. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root || root.dataset.ready) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const also = root.querySelector<HTMLElement>('[data-search-also]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const urgent = root.querySelector<HTMLElement>('[data-search-urgent]');
  const controls = root.querySelector<HTMLElement>('[data-search-controls]');
  const groups = root.querySelector<HTMLElement>('[data-search-filter-groups]');
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]');
  if (!form || !input || !status || !also || !list || !more || !empty || !urgent || !controls || !groups || !clear) return;
  if (!canRunPagefind()) {
    // Too old for the search engine: keep the no-JavaScript page (browse by topic, hotlines), saying why.
    const note = document.querySelector<HTMLElement>('[data-search-fallback-text]');
    if (note && root.dataset.i18nUnsupported) note.textContent = root.dataset.i18nUnsupported;
    root.dataset.searchState = 'unsupported';
    return;
  }
  root.dataset.ready = 'true';
  // Someone who puts the cursor in the box is about to search: start loading the engine.
  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  // The script runs, so the "search needs JavaScript" block is not needed.
  document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  root.querySelectorAll<HTMLElement>('[data-search-js]').forEach((el) => el.removeAttribute('hidden'));
  const i18n = root.dataset;
  const data = readData();
  const tmap = decodeCharPairs(data.t);
  let state: SearchState = readState(location.search);
  let run = 0;
  let shown: PagefindResult[] = [];
  let dateOrder: Promise<Map<string, number>> | null = null;

  /** Page ids in newest-first order, from one filter-only Pagefind query. */
  const newestFirst = (pf: Pagefind) =>
    (dateOrder ??= pf.search(null, { sort: { date: 'desc' } }).then((r) => new Map(r.results.map((x, i) => [x.id, i]))));

  /** Runs the reader's query and its expansions and merges them. */
  const search = async (raw: string, s: SearchState): Promise<SearchOutcome> => {
    const core = coreQuery(toSimplified(raw, tmap));
    const variants = core ? expandQuery(core, data.s) : [];
    const pf = await load();
    const options: PagefindOptions = { filters: pagefindFilters(s.filters) };
    const runAll = (vs: QueryVariant[]) => Promise.all(vs.map(async (v) => ({ weight: v.weight, results: (await pf.search(v.q, options)).results })));
    const lists = await runAll(variants);
    let results = fuseResults(lists).map((f) => f.item);
    if (results.length < FEW_RESULTS) {
      const relaxed = relaxedQueries(core).filter((q) => !variants.some((v) => v.q === q)).map((q) => ({ q, weight: RELAXED_WEIGHT }));
      if (relaxed.length) {
        variants.push(...relaxed);
        results = fuseResults([...lists, ...(await runAll(relaxed))]).map((f) => f.item);
      }
    }
    if (s.sort === 'date') {
      const order = await newestFirst(pf);
      const at = (r: PagefindResult) => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
      results = results.map((r, i) => ({ r, i })).sort((a, b) => at(a.r) - at(b.r) || a.i - b.i).map((x) => x.r);
    }
    return { variants, results };
  };

  const renderItems = async (items: PagefindResult[], mine: number) => {
    // Fetch every fragment at once, but show each result as soon as it and those above it
    // have arrived: the first answer appears after one fragment, not after twenty.
    const pending = items.map((r) => r.data());
    for (const next of pending) {
      const d = await next;
      if (mine !== run) return;
      const li = document.createElement('li');
      li.className = 'card';
      li.dataset.searchResult = '';
      const h = document.createElement('h2');
      h.className = 'text-lg';
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      h.append(a);
      const info = [d.filters?.['类型']?.[0], chineseDate(d.meta.date)].filter(Boolean).join(' · ');
      li.append(h);
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
      list.append(li);
    }
  };

  const render = async () => {
    const mine = ++run;
    const q = state.q;
    input.value = q;
    syncControls();
    urgent.hidden = !(isUrgentQuery(q) || isUrgentQuery(toSimplified(q, tmap)));
    list.textContent = ''; // not replaceChildren(): Chromium < 86 and Safari < 14 lack it
    also.hidden = true;
    more.hidden = true;
    empty.hidden = true;
    root.dataset.searchState = 'idle';
    if (!q) {
      status.textContent = '';
      return;
    }
    root.dataset.searchState = 'loading';
    status.textContent = i18n.i18nLoading ?? '';
    try {
      const { variants, results } = await search(q, state);
      if (mine !== run) return;
      shown = results;
      await renderItems(results.slice(0, PAGE_SIZE), mine);
      if (mine !== run) return;
      status.textContent = results.length ? fill(i18n.i18nResults, { n: results.length }) : fill(i18n.i18nNone, { q });
      const extra = variants.map((v) => v.q).filter((v) => v !== q);
      if (extra.length) {
        also.textContent = fill(i18n.i18nAlso, { words: extra.map((w) => `“${w}”`).join('、') });
        also.hidden = false;
      }
      more.hidden = results.length <= PAGE_SIZE;
      empty.hidden = results.length > 0;
      root.dataset.searchState = 'done';
      root.dataset.searchDone = q;
    } catch {
      if (mine !== run) return;
      status.textContent = i18n.i18nError ?? '';
      empty.hidden = false;
      root.dataset.searchState = 'error';
    }
  };

  /** Moves the state into the address bar: a new entry for a new search, a replacement otherwise. */
  const commit = (next: SearchState, push: boolean) => {
    state = next;
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void render();
  };

  // Filters and sort: built from the index once Pagefind is loaded.
  const syncControls = () => {
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
    for (const radio of controls.querySelectorAll<HTMLInputElement>('input[name=sort]')) radio.checked = radio.value === state.sort;
    clear.hidden = Object.keys(state.filters).length === 0;
  };
  const buildFilters = async () => {
    const all = await (await load()).filters();
    const names = Object.keys(all).sort((a, b) => (FILTER_ORDER.indexOf(a) + 1 || 99) - (FILTER_ORDER.indexOf(b) + 1 || 99));
    for (const name of names) {
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
      groups.append(fieldset);
    }
    syncControls();
  };
  groups.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const filters = { ...state.filters };
    const values = new Set(filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    if (values.size) filters[box.name] = [...values];
    else delete filters[box.name];
    commit({ ...state, filters }, true);
  });
  clear.addEventListener('click', () => commit({ ...state, filters: {} }, true));
  controls.addEventListener('change', (event) => {
    const radio = event.target;
    if (radio instanceof HTMLInputElement && radio.name === 'sort') commit({ ...state, sort: radio.value === 'date' ? 'date' : 'relevance' }, true);
  });

  more.addEventListener('click', async () => {
    const next = list.querySelectorAll('[data-search-result]').length;
    const first = list.querySelectorAll<HTMLAnchorElement>('[data-search-result] h2 a').length;
    await renderItems(shown.slice(next, next + PAGE_SIZE), run);
    more.hidden = next + PAGE_SIZE >= shown.length;
    list.querySelectorAll<HTMLAnchorElement>('[data-search-result] h2 a')[first]?.focus();
  });

  // Typing searches after a pause and replaces the current history entry; Enter adds one.
  // A pending pause is cancelled by Enter and by Back/Forward, or it would later overwrite
  // the entry the reader has just returned to with the text they had typed.
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit({ ...state, q: input.value.trim() }, true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    const core = coreQuery(toSimplified(q, tmap));
    if (core) void load().then((pf) => pf.preload(core)).catch(() => {});
    timer = setTimeout(() => {
      if (q !== state.q) commit({ ...state, q }, false);
    }, 400);
  });

  // Arrow keys: from the box into the results, and between results.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result] h2 a')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === input) {
      if (event.key !== 'ArrowDown') return;
      links[0]!.focus();
    } else if (at >= 0) {
      if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
      else if (at === 0) input.focus();
      else links[at - 1]!.focus();
    } else return;
    event.preventDefault();
  });

  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    state = readState(location.search);
    void render();
  });
  void render();
  void buildFilters().catch(() => {
    controls.hidden = true;
  });
}
