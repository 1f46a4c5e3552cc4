/**
 * The search for engines too old for Pagefind's WebAssembly (Chromium < 96, Safari < 15):
 * a compact index of every page Pagefind indexes (title, summary, filters, headings and
 * the glossary/synonym terms the page uses — not its full text), built from Pagefind's
 * own fragments after the build, and a matcher with the same interface as Pagefind's
 * browser API. The search page's runner (src/scripts/search-pagefind.ts) drives either
 * one, so Traditional characters, synonyms, whole- over part-word ranking, filters and
 * date order behave the same; only recall is lower (no full text).
 *
 * Pure: no DOM, no Node. Runs in the floor engines (no replaceAll, at, Segmenter).
 */

/** One page of the fallback index (short keys: the file is downloaded by old phones). */
export interface FallbackPage {
  /** URL. */
  u: string;
  /** Title. */
  t: string;
  /** Summary (Pagefind's `summary` meta). */
  s: string;
  /** Date, ISO (Pagefind's `date` meta), when the page has one. */
  d?: string;
  /** Audience (Pagefind's `audience` meta), when the page has one. */
  a?: string;
  /** Filters, as Pagefind's (类型, 主题, 乡镇 → values). */
  f: Record<string, string[]>;
  /** Keywords: the page's own headings and the glossary/synonym terms its text uses. */
  k: string[];
}

/** The file written to routes.searchIndex(). */
export interface FallbackIndex {
  /** Format version: a reader of another version treats the file as broken. */
  v: 1;
  pages: FallbackPage[];
}

/** A Pagefind fragment (the fields read here), as written under dist/pagefind/fragment/. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: { element: string; text: string }[];
}

/** A heading on more than this share of pages (常见问题, 法律依据) is the template's, not the page's. */
export const SHARED_HEADING_SHARE = 0.1;
/** …but a heading on at most this many pages is always kept. */
export const SHARED_HEADING_MIN = 3;

/** Pagefind marks its word breaks in `content` with zero-width spaces. */
const WORD_BREAK = /\u200b/g;

/**
 * The index for Pagefind's fragments. `vocabulary` is the glossary's terms and aliases and
 * the synonym list's formal terms: those found in a page's text become its keywords.
 */
export function buildFallbackIndex(fragments: readonly PagefindFragment[], vocabulary: readonly string[]): FallbackIndex {
  const headingsOf = (f: PagefindFragment) => [
    ...new Set((f.anchors ?? []).filter((a) => /^h[2-4]$/.test(a.element)).map((a) => a.text.replace(WORD_BREAK, '').trim())),
  ];
  const seen = new Map<string, number>();
  for (const f of fragments) for (const h of headingsOf(f)) seen.set(h, (seen.get(h) ?? 0) + 1);
  const shared = Math.max(SHARED_HEADING_MIN, fragments.length * SHARED_HEADING_SHARE);
  const words = [...new Set(vocabulary.map((w) => w.trim()).filter(Boolean))];
  const pages = [...fragments]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((f): FallbackPage => {
      const text = f.content.replace(WORD_BREAK, '');
      const title = (f.meta.title ?? '').replace(WORD_BREAK, '');
      const summary = (f.meta.summary ?? '').replace(WORD_BREAK, '');
      const known = `${title}\n${summary}`;
      const keywords = [...headingsOf(f).filter((h) => h && (seen.get(h) ?? 0) <= shared), ...words.filter((w) => text.includes(w))].filter(
        (k) => !known.includes(k),
      );
      const page: FallbackPage = { u: f.url, t: title, s: summary, f: f.filters ?? {}, k: [...new Set(keywords)] };
      if (f.meta.date) page.d = f.meta.date;
      if (f.meta.audience) page.a = f.meta.audience;
      return page;
    });
  return { v: 1, pages };
}

/** Where a term counts, and how much (the title and the page's own headings say most). */
export const FIELD_WEIGHTS = { title: 10, keywords: 5, summary: 3, filters: 2 } as const;
/** Share of a field's weight a part-word hit earns (some of the term's character pairs, not the term). */
export const PART_SHARE = 0.3;

const lower = (s: string) => s.toLowerCase();

