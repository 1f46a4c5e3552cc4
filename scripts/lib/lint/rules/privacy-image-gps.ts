/**
 * privacy-image-gps: photos whose EXIF still carries GPS coordinates. A phone
 * photo of a shelter or a victim's home publishes where it was taken.
 *
 * Two passes: images referenced from content (Markdown `![]()`, `<img src>`,
 * frontmatter `image:`/`cover:`) are reported at the reference; every image
 * file under the linted folders (the content tree, public/ and src/ by
 * default: wherever an image can enter the site) is reported as a file, so
 * unreferenced uploads are caught too. Files are recognised by their first
 * bytes (image-kind.ts), never by their extension. After the build,
 * scripts/lib/lint/dist-gps.ts scans dist/ the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import exifr from 'exifr';
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { findImages } from '../markdown.ts';
import { imageKindOfFile } from '../image-kind.ts';

/** True when the file's content is an image, whatever its name. */
export function isImageFile(absPath: string): boolean {
  return imageKindOfFile(absPath) !== undefined;
}

/** Reads GPS coordinates from image bytes (any format exifr or sharp can open), or undefined. */
export async function readGpsFromBuffer(buf: Uint8Array): Promise<{ latitude: number; longitude: number } | undefined> {
  const ok = (gps: { latitude?: number; longitude?: number } | undefined | null) =>
    gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude) ? { latitude: gps.latitude!, longitude: gps.longitude! } : undefined;
  try {
    const found = ok(await exifr.gps(buf));
    if (found) return found;
  } catch {
    // A format exifr cannot read (WebP, GIF): try sharp's copy of the EXIF block below.
  }
  try {
    const { default: sharp } = await import('sharp');
    const exif = (await sharp(buf).metadata()).exif;
    if (exif) {
      const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
      return ok(await exifr.gps(tiff));
    }
  } catch {
    // Not an image at all, or no EXIF: nothing to report.
  }
  return undefined;
}

/** Reads GPS coordinates from an image file, or undefined. */
export async function readGps(absPath: string): Promise<{ latitude: number; longitude: number } | undefined> {
  try {
    return await readGpsFromBuffer(readFileSync(absPath));
  } catch {
    return undefined;
  }
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
    if (typeof s.value === 'string' && s.path.some((k) => k === 'image' || k === 'cover' || k === 'images'))
      refs.push({ url: s.value, start: s.start, end: s.end });
  }
  const out: RawFinding[] = [];
  for (const ref of refs) {
    const abs = resolveImage(ref.url, file, ctx);
    if (!abs || !isImageFile(abs)) continue;
    const gps = await readGps(abs);
    if (gps) out.push({ start: ref.start, end: ref.end, message: MESSAGE(gps.latitude, gps.longitude), hint: HINT });
  }
  return out;
}

/** Checks every image file given; findings point at the image file itself. */
export async function findGpsInFiles(absPaths: string[], ctx: LintContext): Promise<RawFinding[]> {
  const out: RawFinding[] = [];
  for (const abs of absPaths) {
    if (!isImageFile(abs)) continue;
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
