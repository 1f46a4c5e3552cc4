/**
 * The search page: reads ?q=, runs Pagefind in the browser, keeps the URL in
 * step with the query (so Back works) and renders results with highlights.
 */
import { isUrgentQuery } from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  options?(o: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  // A runtime path: Pagefind's bundle is produced after the Astro build.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Wire up the search page once. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root || root.dataset.ready) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const urgent = root.querySelector<HTMLElement>('[data-search-urgent]');
  if (!form || !input || !status || !list || !empty || !urgent) return;
  root.dataset.ready = 'true';
  // The script runs, so the "search needs JavaScript" block is not needed.
  document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  const i18n = root.dataset;
  let run = 0;

  const render = async (q: string) => {
    const mine = ++run;
    input.value = q;
    urgent.hidden = !isUrgentQuery(q);
    list.replaceChildren();
    empty.hidden = true;
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = i18n.i18nLoading ?? '';
    try {
      const pf = await load();
      const { results } = await pf.search(q);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      if (mine !== run) return;
      status.textContent = data.length ? fill(i18n.i18nResults ?? '', { n: results.length }) : fill(i18n.i18nNone ?? '', { q });
      empty.hidden = data.length > 0;
      for (const d of data) {
        const li = document.createElement('li');
        li.className = 'card';
        const h = document.createElement('h2');
        h.className = 'text-lg';
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        h.append(a);
        const p = document.createElement('p');
        p.className = 'mt-1';
        // Pagefind's excerpt is escaped text with <mark> around the matches.
        p.innerHTML = d.excerpt;
        li.append(h, p);
        list.append(li);
      }
    } catch {
      if (mine === run) status.textContent = i18n.i18nError ?? '';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    history.pushState({ q }, '', url);
    void render(q);
  });
  window.addEventListener('popstate', () => {
    void render(new URL(location.href).searchParams.get('q') ?? '');
  });
  void render(new URL(location.href).searchParams.get('q') ?? '');
}