/** The term's adjacent character pairs (家庭暴力 → 家庭 庭暴 暴力). */
function pairsOf(term: string): string[] {
  const chars = Array.from(term);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The texts of a page the matcher reads, with their weights. */
function fieldsOf(p: FallbackPage): [string, number][] {
  const filters = Object.keys(p.f)
    .map((k) => (p.f[k] ?? []).join(' '))
    .join(' ');
  return [
    [lower(p.t), FIELD_WEIGHTS.title],
    [lower(p.k.join(' ')), FIELD_WEIGHTS.keywords],
    [lower(p.s), FIELD_WEIGHTS.summary],
    [lower(filters), FIELD_WEIGHTS.filters],
  ];
}

/**
 * How well `page` answers `query` (space-separated terms, every one required): each term
 * scores the weight of every field containing it whole, or — failing that, for terms of
 * three characters or more — a share for the character pairs it shares with the field, when
 * that is at least two pairs and half of them (保护令申请书 still finds 人身安全保护令;
 * 保护令 does not find every page with 保护). 0 means no match.
 */
export function scorePage(page: FallbackPage, query: string): number {
  const terms = lower(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return 0;
  const fields = fieldsOf(page);
  let total = 0;
  for (const term of terms) {
    let score = 0;
    for (const [text, weight] of fields) if (text.indexOf(term) >= 0) score += weight;
    if (score === 0 && Array.from(term).length >= 3) {
      const pairs = pairsOf(term);
      for (const [text, weight] of fields) {
        const found = pairs.filter((p) => text.indexOf(p) >= 0).length;
        if (found >= 2 && found * 2 >= pairs.length) score += (weight * PART_SHARE * found) / pairs.length;
      }
    }
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

/** `&<>"` escaped, for text that becomes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** The summary as escaped HTML with <mark> around each term of `query` (as Pagefind's excerpts). */
export function markTerms(text: string, query: string): string {
  const terms = lower(query).split(/\s+/).filter(Boolean);
  const hay = lower(text);
  const marked: boolean[] = [];
  for (const term of terms) {
    for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + term.length)) {
      for (let i = at; i < at + term.length; i++) marked[i] = true;
    }
  }
  let out = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const m = marked[i] === true;
    if (m !== open) out += m ? '<mark>' : '</mark>';
    open = m;
    out += escapeHtml(text.charAt(i));
  }
  return open ? `${out}</mark>` : out;
}

/** A result's fragment in the shape of Pagefind's data(). */
export interface FallbackResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string; date?: string; audience?: string };
  filters: Record<string, string[]>;
}

/** A result in the shape of Pagefind's results. */
export interface FallbackResult {
  id: string;
  score: number;
  data(): Promise<FallbackResultData>;
}

/** Search options in Pagefind's shape (what the runner passes). */
export interface FallbackOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** True when the page has, for every filter, one of the values asked for (`{ 主题: { any: [...] } }`). */
function passes(page: FallbackPage, filters: Record<string, unknown> | undefined): boolean {
  if (!filters) return true;
  return Object.keys(filters).every((name) => {
    const spec = filters[name] as { any?: string[] } | string[] | string | undefined;
    const wanted = Array.isArray(spec) ? spec : typeof spec === 'string' ? [spec] : (spec?.any ?? []);
    if (!wanted.length) return true;
    const have = page.f[name] ?? [];
    return wanted.some((w) => have.indexOf(w) >= 0);
  });
}

/** The data() of a page found by `query`. */
function resultData(p: FallbackPage, query: string): FallbackResultData {
  const meta: FallbackResultData['meta'] = { title: p.t };
  if (p.d) meta.date = p.d;
  if (p.a) meta.audience = p.a;
  return { url: p.u, excerpt: markTerms(p.s, query), content: `${p.s}\n${p.k.join('\n')}`, meta, filters: p.f };
}

/**
 * A search engine over the fallback index with the part of Pagefind's browser API the
 * search page uses (init, options, search, preload, filters). A null query with a date
 * sort lists every page newest first, as Pagefind does.
 */
export function createFallbackEngine(index: FallbackIndex) {
  const pages = index.pages;
  const search = (q: string | null, o: FallbackOptions = {}): Promise<{ results: FallbackResult[] }> => {
    const query = q ?? '';
    let found = pages.map((p, order) => ({ p, order, score: q === null ? 1 : scorePage(p, query) })).filter((x) => x.score > 0 && passes(x.p, o.filters));
    const dir = o.sort?.date;
    found = found.sort((a, b) => {
      if (dir) {
        const da = a.p.d ?? '';
        const db = b.p.d ?? '';
        if (da !== db) return (da < db ? 1 : -1) * (dir === 'desc' ? 1 : -1);
      }
      return b.score - a.score || a.order - b.order;
    });
    const results = found.map(({ p, score }) => {
      const d = resultData(p, query);
      return { id: p.u, score, data: () => Promise.resolve(d) };
    });
    return Promise.resolve({ results });
  };
  /** Counts per filter value over every page, as Pagefind's filters(). */
  const filters = (): Promise<Record<string, Record<string, number>>> => {
    const all: Record<string, Record<string, number>> = {};
    for (const p of pages) {
      for (const name of Object.keys(p.f)) {
        const counts = (all[name] = all[name] ?? {});
        for (const v of p.f[name] ?? []) counts[v] = (counts[v] ?? 0) + 1;
      }
    }
    return Promise.resolve(all);
  };
  return {
    init: () => Promise.resolve(),
    options: (_o: Record<string, unknown>) => Promise.resolve(),
    preload: (_q: string, _o?: FallbackOptions) => Promise.resolve(),
    search,
    filters,
  };
}

/** Checks a parsed index file; throws (in English: a developer's message, never an editor's) when it is not one. */
export function parseFallbackIndex(doc: unknown): FallbackIndex {
  const d = doc as Partial<FallbackIndex> | null;
  if (!d || d.v !== 1 || !Array.isArray(d.pages)) throw new Error('search index: not a version-1 fallback index');
  return d as FallbackIndex;
}
