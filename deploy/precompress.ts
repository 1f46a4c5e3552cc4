/**
 * Writes a gzip copy next to every compressible file of a built site.
 * `astro build` already does this (src/integrations/gardenia-build.ts); this entry
 * point is for a dist/ built elsewhere or changed by hand.
 *
 * Usage: node deploy/precompress.ts [dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from '../src/integrations/precompress.ts';

export { COMPRESSIBLE, precompress } from '../src/integrations/precompress.ts';

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    process.stderr.write(`precompress: ${dir}/index.html not found; build the site first (npm run build)\n`);
    process.exitCode = 1;
  } else {
    const { written, before, after } = await precompress(dir);
    process.stdout.write(`precompress: ${written} files, ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB gzip\n`);
  }
}
