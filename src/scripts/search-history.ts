/**
 * The search page's history controller: keeps the search state and the address bar
 * in step, so a search can be bookmarked and Back steps through earlier searches.
 *
 * Typing searches after a pause and replaces the current history entry; Enter (and a
 * change of filter or sort) adds one. A pending pause is cancelled by Enter and by
 * Back/Forward, or it would later overwrite the entry the reader has just returned to
 * with the text they had typed.
 */
import { readState, writeState } from '../lib/search-state.ts';
import type { SearchState } from '../lib/search-state.ts';

/** Typing pause before a search runs, in milliseconds. */
export const TYPING_PAUSE_MS = 400;

/** What the controller needs from the window (a real one, or a test's). */
export interface HistoryHost {
  location: Pick<Location, 'pathname' | 'search'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/** Creates the controller; `onChange` runs for every state the page should show. */
export function createHistory(host: HistoryHost, onChange: (state: SearchState) => void, pauseMs = TYPING_PAUSE_MS) {
  let state = readState(host.location.search);
  let timer: number | undefined;

  /** Moves the state into the address bar: a new entry (push) or a replacement, then shows it. */
  const commit = (next: SearchState, push: boolean) => {
    state = next;
    const url = `${host.location.pathname}${writeState(state)}`;
    if (url !== `${host.location.pathname}${host.location.search}`) {
      if (push) host.history.pushState(null, '', url);
      else host.history.replaceState(null, '', url);
    }
    onChange(state);
  };

  host.addEventListener('popstate', () => {
    host.clearTimeout(timer);
    state = readState(host.location.search);
    onChange(state);
  });

  return {
    /** The state being shown. */
    get state(): SearchState {
      return state;
    },
    commit,
    /** Enter: search for `q` now, as a new history entry. */
    submit(q: string) {
      host.clearTimeout(timer);
      commit({ ...state, q: q.trim() }, true);
    },
    /** A keystroke: search for `q` after the pause, replacing the current entry. */
    type(q: string) {
      host.clearTimeout(timer);
      const next = q.trim();
      timer = host.setTimeout(() => {
        if (next !== state.q) commit({ ...state, q: next }, false);
      }, pauseMs);
    },
    /** Shows the state the page was opened with. */
    start() {
      onChange(state);
    },
  };
}
