/**
 * The search page's Pagefind runner: turns the reader's words into queries, runs them
 * in Pagefind, merges and ranks the results. No DOM: the renderer shows what this returns.
 *
 * One search is several Pagefind queries: the reader's words (Traditional characters
 * turned Simplified, question words removed) plus their synonym expansions from
 * content/synonyms.yaml; the lists are merged by page (fuseResults), then ranked
 * (rankMatches): pages containing the words whole above pages that only share part of
 * a word (礼貌 for 彩礼), reader-facing pages above staff-facing ones at equal relevance.
 */
import { coreQuery, relaxedQueries } from '../lib/search-query.ts';
import { expandQuery } from '../lib/search-synonyms.ts';
import type { QueryVariant, SynonymGroup } from '../lib/search-synonyms.ts';
import { fuseResults, isWholeMatch, rankMatches } from '../lib/search-rank.ts';
import { pagefindFilters } from '../lib/search-state.ts';
import type { SearchState } from '../lib/search-state.ts';
import { toSimplified } from '../lib/traditional.ts';
import type { CharMap } from '../lib/traditional.ts';

/** A result's fragment, as Pagefind's data() returns it (the fields this site uses). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text, for the whole-word check. */
  content?: string;
  meta: { title?: string; date?: string; audience?: string };
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** The part of Pagefind's browser API the page uses. */
export interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: PagefindOptions): Promise<{ results: PagefindResult[] }>;
  preload(q: string, o?: PagefindOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Data the page embeds at build time (virtual:gardenia/search-data). */
export interface SearchData {
  /** Synonym groups. */
  s: SynonymGroup[];
}

/** One result to show: its page id and its fragment (fetched once, shared). */
export interface Hit {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** What one search produced. */
export interface SearchOutcome {
  /** The queries that ran (the reader's first). */
  variants: QueryVariant[];
  /** Every matching page, best first (or newest first). */
  results: Hit[];
}

/** Below this many results a long question is retried word by word. */
export const FEW_RESULTS = 3;
/** Weight of each word-by-word query. */
export const RELAXED_WEIGHT = 0.6;
/**
 * Fragments fetched to rank one search (whole- or part-word, reader or staff). Results
 * past this keep Pagefind's order after the ranked ones; on this site a query rarely
 * matches more pages than this.
 */
export const RANK_DEPTH = 60;
/**
 * Results ranked before the first ones are shown (show first, rank after): their fragments
 * are the only ones the reader waits for. Ten fragments of about 3 KB are two round trips
 * over HTTP/1.1's six connections; the other RANK_DEPTH - FIRST_RANK are fetched and ranked
 * after the first answers are on screen.
 */
export const FIRST_RANK = 10;
/** The Pagefind meta value marking a page written for professionals (set by ArticleLayout). */
export const STAFF_AUDIENCE = 'staff';
/** Pagefind meta `audience` of reference pages (the glossary): they explain words, they do not answer a question. */
export const REFERENCE_AUDIENCE = 'reference';

/** Loads Pagefind's bundle once; a failed load may be retried. */
export function pagefindLoader(path = '/pagefind/pagefind.js'): () => Promise<Pagefind> {
  let pagefind: Promise<Pagefind> | null = null;
  return () => {
    pagefind ??= (async () => {
      // A runtime path: Pagefind's bundle is written after the pages are built.
      const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pf.options({ excerptLength: 36, excerptEllipsis: '…' });
      // Fetch the engine and the index metadata now, not on the first keystroke.
      await pf.init();
      return pf;
    })();
    pagefind.catch(() => (pagefind = null));
    return pagefind;
  };
}

/** A result whose fragment is fetched at most once. */
function hitOf(r: PagefindResult): Hit {
  let data: Promise<PagefindResultData> | undefined;
  return { id: r.id, data: () => (data ??= r.data()) };
}

/** The runner for one page: searches, and the helpers the page needs around them. */
export function createRunner(load: () => Promise<Pagefind>, data: SearchData, tmap: CharMap) {
  let dateOrder: Promise<Map<string, number>> | null = null;
  /** Page ids in newest-first order, from one filter-only Pagefind query. */
  const newestFirst = (pf: Pagefind) => (dateOrder ??= pf.search(null, { sort: { date: 'desc' } }).then((r) => new Map(r.results.map((x, i) => [x.id, i]))));

  /** The reader's words as the engine should see them. */
  const core = (raw: string) => coreQuery(toSimplified(raw, tmap));

  /**
   * Runs the reader's query and its expansions, merges and ranks them. With `onFirst`, the
   * whole-word hits among the first FIRST_RANK results are handed over, ranked, as soon as
   * their fragments are in (relevance order only); once the promise it returns settles, the
   * rest are fetched and ranked, and the outcome, which starts with them, follows.
   */
  const search = async (raw: string, s: SearchState, onFirst?: (first: Hit[], variants: QueryVariant[]) => void | Promise<void>): Promise<SearchOutcome> => {
    const q = core(raw);
    const variants = q ? expandQuery(q, data.s) : [];
    const pf = await load();
    const options: PagefindOptions = { filters: pagefindFilters(s.filters) };
    const runAll = (vs: QueryVariant[]) => Promise.all(vs.map(async (v) => ({ weight: v.weight, results: (await pf.search(v.q, options)).results })));
    const lists = await runAll(variants);
    let fused = fuseResults(lists);
    if (fused.length < FEW_RESULTS) {
      const relaxed = relaxedQueries(q)
        .filter((r) => !variants.some((v) => v.q === r))
        .map((r) => ({ q: r, weight: RELAXED_WEIGHT }));
      if (relaxed.length) {
        variants.push(...relaxed);
        fused = fuseResults([...lists, ...(await runAll(relaxed))]);
      }
    }
    const hits = new Map(fused.map((f) => [f.item.id, hitOf(f.item)]));
    const queries = variants.map((v) => v.q);
    const classify = (part: typeof fused) =>
      Promise.all(
        part.map(async (f) => {
          const d = await hits.get(f.item.id)!.data();
          return {
            item: f.item.id,
            score: f.score,
            whole: isWholeMatch(`${d.meta.title ?? ''}\n${d.content ?? ''}`, queries),
            // Staff-facing and reference pages rank below reader-facing answers at equal relevance.
            staff: d.meta.audience === STAFF_AUDIENCE || d.meta.audience === REFERENCE_AUDIENCE,
          };
        }),
      );
    // Show first: the whole-word hits among the first results, ranked among themselves. Part-word
    // hits wait, so a whole-word hit ranked later still comes above them.
    const head = await classify(fused.slice(0, FIRST_RANK));
    const first =
      s.sort === 'date'
        ? []
        : rankMatches(
            head.filter((x) => x.whole),
            q,
          );
    // The rest waits until onFirst says the first ones are shown, so their fragments do not compete with them.
    if (first.length && onFirst)
      await onFirst(
        first.map((id) => hits.get(id)!),
        variants,
      );
    // Rank after: everything else within RANK_DEPTH, below the ones already shown.
    const rest = await classify(fused.slice(FIRST_RANK, RANK_DEPTH));
    const shown = new Set(first);
    const ranked = rankMatches([...head.filter((x) => !shown.has(x.item)), ...rest], q);
    let ids = [...first, ...ranked, ...fused.slice(RANK_DEPTH).map((f) => f.item.id)];
    if (s.sort === 'date') {
      const order = await newestFirst(pf);
      const at = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
      ids = ids
        .map((id, i) => ({ id, i }))
        .sort((a, b) => at(a.id) - at(b.id) || a.i - b.i)
        .map((x) => x.id);
    }
    return { variants, results: ids.map((id) => hits.get(id)!) };
  };

  /** Starts fetching the index chunks for what is being typed. */
  const preload = (raw: string) => {
    const q = core(raw);
    if (q)
      void load()
        .then((pf) => pf.preload(q))
        .catch(() => {});
  };

  const filters = async () => (await load()).filters();

  return { search, preload, filters };
}
