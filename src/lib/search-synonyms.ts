/**
 * Everyday words → the words the site uses (家暴 → 家庭暴力), applied at query time:
 * the search page runs the reader's query and its expansions and merges the results.
 * The list lives in content/synonyms.yaml so editors can extend it; its format is
 * documented at the top of that file.
 */

/** One entry of content/synonyms.yaml: the formal term and the everyday words for it. */
export interface SynonymGroup {
  /** The term the site's pages use (the YAML key), e.g. 家庭暴力. */
  formal: string;
  /** Everyday words a reader may type instead, e.g. 家暴, 打老婆. */
  aliases: string[];
}

/** A query to run, with how much its results count when merged (the reader's own query is 1). */
export interface QueryVariant {
  q: string;
  weight: number;
}

/** Weight of a query where an everyday word was replaced by the formal term (the words pages use). */
export const ALIAS_TO_FORMAL = 1;
/**
 * Weight of the reader's own words when the whole query is one colloquial word (打老婆,
 * not an abbreviation like 家暴): the formal term says what they mean; the literal words
 * only catch pages that happen to use them.
 */
export const LITERAL_ALIAS = 0.8;
/** Weight of a query where the formal term was replaced by one of its abbreviations (true synonyms). */
export const FORMAL_TO_ABBREVIATION = 0.9;
/** At most this many queries run for one search, the reader's own included. */
export const MAX_VARIANTS = 6;

/**
 * Checks and normalises the parsed YAML (an object of `formal: [alias, …]`).
 * Throws an Error whose message, in Chinese, names the entry and how to fix it.
 */
export function parseSynonyms(doc: unknown, file = 'content/synonyms.yaml'): SynonymGroup[] {
  if (doc == null) return [];
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error(`${file}：最外层应当是“正式说法: [日常说法, …]”这样的若干行，而不是列表或文字。`);
  }
  const groups: SynonymGroup[] = [];
  const seen = new Map<string, string>();
  for (const [formal, value] of Object.entries(doc as Record<string, unknown>)) {
    const key = formal.trim();
    const list = typeof value === 'string' ? [value] : value;
    if (!key) throw new Error(`${file}：有一行冒号前面是空的，请写上正式说法。`);
    // Each formal term is also the address of its prepared results page (/search/<term>/).
    if (/[/\\?#%]/.test(key) || key === '.' || key === '..') {
      throw new Error(`${file}：“${key}”里有 / \\ ? # % 这类符号，它也是搜索结果页的网址，不能有这些符号。修改建议：去掉符号，或换一种写法。`);
    }
    if (!Array.isArray(list) || list.length === 0 || list.some((a) => typeof a !== 'string' && typeof a !== 'number')) {
      throw new Error(`${file}：“${key}”后面应当是方括号里的日常说法，例如 ${key}: [说法一, 说法二]。`);
    }
    const aliases = [...new Set(list.map((a) => String(a).trim()).filter((a) => a && a !== key))];
    for (const word of [key, ...aliases]) {
      const other = seen.get(word);
      if (other && other !== key) throw new Error(`${file}：“${word}”同时出现在“${other}”和“${key}”两行里，请只保留一处。`);
      seen.set(word, key);
    }
    groups.push({ formal: key, aliases });
  }
  return groups;
}

/** True when `short` is an abbreviation of `long`: its characters appear in `long` in order (家暴 ⊂ 家庭暴力). */
export function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

interface Hit {
  start: number;
  end: number;
  replacements: QueryVariant[];
  /** The word found is an everyday word (replaced by the formal term), not the formal term itself. */
  alias: boolean;
  /** …and a colloquial one, not an abbreviation of the formal term. */
  colloquial: boolean;
}

/**
 * The queries to run for `q`: `q` itself first, then for each synonym found in it
 * (longest match first, no overlaps) the query with that word replaced —
 * an everyday word by its formal term, a formal term by its abbreviations —
 * and, when several were found, one query with every everyday word replaced.
 */
export function expandQuery(q: string, groups: readonly SynonymGroup[]): QueryVariant[] {
  const terms: { word: string; replacements: QueryVariant[]; alias: boolean; colloquial: boolean }[] = [];
  for (const g of groups) {
    terms.push({
      word: g.formal,
      replacements: g.aliases.filter((a) => isAbbreviation(a, g.formal)).map((a) => ({ q: a, weight: FORMAL_TO_ABBREVIATION })),
      alias: false,
      colloquial: false,
    });
    for (const a of g.aliases) {
      terms.push({ word: a, replacements: [{ q: g.formal, weight: ALIAS_TO_FORMAL }], alias: true, colloquial: !isAbbreviation(a, g.formal) });
    }
  }
  terms.sort((a, b) => b.word.length - a.word.length);
  const hits: Hit[] = [];
  for (const t of terms) {
    let from = 0;
    for (let at = q.indexOf(t.word); at >= 0; at = q.indexOf(t.word, from)) {
      from = at + t.word.length;
      if (hits.some((h) => at < h.end && from > h.start)) continue;
      if (t.replacements.length) hits.push({ start: at, end: from, replacements: t.replacements, alias: t.alias, colloquial: t.colloquial });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const whole = hits.length === 1 && hits[0]!.colloquial && hits[0]!.start === 0 && hits[0]!.end === q.length;
  const out: QueryVariant[] = [{ q, weight: whole ? LITERAL_ALIAS : 1 }];
  const add = (v: QueryVariant) => {
    if (v.q.trim() && !out.some((o) => o.q === v.q)) out.push(v);
  };
  const replace = (h: Hit, word: string) => q.slice(0, h.start) + word + q.slice(h.end);
  for (const h of hits) for (const r of h.replacements) add({ q: replace(h, r.q), weight: r.weight });
  const toFormal = hits.filter((h) => h.alias);
  if (toFormal.length > 1) {
    let all = q;
    for (const h of [...toFormal].reverse()) all = all.slice(0, h.start) + h.replacements[0]!.q + all.slice(h.end);
    add({ q: all, weight: ALIAS_TO_FORMAL });
  }
  return out.slice(0, MAX_VARIANTS);
}
