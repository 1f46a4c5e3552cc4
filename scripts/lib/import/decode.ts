/**
 * Reads the bytes of a pasted report. Word's "plain text" export on Chinese
 * Windows is GBK unless told otherwise; news-site copies are UTF-8. A file
 * that is valid UTF-8 is read as UTF-8; one that is not, but reads cleanly as
 * GB18030, is read as that; anything else is read as UTF-8 with the broken
 * bytes left as “�”, which the lint then reports line by line.
 */

/** The decoded text and how it was read. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16' | 'gb18030';
  /** Notes for the person importing, in Chinese. */
  notes: string[];
}

/** Decodes a report's bytes; never throws. */
export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16', notes: ['原文件是 UTF-16 编码（Word 的“Unicode”文本），已转换。'] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    // Not UTF-8: try GB18030 (a superset of GBK and GB2312).
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', notes: ['原文件不是 UTF-8，已按 GBK（GB18030）编码读取；请对照原文确认没有乱码。'] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const lost = (text.match(/\uFFFD/g) ?? []).length;
    return { text, encoding: 'utf-8', notes: [`原文件里有 ${lost} 处无法识别的字节，已显示为“�”，检查结果会逐处列出。`] };
  }
}

/**
 * Normalises line breaks and whitespace without touching any character of the
 * text itself: BOM, zero-width characters and indentation (full-width spaces
 * from Word, non-breaking spaces from web pages) go; every other character stays.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2002-\u200A\u202F\u205F\t]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(/ {2,}/g, ' '))
    .join('\n');
}
