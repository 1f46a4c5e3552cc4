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
import { promisify } from 'node:util';
import { gzip, constants } from 'node:zlib';

const gzipAsync = promisify(gzip);
/**
 * Files compressed at once. zlib's async gzip runs on libuv's thread pool (4 threads), so the
 * pages are compressed on every core instead of one after another on the main thread: at
 * 10,000 articles level-9 gzip of the HTML was several seconds of a single core (issue 20).
 */
const PARALLEL = 4;

/** Extensions worth compressing (text formats the site emits). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|ics|txt)$/i;

/** Compresses every matching file under dir; resolves with how many .gz files were written. */
export async function precompress(dir: string): Promise<{ written: number; before: number; after: number }> {
  let written = 0;
  let before = 0;
  let after = 0;
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((rel) => COMPRESSIBLE.test(rel)).map((rel) => join(dir, rel));
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      if (!statSync(file).isFile()) continue;
      const data = readFileSync(file);
      const gz = await gzipAsync(data, { level: constants.Z_BEST_COMPRESSION });
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
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { written, before, after };
}
