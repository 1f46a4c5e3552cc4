/**
 * privacy-image-gps: photos whose EXIF still carries GPS coordinates. A phone
 * photo of a shelter or a victim's home publishes where it was taken.
 *
 * Two passes: images referenced from content (Markdown `![]()`, `<img src>`,
 * frontmatter `image:`/`cover:`) are reported at the reference; every image
 * file under the linted folders (content/ and public/ by default) is
 * reported as a file, so unreferenced uploads are caught too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import exifr from 'exifr';
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { findImages } from '../markdown.ts';

/** File extensions exifr can read GPS from. */
export const IMAGE_EXT_RE = /\.(?:jpe?g|tiff?|png|heic|heif|webp|avif)$/i;

/** Reads GPS coordinates from an image file, or undefined. */
export async function readGps(absPath: string): Promise<{ latitude: number; longitude: number } | undefined> {
  try {
    const gps = await exifr.gps(readFileSync(absPath));
    if (gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)) return { latitude: gps.latitude, longitude: gps.longitude };
  } catch {
    // Not an image exifr understands, or no EXIF at all: nothing to report.
  }
  return undefined;
}

/** Resolves an image URL from a content file to a file on disk, if local. */
export function resolveImage(url: string, file: SourceFile, ctx: LintContext): string | undefined {
  if (!url || /^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const clean = decodeURI(url.split(/[?#]/)[0]!);
  const abs = clean.startsWith('/') ? join(ctx.root, 'public', clean) : resolve(dirname(file.absPath), clean);
  return existsSync(abs) ? abs : undefined;
}

const MESSAGE = (lat: number, lon: number): string => `图片里带有拍摄地点的 GPS 坐标（约 ${lat.toFixed(4)}, ${lon.toFixed(4)}），发布后任何人都能查到拍摄位置`;
const HINT = '用去除位置信息的方式重新导出图片（微信“原图”以外的发送方式、或图片工具的“删除位置信息/EXIF”），再替换文件';

/** Finds referenced images with GPS data. */
export async function findGpsReferences(file: SourceFile, ctx: LintContext): Promise<RawFinding[]> {
  const refs: { url: string; start: number; end: number }[] = findImages(file).map((i) => ({ url: i.url, start: i.start, end: i.end }));
  for (const s of file.scalars) {
    if (typeof s.value === 'string' && s.path.some((k) => k === 'image' || k === 'cover' || k === 'images')) refs.push({ url: s.value, start: s.start, end: s.end });
  }
  const out: RawFinding[] = [];
  for (const ref of refs) {
    const abs = resolveImage(ref.url, file, ctx);
    if (!abs || !IMAGE_EXT_RE.test(abs)) continue;
    const gps = await readGps(abs);
    if (gps) out.push({ start: ref.start, end: ref.end, message: MESSAGE(gps.latitude, gps.longitude), hint: HINT });
  }
  return out;
}

/** Checks every image file given; findings point at the image file itself. */
export async function findGpsInFiles(absPaths: string[], ctx: LintContext): Promise<RawFinding[]> {
  const out: RawFinding[] = [];
  for (const abs of absPaths) {
    if (!IMAGE_EXT_RE.test(abs)) continue;
    const gps = await readGps(abs);
    if (gps) out.push({ file: relative(ctx.root, abs).split(sep).join('/'), start: 0, end: 0, message: MESSAGE(gps.latitude, gps.longitude), hint: HINT });
  }
  return out;
}

/** The rule: see findGpsReferences and findGpsInFiles. */
export const privacyImageGps: Rule = {
  id: 'privacy-image-gps',
  severity: 'error',
  fixable: false,
  description: '带 GPS 拍摄位置的图片',
  check: findGpsReferences,
  checkAssets: findGpsInFiles,
};
