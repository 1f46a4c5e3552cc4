/**
 * Removes the metadata blocks that can carry a photo's location (EXIF with GPS,
 * XMP, Photoshop IRB) from JPEG and PNG files, without re-encoding the picture:
 * the pixels stay byte for byte. Uploads from the browser editor go through
 * this in the merge-request pipeline (`npm run cms:images`), because the editor
 * itself cannot change a file on upload.
 */

/** A JPEG without its APP1 (EXIF, XMP) and APP13 (Photoshop IRB) segments. */
export function stripJpeg(buf: Buffer): Buffer {
  if (buf[0] !== 0xff || buf[1] !== 0xd8) throw new Error('不是 JPEG 文件');
  const parts: Buffer[] = [buf.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= buf.length) {
    if (buf[i] !== 0xff) throw new Error(`JPEG 结构损坏（位置 ${i}）`);
    const marker = buf[i + 1]!;
    // Start of scan: the compressed picture follows; copy the rest unchanged.
    if (marker === 0xda) {
      parts.push(buf.subarray(i));
      return Buffer.concat(parts);
    }
    const length = buf.readUInt16BE(i + 2);
    const segment = buf.subarray(i, i + 2 + length);
    if (marker !== 0xe1 && marker !== 0xed) parts.push(segment);
    i += 2 + length;
  }
  return Buffer.concat(parts);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG chunks that hold metadata (EXIF, text, XMP lives in iTXt). */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt']);

/** A PNG without its metadata chunks. */
export function stripPng(buf: Buffer): Buffer {
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('不是 PNG 文件');
  const parts: Buffer[] = [buf.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= buf.length) {
    const length = buf.readUInt32BE(i);
    const type = buf.toString('latin1', i + 4, i + 8);
    const chunk = buf.subarray(i, i + 12 + length);
    if (!PNG_METADATA.has(type)) parts.push(chunk);
    i += 12 + length;
  }
  return Buffer.concat(parts);
}

/** Strips by file name; undefined for formats this module does not rewrite. */
export function stripMetadata(name: string, buf: Buffer): Buffer | undefined {
  if (/\.jpe?g$/i.test(name)) return stripJpeg(buf);
  if (/\.png$/i.test(name)) return stripPng(buf);
  return undefined;
}
