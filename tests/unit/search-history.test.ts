// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistory, TYPING_PAUSE_MS, type HistoryHost } from '../../src/scripts/search-history.ts';
import type { SearchState } from '../../src/lib/search-state.ts';

/** A window stand-in: an address bar with entries, Back, and the test's fake timers. */
function fakeHost(search = '') {
  const entries = [search];
  let at = 0;
  let onPop: () => void = () => {};
  const location = { pathname: '/search/', search };
  const go = (url: string) => url.slice('/search/'.length);
  const host: HistoryHost & { back(): void; entries: string[] } = {
    location,
    entries,
    history: {
      pushState: (_d: unknown, _t: string, url?: string | URL | null) => {
        entries.splice(++at, entries.length, go(String(url)));
        location.search = entries[at]!;
      },
      replaceState: (_d: unknown, _t: string, url?: string | URL | null) => {
        entries[at] = go(String(url));
        location.search = entries[at]!;
      },
    },
    addEventListener: (_type, listener) => {
      onPop = listener;
    },
    setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    back() {
      location.search = entries[--at]!;
      onPop();
    },
  };
  return host;
}

describe('createHistory', () => {
  let shown: SearchState[];
  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
  });
  afterEach(() => vi.useRealTimers());

  it('starts from the address bar', () => {
    const nav = createHistory(fakeHost('?q=%E4%BF%9D%E6%8A%A4%E4%BB%A4&sort=date'), (s) => shown.push(s));
    nav.start();
    expect(shown).toEqual([{ q: '保护令', sort: 'date', filters: {} }]);
  });

  it('Enter adds a history entry; typing replaces the current one after the pause', () => {
    const host = fakeHost('?q=a');
    const nav = createHistory(host, (s) => shown.push(s));
    nav.submit(' 保护令 ');
    expect(host.entries).toEqual(['?q=a', '?q=%E4%BF%9D%E6%8A%A4%E4%BB%A4']);
    nav.type('冷静期');
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(shown.map((s) => s.q)).toEqual(['保护令']);
    vi.advanceTimersByTime(1);
    expect(shown.map((s) => s.q)).toEqual(['保护令', '冷静期']);
    expect(host.entries).toEqual(['?q=a', '?q=%E5%86%B7%E9%9D%99%E6%9C%9F']);
  });

  it('only the last keystroke of a burst searches', () => {
    const nav = createHistory(fakeHost(), (s) => shown.push(s));
    for (const q of ['家', '家暴', '家暴怎么办']) {
      nav.type(q);
      vi.advanceTimersByTime(TYPING_PAUSE_MS / 2);
    }
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(shown.map((s) => s.q)).toEqual(['家暴怎么办']);
  });

  it('Back shows the earlier search and cancels a pending pause, which would overwrite it', () => {
    const host = fakeHost('?q=1');
    const nav = createHistory(host, (s) => shown.push(s));
    nav.submit('2');
    nav.type('23');
    host.back();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(host.location.search).toBe('?q=1');
    expect(shown.map((s) => s.q)).toEqual(['2', '1']);
  });

  it('Enter cancels a pending pause', () => {
    const host = fakeHost();
    const nav = createHistory(host, (s) => shown.push(s));
    nav.type('家');
    nav.submit('家暴');
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(shown.map((s) => s.q)).toEqual(['家暴']);
  });

  it('a filter change is a new entry that keeps the query', () => {
    const host = fakeHost('?q=x');
    const nav = createHistory(host, (s) => shown.push(s));
    nav.commit({ ...nav.state, filters: { 类型: ['普法园地'] } }, true);
    expect(host.entries[1]).toBe('?q=x&f=%E7%B1%BB%E5%9E%8B%3A%E6%99%AE%E6%B3%95%E5%9B%AD%E5%9C%B0');
  });
});
