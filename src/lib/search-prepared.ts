/**
 * Prepared results for the everyday search words, built at build time (issue 20): for each
 * formal term of content/synonyms.yaml, the pages Pagefind indexed that contain it (or one
 * of its everyday forms), ranked like the search page ranks them — the lists of the word and
 * its synonym expansions merged by fuseResults, then rankMatches: whole-word hits only,
 * reader-facing pages above staff-facing ones at equal relevance. The build writes them
 * into static pages (routes.searchWord()), one round trip and no engine, which work without
 * JavaScript and in engines too old for Pagefind.
 *
 * Pure: no DOM, no Node. The text is Pagefind's own (its fragments, read back after it ran),
 * so a prepared page lists exactly what the indexed pages say.
 */
import { queryWords } from './search-query.ts';
import { fuseResults, rankMatches } from './search-rank.ts';
import { expandQuery } from './search-synonyms.ts';
import type { SynonymGroup } from './search-synonyms.ts';
import type { PagefindFragment } from './search-fallback.ts';

/** Results listed on a prepared page (the search page shows as many before "more"). */
export const PREPARED_LIMIT = 20;
/** Characters of context on each side of the first match in an excerpt. */
export const EXCERPT_CONTEXT = 18;
/** Pagefind meta `audience` values ranked below reader-facing pages (as search-pagefind.ts). */
const LOWER_AUDIENCES = ['staff', 'reference'];
/** Pagefind marks its word breaks in `content` with zero-width spaces. */
const WORD_BREAK = /\u200b/g;

/** One prepared result: what the search page's result card shows. */
export interface PreparedResult {
  url: string;
  title: string;
  /** 类型 filter value (普法园地, 案例故事…), when the page has one. */
  type?: string;
  /** ISO date, when the page has one. */
  date?: string;
  /** Escaped text with <mark> around the matches. */
  excerpt: string;
}

/** The words that get a prepared page: the synonym list's formal terms, in its order (the common ones first). */
export function preparedWords(groups: readonly SynonymGroup[]): string[] {
  return [...new Set(groups.map((g) => g.formal.trim()).filter(Boolean))];
}

/**
 * The prepared word a query leads to: the query itself when it is one, or the formal term
 * of the group whose everyday form it is (孩子生活费 → 抚养费); undefined otherwise.
 */
export function preparedWordFor(query: string, groups: readonly SynonymGroup[]): string | undefined {
  const q = query.replace(/\s+/g, '');
  if (!q) return undefined;
  return groups.find((g) => g.formal === q || g.aliases.includes(q))?.formal;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The query as one lower-case string without spaces (the phrase). */
const normalise = (q: string) => q.replace(/\s+/g, '').toLowerCase();

/** Occurrences of `term` in `text`. */
function count(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/**
 * Relevance of a page for one query: zero unless every word of the query is on the page
 * (a whole-word hit); then each word counts for its place in the title and, damped, how often
 * the text uses it — the shape of Pagefind's scoring (title weight, term frequency), not its numbers.
 */
export function relevance(title: string, text: string, query: string): number {
  return relevanceOfTerms(
    title.toLowerCase(),
    text.toLowerCase(),
    queryWords(query).map((t) => t.toLowerCase()),
  );
}

/** relevance() with the title, text and terms already lower-cased (done once per page, not per word). */
function relevanceOfTerms(head: string, hay: string, terms: readonly string[], phrase = terms.join('')): number {
  if (!terms.length || !terms.every((t) => head.includes(t) || hay.includes(t))) return 0;
  const words = terms.reduce((sum, t) => sum + (head.includes(t) ? 3 : 0) + Math.log2(1 + count(hay, t)), 0);
  // The query as written (抚养费, not only its word 抚养) counts again: Pagefind, too, ranks the exact phrase higher.
  const exact = terms.length > 1 || phrase !== terms[0] ? (head.includes(phrase) ? 3 : 0) + Math.log2(1 + count(hay, phrase)) : 0;
  return words + 2 * exact;
}

/**
 * An excerpt around the first match of any of `terms`, escaped, with every match marked;
 * the text's start when none matches.
 */
export function excerptOf(text: string, terms: readonly string[], context = EXCERPT_CONTEXT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const found = terms
    .filter(Boolean)
    .map((t) => flat.indexOf(t))
    .filter((i) => i >= 0);
  const at = found.length ? Math.min(...found) : 0;
  const chars = Array.from(flat);
  // Array.from counts characters, indexOf UTF-16 units: convert the match position.
  const charAt = Array.from(flat.slice(0, at)).length;
  const start = Math.max(0, charAt - context);
  const end = Math.min(chars.length, charAt + context * 2);
  const window = chars.slice(start, end).join('');
  const sorted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  let html = '';
  for (let i = 0; i < window.length;) {
    const term = sorted.find((t) => window.startsWith(t, i));
    if (term) {
      html += `<mark>${escapeHtml(term)}</mark>`;
      i += term.length;
    } else {
      html += escapeHtml(window[i]!);
      i++;
    }
  }
  return `${start > 0 ? '…' : ''}${html}${end < chars.length ? '…' : ''}`;
}

interface PreparedPage {
  id: string;
  f: PagefindFragment;
  title: string;
  text: string;
  head: string;
  hay: string;
}
/** Each fragment's title and text, cleaned and lower-cased once per build (not once per word). */
const pagesCache = new WeakMap<readonly PagefindFragment[], PreparedPage[]>();
function pagesOf(fragments: readonly PagefindFragment[]): PreparedPage[] {
  let pages = pagesCache.get(fragments);
  if (!pages) {
    pages = fragments.map((f, i) => {
      const title = (f.meta.title ?? '').replace(WORD_BREAK, '');
      const text = f.content.replace(WORD_BREAK, '');
      return { id: String(i), f, title, text, head: title.toLowerCase(), hay: text.toLowerCase() };
    });
    pagesCache.set(fragments, pages);
  }
  return pages;
}

/**
 * The ranked results for `word` over Pagefind's fragments: every page containing the word
 * or one of its expansions whole, best first, at most `limit`; `total` counts them all.
 */
export function prepareResults(
  fragments: readonly PagefindFragment[],
  word: string,
  groups: readonly SynonymGroup[],
  limit = PREPARED_LIMIT,
): { total: number; results: PreparedResult[] } {
  const pages = pagesOf(fragments);
  const variants = expandQuery(word, groups);
  const lists = variants.map((v) => {
    const terms = queryWords(v.q).map((t) => t.toLowerCase());
    const phrase = normalise(v.q);
    return {
      weight: v.weight,
      results: pages
        .map((p) => ({ id: p.id, score: relevanceOfTerms(p.head, p.hay, terms, phrase) }))
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score),
    };
  });
  const byId = new Map(pages.map((p) => [p.id, p]));
  const ranked = rankMatches(
    fuseResults(lists).map(({ item, score }) => ({
      item: item.id,
      score,
      whole: true,
      staff: LOWER_AUDIENCES.includes(byId.get(item.id)!.f.meta.audience ?? ''),
    })),
    word,
  );
  const terms = variants.flatMap((v) => [v.q.replace(/\s+/g, ''), ...queryWords(v.q)]);
  const results = ranked.slice(0, limit).map((id): PreparedResult => {
    const p = byId.get(id)!;
    const r: PreparedResult = { url: p.f.url, title: p.title || p.f.url, excerpt: excerptOf(p.text, terms) };
    const type = p.f.filters?.['类型']?.[0];
    if (type) r.type = type;
    if (p.f.meta.date) r.date = p.f.meta.date;
    return r;
  });
  return { total: ranked.length, results };
}
