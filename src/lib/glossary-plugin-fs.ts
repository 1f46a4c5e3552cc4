/**
 * The Markdown plugin that links glossary terms in the guides. Node-only: it
 * reads content/glossary.yaml from disk at build time. Astro 7's Markdown
 * engine (Sätteri) runs it on every .md/.mdx document; the decisions are the
 * pure functions in glossary-link.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { defineMdastPlugin } from 'satteri';
import { buildMatcher, isExcluded, splitFirstUses, type Ancestor, type GlossaryMatcher, type GlossaryTerm } from './glossary-link.ts';
import { routes } from './routes.ts';

/** Options of glossaryPlugin. */
export interface GlossaryPluginOptions {
  /** The glossary data file; defaults to <content root>/glossary.yaml. */
  file?: string;
  /** The terms themselves (tests); when given, `file` is not read. */
  terms?: readonly GlossaryTerm[];
  /** Which documents get links, by file path; defaults to the guides (…/articles/x.mdx). */
  include?: RegExp;
}

let cache: { path: string; mtime: number; matcher: GlossaryMatcher | undefined } | undefined;

/** Reads the terms, again only when the file changed (so `astro dev` picks up edits). */
export function readGlossaryTerms(path: string): GlossaryTerm[] {
  const data = yaml.load(readFileSync(path, 'utf8'));
  // The collection schema (src/content.config.ts) reports malformed entries; here they are left out.
  return (Array.isArray(data) ? data : [])
    .filter((e): e is GlossaryTerm => typeof e?.id === 'string' && typeof e?.term === 'string')
    .map((e) => ({ id: e.id, term: e.term, aliases: Array.isArray(e.aliases) ? e.aliases.filter((a: unknown): a is string => typeof a === 'string') : [] }));
}

function matcherFromFile(path: string): GlossaryMatcher | undefined {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return undefined; // No glossary: nothing to link.
  }
  if (!cache || cache.path !== path || cache.mtime !== mtime) cache = { path, mtime, matcher: buildMatcher(readGlossaryTerms(path)) };
  return cache.matcher;
}

const DONE = 'gardeniaGlossaryDone';

/** The plugin: links the first use of each glossary term in each guide to routes.glossaryTerm(id). */
export function glossaryPlugin(options: GlossaryPluginOptions = {}) {
  const path = resolve(options.file ?? `${process.env.GARDENIA_CONTENT ?? './content'}/glossary.yaml`);
  const fixed = options.terms ? buildMatcher(options.terms) : undefined;
  const include = options.include ?? /[\\/]articles[\\/][^\\/]+\.mdx?$/;
  let matcher: GlossaryMatcher | undefined;
  return defineMdastPlugin({
    name: 'gardenia-glossary',
    before(_root, ctx) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
      matcher = include.test(file) ? (options.terms ? fixed : matcherFromFile(path)) : undefined;
      (ctx.data as Record<string, unknown>)[DONE] = new Set<string>();
    },
    text(node, ctx) {
      if (!matcher) return;
      const ancestors: Ancestor[] = [];
      let p: Readonly<{ type: string; name?: string | null }> | undefined = ctx.parent(node);
      while (p) {
        ancestors.push({ type: p.type, name: p.name });
        p = p.type === 'root' ? undefined : ctx.parent(p as Parameters<typeof ctx.parent>[0]);
      }
      if (isExcluded(ancestors)) return;
      const done = (ctx.data as Record<string, unknown>)[DONE] as Set<string>;
      const parts = splitFirstUses(node.value, matcher, done);
      if (!parts) return;
      ctx.replaceNode(
        node,
        parts.map((s) =>
          s.type === 'text'
            ? { type: 'text', value: s.value }
            : {
                type: 'link',
                url: routes.glossaryTerm(s.id),
                data: { hProperties: { 'data-glossary-term': s.id } },
                children: [{ type: 'text', value: s.value }],
              },
        ),
      );
    },
  });
}
