/**
 * The virtual module `virtual:gardenia/search-data`: what the search page needs at
 * build time to understand everyday queries. Node-only (reads content/ from disk).
 *
 * - `searchData`: JSON for the page — the synonym list (content/synonyms.yaml) and a
 *   Traditional → Simplified character map restricted to characters the site uses.
 * - `suggestions`: a few formal terms to offer when nothing was found.
 * - `synonymGroups`: the parsed list, for the prepared result pages (src/pages/search/[word].astro).
 *
 * The content folder is $GARDENIA_CONTENT when set, as for the collections.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as OpenCC from 'opencc-js';
import type { Plugin } from 'vite';
import { dict } from '../i18n/zh-CN.ts';
import { parseSynonyms } from '../lib/search-synonyms.ts';
import { buildTraditionalPairs, hanCharacters } from '../lib/traditional-map.ts';
import { encodeCharPairs } from '../lib/traditional.ts';

export const SEARCH_DATA_ID = 'virtual:gardenia/search-data';
const RESOLVED = `\0${SEARCH_DATA_ID}`;
/** How many formal terms the "nothing found" box suggests (the list's first entries are the common ones). */
const SUGGESTIONS = 8;

/** Every text file of the content folder (md, mdx, yaml), relative path → text. */
function readContent(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of (readdirSync(root, { recursive: true }) as string[]).sort()) {
    if (/\.(md|mdx|ya?ml)$/i.test(rel)) files.set(rel.split('\\').join('/'), readFileSync(join(root, rel), 'utf8'));
  }
  return files;
}

/** The module's source for the content folder `root`. */
export function searchDataModule(root: string): string {
  const sources = readContent(root);
  const synonymsFile = 'synonyms.yaml';
  const synonyms = parseSynonyms(parseYaml(sources.get(synonymsFile) ?? ''), `${root}/${synonymsFile}`);
  const siteText = [...sources.values()].join('\n') + Object.values(dict).join('\n');
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const pairs = encodeCharPairs(buildTraditionalPairs(converters, hanCharacters(siteText)));
  // Embedded in a <script type="application/json">: no "</script>" may appear.
  const searchData = JSON.stringify({ t: pairs, s: synonyms }).replace(/</g, '\\u003c');
  const suggestions = synonyms.slice(0, SUGGESTIONS).map((g) => g.formal);
  return (
    `export const searchData = ${JSON.stringify(searchData)};\nexport const suggestions = ${JSON.stringify(suggestions)};\n` +
    `export const synonymGroups = ${JSON.stringify(synonyms)};\n`
  );
}

/** Vite plugin serving the module; in dev, an edit under content/ rebuilds it. */
export function searchDataPlugin(contentDir = process.env.GARDENIA_CONTENT ?? './content'): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'gardenia:search-data',
    resolveId: (id) => (id === SEARCH_DATA_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(root);
      return searchDataModule(root);
    },
    handleHotUpdate({ file, server }) {
      if (!resolve(file).startsWith(root)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
