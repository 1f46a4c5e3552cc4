/**
 * Writes a gzip copy (file.gz) next to every compressible file of the built
 * site, for nginx's gzip_static: pages are compressed once, at build time,
 * instead of on every request. Node-only; run by the build integration
 * (src/integrations/gardenia-build.ts) after Pagefind, and by hand through
 * `node deploy/precompress.ts [dist]`.
 *
 * Pagefind's index files (.pf_*) and its WebAssembly (.pagefind) are gzip
 * already and are left alone. A .gz is kept only when it is worth serving
 * (see MIN_BYTES and MIN_SAVING), and gets the original's modification time
 * so Last-Modified and ETag stay in step.
 */
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
/**
 * Files compressed at once. zlib's async gzip runs on libuv's thread pool (4 threads), so the
 * pages are compressed on every core instead of one after another on the main thread: at
 * 10,000 articles level-9 gzip of the HTML was several seconds of a single core (issue 20).
 */
const PARALLEL = 4;

/**
 * zlib level 6, the level nginx's on-the-fly gzip uses too (deploy/nginx/gardenia/site.conf).
 * Measured on the 1,000-article bench output (1,351 files, 44.0 MB, one core): level 9 took
 * 0.70 s for 12.617 MB, level 6 0.60 s for 12.631 MB — 0.1 % larger (about 10 bytes an
 * article page) for 15 % less time (docs/performance.md, run F).
 */
export const GZIP_LEVEL = 6;

/** Files smaller than this are not compressed: nginx's gzip_min_length (256) for the same reason — headers outweigh the saving. */
export const MIN_BYTES = 256;

/** A .gz must be at least this much smaller than the original (10 %) to be kept; otherwise nginx compresses the file on the fly (`gzip on`), as for any file without a .gz. */
export const MIN_SAVING = 0.1;

/** Extensions worth compressing (text formats the site emits). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|ics|txt)$/i;

/** What precompress did. */
export interface PrecompressResult {
  /** .gz files written. */
  written: number;
  /** Bytes of the originals of those files. */
  before: number;
  /** Bytes of the .gz files. */
  after: number;
  /** Compressible files left without a .gz (too small, or gzip saved too little). */
  skipped: number;
}

/**
 * Whether a gzip copy of `size` bytes compressing to `gzSize` is worth serving. Pure.
 * Below MIN_BYTES nothing is compressed; above, the copy must save at least MIN_SAVING.
 */
export function worthServing(size: number, gzSize: number): boolean {
  return size >= MIN_BYTES && gzSize <= size * (1 - MIN_SAVING);
}

/** Compresses every matching file under dir. A stale .gz beside a file now left uncompressed is removed, so nginx never serves an old copy. */
export async function precompress(dir: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { written: 0, before: 0, after: 0, skipped: 0 };
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((rel) => COMPRESSIBLE.test(rel)).map((rel) => join(dir, rel));
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      const target = `${file}.gz`;
      const data = stat.size >= MIN_BYTES ? readFileSync(file) : undefined;
      const gz = data ? await gzipAsync(data, { level: GZIP_LEVEL }) : undefined;
      if (!data || !gz || !worthServing(data.length, gz.length)) {
        if (existsSync(target)) rmSync(target);
        result.skipped++;
        continue;
      }
      writeFileSync(target, gz);
      utimesSync(target, stat.atimeMs / 1000, stat.mtimeMs / 1000);
      result.written++;
      result.before += data.length;
      result.after += gz.length;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return result;
}
