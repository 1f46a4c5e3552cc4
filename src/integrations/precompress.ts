/**
 * Writes a gzip copy (file.gz) next to every compressible file of the built
 * site, for nginx's gzip_static: pages are compressed once, at level 9, instead
 * of on every request. Node-only; run by the build integration
 * (src/integrations/gardenia-build.ts) after Pagefind, and by hand through
 * `node deploy/precompress.ts [dist]`.
 *
 * Pagefind's index files (.pf_*) and its WebAssembly (.pagefind) are gzip
 * already and are left alone. A .gz is kept only when it is smaller, and gets
 * the original's modification time so Last-Modified and ETag stay in step.
 */
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** Extensions worth compressing (text formats the site emits). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|ics|txt)$/i;

/** Compresses every matching file under dir; returns how many .gz files were written. */
export function precompress(dir: string): { written: number; before: number; after: number } {
  let written = 0;
  let before = 0;
  let after = 0;
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, rel);
    if (!COMPRESSIBLE.test(rel) || !statSync(file).isFile()) continue;
    const data = readFileSync(file);
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    const target = `${file}.gz`;
    if (gz.length >= data.length) {
      // Not worth it (tiny files): make sure no stale copy is served instead.
      if (existsSync(target)) rmSync(target);
      continue;
    }
    writeFileSync(target, gz);
    const { atime, mtime } = statSync(file);
    utimesSync(target, atime, mtime);
    written++;
    before += data.length;
    after += gz.length;
  }
  return { written, before, after };
}
