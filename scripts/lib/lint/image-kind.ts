/**
 * Tells image files by their first bytes, not their name: a phone photo renamed
 * .gif or .jfif is still a JPEG with its EXIF block, and that is what ships.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The image formats that can carry EXIF/XMP metadata (GIF and BMP listed so they are still found). */
export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff' | 'heif' | 'avif' | 'bmp' | 'jxl';

/** The kind of image `head` (the first ≥ 16 bytes of a file) starts, or undefined. */
export function imageKindOf(head: Uint8Array): ImageKind | undefined {
  const b = head;
  const ascii = (from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)) return 'tiff';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (/^avi[fs]$/.test(brand)) return 'avif';
    if (/^(?:hei[cxms]|hev[cxms]|mif1|msf1)$/.test(brand)) return 'heif';
  }
  if (ascii(0, 2) === 'BM') return 'bmp';
  if ((b[0] === 0xff && b[1] === 0x0a) || ascii(4, 8) === 'JXL ') return 'jxl';
  return undefined;
}

/** Reads the first bytes of a file and returns its image kind, or undefined (not an image, unreadable). */
export function imageKindOfFile(absPath: string): ImageKind | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const head = new Uint8Array(16);
    const n = readSync(fd, head, 0, 16, 0);
    return n >= 4 ? imageKindOf(head.subarray(0, n)) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
