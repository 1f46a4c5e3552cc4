/**
 * The build as one Astro integration (style.md habit 13, like Starlight's
 * integrations/pagefind.ts), so `astro build` alone writes the deployable dist/:
 *
 * - `astro:config:setup` adds the virtual module `virtual:gardenia/search-data`
 *   (src/integrations/search-data.ts) that the search page embeds;
 * - `astro:build:done` frees the build's memory (collectGarbage), runs Pagefind (a failure
 *   fails the build), writes the fallback search index for engines too old for Pagefind
 *   (search-fallback-index.ts), fills the prepared result pages of the everyday words
 *   (search-prepared-pages.ts), writes the nginx CSP header file beside the output folder
 *   (dist/ → dist.csp.conf) and gzips the text files for gzip_static, in that order (the .gz
 *   copies include Pagefind's JavaScript and the prepared pages; the header is read from the
 *   uncompressed pages).
 *
 * The content lint is not a step here: it stays first in `npm run build`. It is an
 * editor tool with its own report and exit code, and the bench and the integration
 * tests build synthetic or deliberately odd content through `astro build` that the
 * lint is meant to reject; the schema checks `astro build` needs run anyway.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cspForDist, nginxLine } from './csp-header.ts';
import { runPagefind } from './pagefind.ts';
import { precompress } from './precompress.ts';
import { searchDataPlugin } from './search-data.ts';
import { readFragments, writeFallbackIndex } from './search-fallback-index.ts';
import { writePreparedPages } from './search-prepared-pages.ts';

/** Where the CSP header file for an output folder goes: beside it, never inside (nginx serves the inside). */
export function cspConfPath(outDir: URL): string {
  return `${fileURLToPath(outDir).replace(/[\\/]+$/, '')}.csp.conf`;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * A full garbage collection that gives the freed memory back to the system, before Pagefind
 * starts (issue 20). Once the pages are written, most of the build's heap (rendered HTML,
 * compiled page modules' output) is garbage; Pagefind's binary runs beside this process, so
 * the two peaks add up. A plain `gc()` frees the heap but V8 keeps the pages committed (the
 * process stays as large); the "last-resort" flavour is V8's collection under memory pressure,
 * which also releases them (a test process: 944 MB → 81 MB after freeing 1 GB, against 944 MB
 * with a plain `gc()`). `--expose-gc` set at run time gives the `gc` function to a new context
 * only, which is all this needs. Resolves with the resident size before and the memory use after.
 */
export async function collectGarbage(): Promise<{ before: number; after: NodeJS.MemoryUsage }> {
  const before = process.memoryUsage.rss();
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options?: object) => unknown;
  // An engine that does not know the options runs a plain full collection.
  await gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { before, after: process.memoryUsage() };
}

const MB = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

export default function gardeniaBuild(): AstroIntegration {
  return {
    name: 'gardenia:build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchDataPlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const memory = await collectGarbage();
        const { rss, heapUsed, external } = memory.after;
        // For the build profile (docs/performance.md): what this process holds while Pagefind runs.
        logger.info(
          `Memory before Pagefind: ${MB(memory.before)} → ${MB(rss)} resident after garbage collection (V8 heap ${MB(heapUsed)} in use, ${MB(external)} external)`,
        );

        // The log lines' wording is read by the bench's build profile (bench/src/lib/builds.ts
        // parsePhases): "Pagefind: … in", "CSP header for nginx: … in", "gzip: … in".
        let since = performance.now();
        const pagefind = await runPagefind(dir, logger);
        logger.info(`Pagefind: ${pagefind.indexed} pages indexed in ${seconds(since)} (${pagefind.read} HTML files read)`);

        since = performance.now();
        const fragments = readFragments(dist);
        const contentDir = process.env.GARDENIA_CONTENT ?? './content';
        const fallback = writeFallbackIndex(dist, contentDir, fragments);
        logger.info(
          `Fallback search index (old engines): ${fallback.pages} pages, ${Math.round(fallback.bytes / 1024)} KB → ${fallback.file} in ${seconds(since)}`,
        );
        since = performance.now();
        const prepared = writePreparedPages(dist, fragments, contentDir);
        logger.info(
          `Prepared search results: ${prepared.pages} pages in ${seconds(since)}${prepared.empty.length ? `; nothing found for ${prepared.empty.join('、')}` : ''}`,
        );

        since = performance.now();
        const conf = cspConfPath(dir);
        writeFileSync(conf, nginxLine(cspForDist(dist)));
        logger.info(`CSP header for nginx: ${conf} in ${seconds(since)}`);

        // Last, so the .gz copies include every file the steps above wrote or rewrote. Not beside
        // Pagefind: on 2 cores that slowed Pagefind by as much as it saved (docs/performance.md, run F).
        since = performance.now();
        const gz = await precompress(dist);
        logger.info(`gzip: ${gz.written} files, ${Math.round(gz.before / 1024)} KB → ${Math.round(gz.after / 1024)} KB in ${seconds(since)}`);
      },
    },
  };
}
