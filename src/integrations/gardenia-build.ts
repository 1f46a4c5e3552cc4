/**
 * The build as one Astro integration (style.md habit 13, like Starlight's
 * integrations/pagefind.ts), so `astro build` alone writes the deployable dist/:
 *
 * - `astro:config:setup` adds the virtual module `virtual:gardenia/search-data`
 *   (src/integrations/search-data.ts) that the search page embeds;
 * - `astro:build:done` runs Pagefind (a failure fails the build), writes the fallback
 *   search index for engines too old for Pagefind (search-fallback-index.ts), fills the prepared
 *   result pages of the everyday words (search-prepared-pages.ts), writes the nginx
 *   CSP header file beside the output folder (dist/ → dist.csp.conf) and gzips the
 *   text files for gzip_static, in that order (the .gz copies include Pagefind's
 *   JavaScript; the header is read from the uncompressed pages).
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
 * A full garbage collection before Pagefind starts (issue 20): once the pages are written,
 * most of the build's heap (rendered HTML, compiled page modules' output) is garbage, but V8
 * only returns it to the system when it next collects. Pagefind's binary runs beside this
 * process, so without it the two peaks add up. `--expose-gc` set at run time gives the `gc`
 * function to a new context only, which is all this needs.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export default function gardeniaBuild(): AstroIntegration {
  return {
    name: 'gardenia:build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchDataPlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        collectGarbage();
        let since = performance.now();
        const pages = await runPagefind(dir, logger);
        logger.info(`Pagefind: ${pages} pages indexed in ${seconds(since)}`);

        since = performance.now();
        const dist = fileURLToPath(dir);
        const fragments = readFragments(dist);
        const contentDir = process.env.GARDENIA_CONTENT ?? './content';
        const fallback = writeFallbackIndex(dist, contentDir, fragments);
        logger.info(`Fallback search index (old engines): ${fallback.pages} pages, ${Math.round(fallback.bytes / 1024)} KB → ${fallback.file}`);
        const prepared = writePreparedPages(dist, fragments, contentDir);
        logger.info(`Prepared search results: ${prepared.pages} pages${prepared.empty.length ? `; nothing found for ${prepared.empty.join('、')}` : ''}`);
        const conf = cspConfPath(dir);
        writeFileSync(conf, nginxLine(cspForDist(dist)));
        // The time is read by the bench's build profile (bench/src/lib/builds.ts parsePhases).
        logger.info(`CSP header for nginx: ${conf} in ${seconds(since)}`);

        since = performance.now();
        const { written, before, after } = await precompress(dist);
        logger.info(`gzip: ${written} files, ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB in ${seconds(since)}`);
      },
    },
  };
}
