/**
 * The glossary linker's logic: which words of a text are the first use of a
 * glossary term, and which places in a document are never linked.
 *
 * Pure: no Node, no DOM, no Astro, no Markdown engine. The build's Markdown
 * plugin (glossary-plugin-fs.ts) walks each guide's text nodes and asks these
 * functions what to do, so the links are plain <a> elements in the built HTML
 * and work without JavaScript.
 *
 * Never linked: headings, text already inside a link, code, and law quotes
 * (<LawQuote>: the wording of a law stays exactly as enacted). Only the first
 * use of each entry in a document is linked, whichever of its names (term or
 * alias) comes first; at one position the longest name wins, so 人身安全保护令
 * is not cut down to 保护令.
 */

/** What the linker needs to know about one glossary entry. */
export interface GlossaryTerm {
  /** Stable id, used as the anchor on the glossary page. */
  id: string;
  /** The term as the guides write it. */
  term: string;
  /** Other names that lead to the same entry. */
  aliases?: readonly string[];
}

/** Every name of every entry, longest first, and the entry each belongs to. */
export interface GlossaryMatcher {
  pattern: RegExp;
  idOf: ReadonlyMap<string, string>;
}

/** An ancestor of a text node, as far as the linker cares. */
export interface Ancestor {
  type: string;
  /** The component name, for MDX JSX elements. */
  name?: string | null | undefined;
}

/** A piece of output: plain text, or a link to an entry. */
export type Segment = { type: 'text'; value: string } | { type: 'term'; value: string; id: string };

/** Node types whose text is never linked. */
export const SKIP_TYPES: ReadonlySet<string> = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode', 'html']);

/** MDX components whose content is never linked. */
export const SKIP_COMPONENTS: readonly string[] = ['LawQuote'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds the matcher for a glossary. A name claimed by two entries belongs to
 * the first; returns undefined when there are no names at all.
 */
export function buildMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher | undefined {
  const idOf = new Map<string, string>();
  for (const entry of terms) {
    for (const name of [entry.term, ...(entry.aliases ?? [])]) {
      const n = name.trim();
      if (n && !idOf.has(n)) idOf.set(n, entry.id);
    }
  }
  if (idOf.size === 0) return undefined;
  const names = [...idOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { pattern: new RegExp(names.map(escapeRegExp).join('|'), 'g'), idOf };
}

/** True when a text node with these ancestors (nearest first or last, any order) must not be linked. */
export function isExcluded(ancestors: readonly Ancestor[], skipComponents: readonly string[] = SKIP_COMPONENTS): boolean {
  return ancestors.some(
    (a) =>
      SKIP_TYPES.has(a.type) ||
      ((a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') && typeof a.name === 'string' && skipComponents.includes(a.name)),
  );
}

/**
 * Finds where names occur in `value`, choosing between overlapping names the
 * longer one: in 申请人身安全保护令 the name 人身安全保护令 wins over 申请人,
 * which a left-to-right scan would take first. Returns matches in text order.
 */
export function findNames(value: string, matcher: GlossaryMatcher): { index: number; name: string }[] {
  const sticky = new RegExp(matcher.pattern.source, 'y');
  const found: { index: number; name: string }[] = [];
  for (let i = 0; i < value.length; i++) {
    sticky.lastIndex = i;
    const m = sticky.exec(value);
    if (m) found.push({ index: i, name: m[0] });
  }
  const chosen: { index: number; name: string }[] = [];
  for (const f of [...found].sort((a, b) => b.name.length - a.name.length || a.index - b.index)) {
    const end = f.index + f.name.length;
    if (chosen.every((c) => end <= c.index || f.index >= c.index + c.name.length)) chosen.push(f);
  }
  return chosen.sort((a, b) => a.index - b.index);
}

/**
 * Splits `value` around the first uses it contains of entries not yet in
 * `done`, and adds those entries to `done`. Returns undefined when the text
 * holds no first use (leave the node as it is).
 */
export function splitFirstUses(value: string, matcher: GlossaryMatcher, done: Set<string>): Segment[] | undefined {
  const out: Segment[] = [];
  let last = 0;
  for (const m of findNames(value, matcher)) {
    const id = matcher.idOf.get(m.name)!;
    if (done.has(id)) continue;
    done.add(id);
    if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push({ type: 'term', value: m.name, id });
    last = m.index + m.name.length;
  }
  if (out.length === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
