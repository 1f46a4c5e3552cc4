// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineFiles, indexFiles, initSearchWarm, pickLanguage, resetWarm, warmPagefind } from '../../src/scripts/search-warm.ts';
import type { PagefindEntry } from '../../src/scripts/search-warm.ts';

const ENTRY: PagefindEntry = {
  languages: {
    'zh-cn': { hash: 'zh-cn_abc', wasm: null, page_count: 47 },
    en: { hash: 'en_def', wasm: 'en', page_count: 3 },
  },
};

/** A fetch stand-in that answers the entry file with ENTRY and everything else with a few bytes. */
function fakeFetch(entry: unknown = ENTRY) {
  return vi.fn(async (url: string) =>
    url.endsWith('pagefind-entry.json') ? new Response(JSON.stringify(entry), { status: 200 }) : new Response(new Uint8Array(8), { status: 200 }),
  );
}

const HEADER = `<header>
  <form action="/search/" method="get" role="search" data-search-warm="/pagefind/"><input type="search" name="q"></form>
  <form action="/search/" method="get" role="search" data-search-warm="/pagefind/"><input type="search" name="q"></form>
</header>`;

beforeEach(() => resetWarm());
afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('picking the index Pagefind will load', () => {
  it.each([
    ['zh-CN', 'zh-cn_abc'],
    ['en-GB', 'en_def'],
    ['fr', 'zh-cn_abc'],
    ['', 'zh-cn_abc'],
  ])('page language %j → %s (exact, then its first part, then the largest index)', (lang, hash) => {
    expect(pickLanguage(ENTRY, lang)?.hash).toBe(hash);
  });

  it('names the files as Pagefind 1.6 fetches them', () => {
    expect(engineFiles('/pagefind/')).toEqual(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json']);
    expect(indexFiles('/pagefind/', ENTRY.languages['zh-cn']!)).toEqual(['/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind.zh-cn_abc.pf_meta']);
    expect(indexFiles('/pagefind/', ENTRY.languages.en!)).toEqual(['/pagefind/wasm.en.pagefind', '/pagefind/pagefind.en_def.pf_meta']);
  });
});

describe('warming the engine', () => {
  it('fetches the script, worker, entry, WebAssembly and metadata once per page', async () => {
    const get = fakeFetch();
    await warmPagefind('/pagefind/', 'zh-CN', get);
    await warmPagefind('/pagefind/', 'zh-CN', get);
    expect(get.mock.calls.map(([url]) => url).sort()).toEqual(
      [
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/pagefind.zh-cn_abc.pf_meta',
      ].sort(),
    );
  });

  it('a missing or broken entry file warms only what does not depend on it, without an error', async () => {
    const get = vi.fn(async (url: string) => (url.endsWith('.json') ? new Response('nope', { status: 404 }) : new Response('x')));
    await expect(warmPagefind('/pagefind/', 'zh-CN', get)).resolves.toBeUndefined();
    expect(get).toHaveBeenCalledTimes(3);
  });

  it('an offline reader gets no error either', async () => {
    const get = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(warmPagefind('/pagefind/', 'zh-CN', get)).resolves.toBeUndefined();
  });
});

describe('initSearchWarm on the header forms', () => {
  it('starts on the first focus of either box, not before, and only once', async () => {
    const get = fakeFetch();
    vi.stubGlobal('fetch', get);
    document.body.innerHTML = HEADER;
    initSearchWarm();
    expect(get).not.toHaveBeenCalled();
    const [a, b] = document.querySelectorAll('input');
    a!.dispatchEvent(new Event('focus'));
    b!.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(5));
    expect(get.mock.calls[0]![0]).toBe('/pagefind/pagefind.js');
    expect(document.querySelectorAll('[data-search-warm-init]')).toHaveLength(2);
  });

  it('does nothing in an engine too old for Pagefind (its WebAssembly does not validate)', () => {
    const get = fakeFetch();
    vi.stubGlobal('fetch', get);
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    document.body.innerHTML = HEADER;
    initSearchWarm();
    document.querySelector('input')!.dispatchEvent(new Event('focus'));
    expect(get).not.toHaveBeenCalled();
    expect(document.querySelector('[data-search-warm-init]')).toBeNull();
  });
});
