/**
 * Writes the fallback search index (src/lib/search-fallback.ts) after Pagefind has run:
 * one small JSON file, routes.searchIndex(), of every page Pagefind indexed, read back from
 * Pagefind's own fragments so the two can never disagree on which pages exist. Node-only.
 * The vocabulary for the keywords is the glossary (terms and aliases) and the synonym
 * list's formal terms, read from the content folder ($GARDENIA_CONTENT when set).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { readGlossaryTerms } from '../lib/glossary-plugin-fs.ts';
import { routes } from '../lib/routes.ts';
import { buildFallbackIndex, type PagefindFragment } from '../lib/search-fallback.ts';
import { parseSynonyms } from '../lib/search-synonyms.ts';

/** Pagefind 1.x fragments: gzip of this signature followed by the JSON. */
const SIGNATURE = 'pagefind_dcd';

/** Every fragment under `dist/pagefind/fragment/`. */
export function readFragments(dist: string): PagefindFragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`${dir}/${f}: not a Pagefind 1.x fragment (the format changed?)`);
      return JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment;
    });
}

/** The glossary's terms and aliases and the synonym list's formal terms. */
export function readVocabulary(contentDir: string): string[] {
  const glossary = join(contentDir, 'glossary.yaml');
  const synonyms = join(contentDir, 'synonyms.yaml');
  const words: string[] = [];
  if (existsSync(glossary)) for (const g of readGlossaryTerms(glossary)) words.push(g.term, ...(g.aliases ?? []));
  if (existsSync(synonyms)) for (const s of parseSynonyms(parseYaml(readFileSync(synonyms, 'utf8')), synonyms)) words.push(s.formal);
  return words;
}

/** Writes the index into `dist`; returns its path, page count and size in bytes. */
export function writeFallbackIndex(
  dist: string,
  contentDir = process.env.GARDENIA_CONTENT ?? './content',
  fragments: readonly PagefindFragment[] = readFragments(dist),
): { file: string; pages: number; bytes: number } {
  const index = buildFallbackIndex(fragments, readVocabulary(contentDir));
  const file = join(dist, routes.searchIndex().slice(1));
  const json = JSON.stringify(index);
  writeFileSync(file, json);
  return { file, pages: index.pages.length, bytes: Buffer.byteLength(json) };
}
