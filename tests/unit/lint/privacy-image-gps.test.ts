import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGpsInFiles, privacyImageGps, readGps } from '../../../scripts/lib/lint/rules/privacy-image-gps.ts';
import { emptyContext } from '../../../scripts/lib/lint/context.ts';
import { parseSource } from '../../../scripts/lib/lint/source.ts';
import { buildJpeg, FUDING } from '../../fixtures/lint/make-gps-jpeg.ts';

let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lint-gps-'));
  mkdirSync(join(root, 'public/images'), { recursive: true });
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  writeFileSync(join(root, 'public/images/gps.jpg'), buildJpeg(FUDING));
  writeFileSync(join(root, 'public/images/clean.jpg'), buildJpeg());
  writeFileSync(join(root, 'content/articles/local.jpg'), buildJpeg(FUDING));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function check(text: string): Promise<string[]> {
  const abs = join(root, 'content/articles/a.mdx');
  const found = await privacyImageGps.check(parseSource(text, 'content/articles/a.mdx', abs), emptyContext({ root }));
  const file = parseSource(text, 'content/articles/a.mdx', abs);
  return found.map((f) => {
    const line = file.text.slice(0, f.start).split('\n').length;
    const column = f.start - file.text.lastIndexOf('\n', f.start - 1);
    return `${line}:${column}`;
  });
}

describe('privacy-image-gps', () => {
  it('reads the GPS block the fixture builder writes', async () => {
    const gps = await readGps(join(root, 'public/images/gps.jpg'));
    expect(gps?.latitude).toBeCloseTo(27.3243, 3);
    expect(await readGps(join(root, 'public/images/clean.jpg'))).toBeUndefined();
  });

  it.each([
    ['a Markdown image', '![照片](/images/gps.jpg)', ['1:7']],
    ['an <img>', '文字\n<img src="/images/gps.jpg" alt="照片" />', ['2:11']],
    ['a relative image next to the file', '![照片](./local.jpg)', ['1:7']],
    ['a frontmatter cover', '---\ncover: /images/gps.jpg\n---\n', ['2:8']],
  ])('reports %s with GPS at the reference', async (_name, text, expected) => {
    expect(await check(text)).toEqual(expected);
  });

  it.each([
    ['an image without GPS', '![照片](/images/clean.jpg)'],
    ['a missing image', '![照片](/images/none.jpg)'],
    ['a remote image', '![照片](https://example.cn/gps.jpg)'],
  ])('does not report %s', async (_name, text) => {
    expect(await check(text)).toEqual([]);
  });

  it('reports image files with GPS found under the linted folders', async () => {
    const found = await findGpsInFiles(
      [join(root, 'public/images/clean.jpg'), join(root, 'public/images/gps.jpg'), join(root, 'content/articles/local.jpg')],
      emptyContext({ root }),
    );
    expect(found.map((f) => f.file)).toEqual(['public/images/gps.jpg', 'content/articles/local.jpg']);
  });
});
