/**
 * The importer refuses empty and binary input with a Chinese reason and a
 * non-zero exit, and writes nothing.
 */
import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/lib/import/import-text.ts';
import { inputProblem } from '../../../scripts/lib/import/decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('input the importer refuses', () => {
  it.each([
    ['an empty file', new Uint8Array(), /文件是空的/],
    ['only whitespace', enc(' \n\u3000\n\t\n'), /只有空白/],
    ['a .docx (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), /Word（\.docx）.*另存为 → 纯文本/],
    ['a .doc (OLE)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /Word 97–2003/],
    ['a PDF', enc('%PDF-1.7\n...'), /PDF 文件/],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /图片/],
    ['bytes with NUL', enc('abc\0def'), /二进制数据/],
    ['mostly control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /控制字符/],
  ])('%s', (_name, bytes, message) => {
    expect(inputProblem(bytes)).toMatch(message);
  });

  it.each([
    ['UTF-8 text', enc('福鼎市妇联举办开放日。\n')],
    ['UTF-16 text with BOM', new Uint8Array([0xff, 0xfe, 0x8f, 0x79, 0x0e, 0x9f])],
  ])('accepts %s', (_name, bytes) => {
    expect(inputProblem(bytes)).toBeUndefined();
  });

  it('exits 1 with the reason on stderr and writes no draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-empty-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'report.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    for (const name of ['empty.txt', 'report.docx']) {
      let err = '';
      let out = '';
      const code = await main([name, '--as', 'articles', '--content', join(dir, 'content')], { out: (s) => (out += s), err: (s) => (err += s), cwd: dir });
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^无法导入 ${name.replace('.', '\\.')}：.+修改建议`));
      expect(out).toBe('');
    }
    expect(existsSync(join(dir, 'content'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['empty.txt', 'report.docx']);
  });
});
