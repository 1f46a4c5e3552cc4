/**
 * The search page: wires the runner (search-pagefind.ts), the renderer (search-render.ts)
 * and the history controller (search-history.ts) to the markup of src/pages/search.astro,
 * plus the keys: Enter, typing with a pause, arrow keys between box and results.
 * The synonym list and the Traditional map arrive in the page as JSON, built at build time.
 */
import { isUrgentQuery } from '../lib/search-query.ts';
import type { SearchState } from '../lib/search-state.ts';
import type { SynonymGroup } from '../lib/search-synonyms.ts';
import { decodeCharPairs, toSimplified } from '../lib/traditional.ts';
import { enhance, MarkupError, report } from './kit.ts';
import { createHistory } from './search-history.ts';
import { createRunner, pagefindLoader } from './search-pagefind.ts';
import type { Pagefind } from './search-pagefind.ts';
import { createFallbackEngine, parseFallbackIndex } from '../lib/search-fallback.ts';
import { createRenderer } from './search-render.ts';
import { canRunPagefind } from './pagefind-support.ts';

export { canRunPagefind };

/**
 * Loads the fallback index (routes.searchIndex()) once, as an engine with Pagefind's
 * interface; a failed load may be retried. fetch: Chromium 42, Safari 10.1.
 */
export function fallbackLoader(url: string): () => Promise<Pagefind> {
  let engine: Promise<Pagefind> | null = null;
  return () => {
    engine ??= fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      })
      .then((doc: unknown) => createFallbackEngine(parseFallbackIndex(doc)));
    engine.catch(() => (engine = null));
    return engine;
  };
}

/** Reads the build-time data; a broken block is drift, and search still runs without it. */
function readData(el: Element): { t: string; s: SynonymGroup[] } {
  try {
    const parsed = JSON.parse(el.textContent ?? '{}') as { t?: string; s?: SynonymGroup[] };
    return { t: parsed.t ?? '', s: parsed.s ?? [] };
  } catch {
    report(new MarkupError('[data-search]: [data-search-data] is not valid JSON'));
    return { t: '', s: [] };
  }
}

/** Wire up the search page once. */
export function initSearch(): void {
  enhance(
    'search',
    {
      form: ['[data-search-form]', HTMLFormElement],
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
      data: ['[data-search-data]', HTMLScriptElement],
    },
    ({ root, parts, text }) => {
      const { form, input, more, controls, groups, clear } = parts;
      const data = readData(parts.data);
      const tmap = decodeCharPairs(data.t);
      // Too old for Pagefind's engine: the same page over the small index of titles, summaries and keywords.
      const load = canRunPagefind() ? pagefindLoader() : fallbackLoader(root.dataset.searchIndex ?? '');
      const runner = createRunner(load, data, tmap);
      const view = createRenderer(parts, root, text);

      // Someone who puts the cursor in the box is about to search: start loading the engine.
      // This script is fetched after the page's own (src/scripts/site.ts import()s it): on a slow
      // network the reader may already be in the box when it starts, so check for that too.
      if (document.activeElement === input) void load().catch(() => {});
      else input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
      // The script runs, so the "search needs JavaScript" block is not needed.
      document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
      root.querySelectorAll<HTMLElement>('[data-search-js]').forEach((el) => el.removeAttribute('hidden'));

      // The filter counts are Pagefind's filter files (about 17 KB at 3,000 articles), not on the way to
      // the first result: fetched when the reader opens 筛选和排序 or once a search has finished.
      let filtersAsked = false;
      const loadFilters = () => {
        if (filtersAsked) return;
        filtersAsked = true;
        void runner
          .filters()
          .then((all) => view.filters(all, nav.state))
          .catch(() => {
            // Only the filters: sorting works without their counts, and the reader may be in there.
            groups.hidden = true;
          });
      };
      controls.addEventListener('toggle', loadFilters);

      let run = 0;
      const show = async (state: SearchState) => {
        const mine = ++run;
        const current = () => mine === run;
        view.start(state, isUrgentQuery(state.q) || isUrgentQuery(toSimplified(state.q, tmap)));
        if (!state.q) return;
        try {
          // Show first, rank after: the best few appear while the rest are being ranked.
          const { variants, results } = await runner.search(state.q, state, async (first) => {
            if (!current()) return;
            // Not a timer or a frame wait: those stop with a paused clock (tests) or in a hidden tab. The items
            // are in the DOM when this settles; the rest's fetches are network work that does not hold up the paint.
            await view.first(first, current);
          });
          if (!current()) return;
          await view.done(state.q, variants, results, current);
          loadFilters();
        } catch {
          if (current()) view.error();
        }
      };
      const nav = createHistory(window, (state) => void show(state));

      groups.addEventListener('change', (event) => {
        const box = event.target;
        if (!(box instanceof HTMLInputElement)) return;
        const filters = { ...nav.state.filters };
        const values = new Set(filters[box.name] ?? []);
        if (box.checked) values.add(box.value);
        else values.delete(box.value);
        if (values.size) filters[box.name] = [...values];
        else delete filters[box.name];
        nav.commit({ ...nav.state, filters }, true);
      });
      clear.addEventListener('click', () => nav.commit({ ...nav.state, filters: {} }, true));
      controls.addEventListener('change', (event) => {
        const radio = event.target;
        if (radio instanceof HTMLInputElement && radio.name === 'sort') nav.commit({ ...nav.state, sort: radio.value === 'date' ? 'date' : 'relevance' }, true);
      });
      more.addEventListener('click', () => {
        const mine = run;
        void view.more(() => mine === run);
      });

      form.addEventListener('submit', (event) => {
        event.preventDefault();
        nav.submit(input.value);
      });
      input.addEventListener('input', () => {
        runner.preload(input.value.trim());
        nav.type(input.value);
      });

      // Arrow keys: from the box into the results, and between results.
      root.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        const links = view.resultLinks();
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

      // Words typed before this script arrived (site.ts fetches it after the page): start() shows the
      // address's query and would clear them, so put them back and search them after the typing pause.
      const early = input.value;
      nav.start();
      if (early.trim() && early.trim() !== nav.state.q) {
        input.value = early;
        runner.preload(early.trim());
        nav.type(early);
      }
    },
  );
}
