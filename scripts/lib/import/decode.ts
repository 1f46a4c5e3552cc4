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
    return {
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes),
      encoding: 'utf-16',
      notes: ['原文件是 UTF-16 编码（Word 的“Unicode”文本），已转换。'],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    // Not UTF-8: try GB18030 (a superset of GBK and GB2312).
  }
  try {
    return {
      text: new TextDecoder('gb18030', { fatal: true }).decode(bytes),
      encoding: 'gb18030',
      notes: ['原文件不是 UTF-8，已按 GBK（GB18030）编码读取；请对照原文确认没有乱码。'],
    };
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

/**
 * Why these bytes cannot be imported as a pasted report, in Chinese with a fix
 * hint, or undefined when they can. Empty files and binary files (Word .doc/.docx,
 * PDF, images, archives, anything with NUL bytes or many control characters)
 * would otherwise become an empty or garbage draft.
 */
export function inputProblem(bytes: Uint8Array): string | undefined {
  const TEXT_HINT = '修改建议：在 Word 里用“另存为 → 纯文本（.txt）”保存，或把网页上的文字复制到记事本里另存为 .txt，再导入。';
  if (bytes.length === 0) return `文件是空的（0 字节），没有可以导入的文字。修改建议：确认选对了文件，或先把报道文字粘贴进去并保存。`;
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  const magic: [RegExp, string][] = [
    [/^PK\x03\x04/, 'Word（.docx）或压缩包'],
    [/^\xD0\xCF\x11\xE0/, 'Word 97–2003（.doc）或 Excel 文件'],
    [/^%PDF/, 'PDF 文件'],
    [/^\xFF\xD8\xFF|^\x89PNG|^GIF8|^RIFF/, '图片'],
    [/^\{\\rtf/, 'RTF 格式文件'],
  ];
  for (const [re, what] of magic) if (re.test(head)) return `这是${what}，不是纯文本，不能直接导入。${TEXT_HINT}`;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const text = decodeReport(bytes).text;
  if (!utf16) {
    const sample = bytes.subarray(0, 8192);
    let control = 0;
    for (const b of sample) {
      if (b === 0) return `文件里有二进制数据（空字节），不是纯文本，不能导入。${TEXT_HINT}`;
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    }
    if (control > sample.length * 0.05) return `文件里有大量控制字符，不是纯文本，不能导入。${TEXT_HINT}`;
  }
  if (normaliseWhitespace(text).trim() === '') return `文件里只有空白，没有可以导入的文字。修改建议：确认选对了文件，或先把报道文字粘贴进去并保存。`;
  return undefined;
}
