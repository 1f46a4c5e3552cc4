/**
 * Writes a synthetic corpus to disk, twice: as this site's content tree
 * (articles/ plus the fixture tree's other collections, so every collection
 * loads) and as the Starlight bench site's docs folder, with identical text.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, toGardeniaMdx, toStarlightMdx } from './corpus.ts';

/** Where a corpus of `count` articles goes. */
export interface CorpusPaths {
  /** GARDENIA_CONTENT for the site build. */
  gardenia: string;
  /** STARLIGHT_CONTENT for the Starlight build (inside bench/starlight so its node_modules resolve). */
  starlight: string;
}

/** Copies the fixture tree's files except its articles. */
function copyFixtureCollections(fixture: string, dest: string): void {
  for (const name of readdirSync(fixture)) {
    if (name === 'articles') continue;
    cpSync(join(fixture, name), join(dest, name), { recursive: true });
  }
  for (const dir of ['articles', 'cases', 'opendays', 'pages', 'stations']) mkdirSync(join(dest, dir), { recursive: true });
}

/** Generates `count` articles into fresh folders; returns their paths. */
export function writeCorpus(count: number, opts: { fixture: string; gardenia: string; starlight: string; withStarlight: boolean; synonyms?: string }): CorpusPaths {
  rmSync(opts.gardenia, { recursive: true, force: true });
  mkdirSync(opts.gardenia, { recursive: true });
  copyFixtureCollections(opts.fixture, opts.gardenia);
  // The site's everyday search words (content/synonyms.yaml): the search page expands queries with them and
  // the build writes a prepared results page for each formal term (/search/抚养费/), which the bench measures.
  if (opts.synonyms) cpSync(opts.synonyms, join(opts.gardenia, 'synonyms.yaml'));
  if (opts.withStarlight) {
    rmSync(opts.starlight, { recursive: true, force: true });
    mkdirSync(opts.starlight, { recursive: true });
    writeFileSync(
      join(opts.starlight, 'index.mdx'),
      '---\ntitle: "栀子花 · Starlight 对照"\ndescription: "性能对照用的 Starlight 站点首页。"\ntemplate: splash\n---\n\n性能对照用的合成文章。\n',
    );
  }
  for (let i = 0; i < count; i++) {
    const a = generateArticle(i);
    writeFileSync(join(opts.gardenia, 'articles', `${a.slug}.mdx`), toGardeniaMdx(a));
    // The Starlight corpus sits two levels below bench/starlight: .work/corpus-N/<file>.
    if (opts.withStarlight) writeFileSync(join(opts.starlight, `${a.slug}.mdx`), toStarlightMdx(a, '../../src/components/index.ts'));
  }
  return { gardenia: opts.gardenia, starlight: opts.starlight };
}
