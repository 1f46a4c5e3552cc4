/**
 * The search page's state as it appears in the address bar, so a search can be
 * bookmarked, shared and stepped through with Back:
 * `/search/?q=保护令&sort=date&f=类型:普法园地&f=主题:家庭暴力`.
 */

/** Result order: Pagefind's relevance (the default) or newest first. */
export type SortOrder = 'relevance' | 'date';

/** What the reader asked for. */
export interface SearchState {
  q: string;
  sort: SortOrder;
  /** Chosen filter values by filter name (类型, 主题, 乡镇); empty lists are dropped. */
  filters: Record<string, string[]>;
}

/** Reads the state from a query string (`location.search`). Unknown parameters are ignored. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const f of params.getAll('f')) {
    const at = f.indexOf(':');
    if (at <= 0 || at === f.length - 1) continue;
    const name = f.slice(0, at);
    const value = f.slice(at + 1);
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { q: (params.get('q') ?? '').trim(), sort: params.get('sort') === 'date' ? 'date' : 'relevance', filters };
}

/** Writes the state as a query string (with the leading `?`, or '' when there is nothing to say). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort === 'date') params.set('sort', 'date');
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) params.append('f', `${name}:${v}`);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The state's filters in Pagefind's form: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) if (values.length) out[name] = { any: values };
  return out;
}
