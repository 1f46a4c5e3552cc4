/**
 * Warms the search engine from the header's search box on any page: when the reader puts
 * the cursor in the box (or types into it), fetch the Pagefind files the search page will
 * need before its first query — pagefind.js, its worker, the entry file, the WebAssembly
 * and the index metadata — so the search page the form opens finds them in the HTTP cache
 * instead of fetching about 80 KB while the reader waits (docs/performance.md, "Search on a
 * phone"). Nothing runs: the files are only fetched, not compiled, so a reader who does
 * not search pays bytes, not CPU.
 *
 * Only where Pagefind can run (canRunPagefind(): an old engine searches the small fallback
 * index and would never use these files). Same-origin requests only.
 *
 * Markup: `data-search-warm="<Pagefind's folder>"` on the header's search forms
 * (routes.pagefind()); the form's search box is the part watched.
 */
import { enhance } from './kit.ts';
import { canRunPagefind } from './pagefind-support.ts';

/** One language's index, as pagefind-entry.json lists it. */
export interface PagefindEntryLanguage {
  hash: string;
  wasm: string | null;
  page_count: number;
}

/** The part of pagefind-entry.json the warm-up reads. */
export interface PagefindEntry {
  languages: Record<string, PagefindEntryLanguage>;
}

/**
 * The index Pagefind will pick for the page language `lang` (its findIndex in 1.6): the
 * exact language, else its first part (zh for zh-CN), else the language with the most pages.
 */
export function pickLanguage(entry: PagefindEntry, lang: string): PagefindEntryLanguage | undefined {
  const code = (lang || 'unknown').toLowerCase();
  const { languages } = entry;
  return languages[code] ?? languages[code.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** The files Pagefind fetches once it knows its index: the WebAssembly and the metadata. */
export function indexFiles(base: string, index: PagefindEntryLanguage): string[] {
  return [`${base}wasm.${index.wasm ?? 'unknown'}.pagefind`, `${base}pagefind.${index.hash}.pf_meta`];
}

/** The files that do not depend on the index: the script, its worker and the entry file. */
export function engineFiles(base: string): string[] {
  return [`${base}pagefind.js`, `${base}pagefind-worker.js`, `${base}pagefind-entry.json`];
}

type Fetch = (url: string) => Promise<Response>;

let warming: Promise<void> | null = null;

/**
 * Fetches the engine's files into the HTTP cache, once per page. Failures are ignored: the
 * search page fetches (and reports) for itself. Resolves when every file has arrived.
 */
export function warmPagefind(base: string, lang: string, get: Fetch = (url) => fetch(url, { credentials: 'same-origin' })): Promise<void> {
  warming ??= (async () => {
    const drain = (r: Promise<Response>) => r.then((res) => res.arrayBuffer()).catch(() => undefined);
    const [script, worker, entry] = engineFiles(base);
    const fixed = [drain(get(script!)), drain(get(worker!))];
    const index = await get(entry!)
      .then((res) => (res.ok ? (res.json() as Promise<PagefindEntry>) : null))
      .catch(() => null);
    const picked = index?.languages ? pickLanguage(index, lang) : undefined;
    await Promise.all([...fixed, ...(picked ? indexFiles(base, picked).map((url) => drain(get(url))) : [])]);
  })();
  return warming;
}

/** For tests: forget the warm-up of this page. */
export function resetWarm(): void {
  warming = null;
}

/** Start the warm-up on every header search form (`[data-search-warm]`) once. */
export function initSearchWarm(): void {
  if (!canRunPagefind()) return;
  enhance('search-warm', { input: ['input[type="search"]', HTMLInputElement] }, ({ root, parts }) => {
    const base = root.dataset.searchWarm || '/pagefind/';
    const start = () => void warmPagefind(base, document.documentElement.lang);
    parts.input.addEventListener('focus', start, { once: true });
    parts.input.addEventListener('input', start, { once: true });
  });
}
