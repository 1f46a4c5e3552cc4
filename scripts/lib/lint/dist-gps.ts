/**
 * The last privacy gate over the built site: every image under dist/ (found by
 * its bytes, whatever its name) is read for EXIF GPS, and the build fails on
 * any. Before that, images the build itself wrote under dist/_astro/ (Vite's
 * copies of imported originals) are re-encoded without metadata; files from
 * public/ are copied as is and must be clean already (the content lint checks
 * them), so they are only reported, never silently changed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { imageKindOfFile, type ImageKind } from './image-kind.ts';
import { readGpsFromBuffer } from './rules/privacy-image-gps.ts';

/** One image in dist/ that still carries a position. */
export interface DistGpsFinding {
  /** Path relative to dist/, forward slashes. */
  file: string;
  latitude: number;
  longitude: number;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Formats sharp can write back in the same format. */
const REWRITABLE = new Set(['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif'] as const);
type Rewritable = typeof REWRITABLE extends Set<infer T> ? T : never;
const isRewritable = (k: ImageKind | undefined): k is Rewritable => k !== undefined && (REWRITABLE as Set<string>).has(k);

/**
 * Re-encodes the images the build wrote under `dist/_astro/` without any
 * metadata (sharp drops EXIF, XMP and IPTC unless asked to keep them).
 * Returns the relative paths it rewrote.
 */
export async function stripBuildImages(dist: string): Promise<string[]> {
  const astroDir = join(dist, '_astro');
  let files: string[];
  try {
    files = walk(astroDir);
  } catch {
    return [];
  }
  const { default: sharp } = await import('sharp');
  const rewritten: string[] = [];
  for (const abs of files) {
    const kind = imageKindOfFile(abs);
    if (!isRewritable(kind)) continue;
    const input = readFileSync(abs);
    const meta = await sharp(input).metadata();
    if (!meta.exif && !meta.xmp && !meta.iptc) continue;
    // rotate() bakes the EXIF orientation into the pixels before the tag is dropped.
    const output = await sharp(input, { animated: true })
      .rotate()
      .toFormat(kind, kind === 'jpeg' ? { quality: 90 } : {})
      .toBuffer();
    writeFileSync(abs, output);
    rewritten.push(relative(dist, abs).split(sep).join('/'));
  }
  return rewritten;
}

/** Every image under `dist` (by content) that carries GPS coordinates. */
export async function scanDistForGps(dist: string): Promise<DistGpsFinding[]> {
  const out: DistGpsFinding[] = [];
  for (const abs of walk(dist)) {
    if (!imageKindOfFile(abs)) continue;
    const gps = await readGpsFromBuffer(readFileSync(abs));
    if (gps) out.push({ file: relative(dist, abs).split(sep).join('/'), ...gps });
  }
  return out;
}

/** The Chinese report of scanDistForGps, one line per file, as the lint prints findings. */
export function formatDistGps(findings: DistGpsFinding[], distLabel = 'dist'): string {
  return findings
    .map(
      (f) =>
        `${distLabel}/${f.file}:1:1  error  dist-image-gps  构建出的网站里有带 GPS 拍摄位置的图片（约 ${f.latitude.toFixed(4)}, ${f.longitude.toFixed(4)}）  （修改建议：找到这张图片的原文件（public/、src/ 或内容文件夹里），用去除位置信息的方式重新导出后替换，再重新构建）`,
    )
    .join('\n');
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const found = await scanDistForGps(dist);
  if (found.length) {
    process.stderr.write(`${formatDistGps(found, dist)}\n`);
    process.exitCode = 1;
  } else process.stdout.write(`${dist}/ 里的图片都没有 GPS 位置信息。\n`);
}
