/**
 * Photos are recognised by their bytes wherever they can enter the site
 * (content tree, public/, src/), and the built output is scanned for GPS.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { collectFiles, runLint } from '../../../scripts/lib/lint/run.ts';
import { imageKindOf } from '../../../scripts/lib/lint/image-kind.ts';
import { readGpsFromBuffer } from '../../../scripts/lib/lint/rules/privacy-image-gps.ts';
import { scanDistForGps, stripBuildImages } from '../../../scripts/lib/lint/dist-gps.ts';
import { buildJpeg, FUDING } from '../../fixtures/lint/make-gps-jpeg.ts';

/** A decodable JPEG (real pixels from sharp) carrying the GPS block of buildJpeg. */
async function photoWithGps(): Promise<Buffer> {
  const pixels = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c33' } })
    .jpeg()
    .toBuffer();
  const exif = buildJpeg(FUDING);
  const app1 = exif.subarray(2, exif.length - 2); // APP1 segment without SOI/EOI
  return Buffer.concat([pixels.subarray(0, 2), app1, pixels.subarray(2)]);
}

let root = '';
let photo: Buffer;

beforeAll(async () => {
  photo = await photoWithGps();
  root = mkdtempSync(join(tmpdir(), 'lint-img-'));
  for (const d of ['content/articles', 'public', 'src/assets', 'src/components']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'content/articles/a.mdx'), '---\ntitle: "x"\n---\n正文\n');
  writeFileSync(join(root, 'src/assets/photo.jpg'), photo);
  writeFileSync(join(root, 'src/assets/renamed.gif'), photo);
  writeFileSync(join(root, 'public/upload.jfif'), photo);
  writeFileSync(join(root, 'src/components/no-extension'), photo);
  writeFileSync(join(root, 'public/clean.jpg'), buildJpeg());
  writeFileSync(join(root, 'public/fake.jpg'), 'not an image');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('images by content', () => {
  it.each([
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['gif', [...Buffer.from('GIF89a')]],
    ['webp', [...Buffer.from('RIFF\0\0\0\0WEBPVP8 ')]],
    ['tiff', [0x49, 0x49, 0x2a, 0x00]],
    ['heif', [0, 0, 0, 24, ...Buffer.from('ftypheic')]],
    ['avif', [0, 0, 0, 24, ...Buffer.from('ftypavif')]],
  ])('tells %s by its first bytes', (kind, bytes) => {
    expect(imageKindOf(new Uint8Array([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(kind);
  });

  it('finds images in the content tree, public/ and src/ whatever their name, and ignores a .jpg that is not one', () => {
    const { assets } = collectFiles(root, [], root);
    expect(assets.map((a) => a.slice(root.length + 1))).toEqual([
      'public/clean.jpg',
      'public/upload.jfif',
      'src/assets/photo.jpg',
      'src/assets/renamed.gif',
      'src/components/no-extension',
    ]);
  });

  it('reports every photo with GPS, naming the file and the rule', async () => {
    const { findings } = await runLint({ root, files: collectFiles(root, [], root) });
    expect(findings.filter((f) => f.rule === 'privacy-image-gps').map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual([
      'public/upload.jfif:1 error',
      'src/assets/photo.jpg:1 error',
      'src/assets/renamed.gif:1 error',
      'src/components/no-extension:1 error',
    ]);
  });
});

describe('the built output', () => {
  it('fails on a GPS photo anywhere in dist/, and passes a clean one', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-gps-'));
    mkdirSync(join(dist, 'images'));
    writeFileSync(join(dist, 'images/cover.png'), photo); // a JPEG under a .png name
    writeFileSync(join(dist, 'index.html'), '<p>x</p>');
    const found = await scanDistForGps(dist);
    expect(found.map((f) => f.file)).toEqual(['images/cover.png']);
    expect(found[0]!.latitude).toBeCloseTo(FUDING.latitude, 3);
    rmSync(join(dist, 'images/cover.png'));
    expect(await scanDistForGps(dist)).toEqual([]);
    rmSync(dist, { recursive: true, force: true });
  });

  it('strips metadata from images the build wrote under _astro/, keeping a valid image', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-strip-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro/photo.B1a2c3.jpg'), photo);
    expect(await readGpsFromBuffer(readFileSync(join(dist, '_astro/photo.B1a2c3.jpg')))).toBeDefined();
    expect(await stripBuildImages(dist)).toEqual(['_astro/photo.B1a2c3.jpg']);
    const after = readFileSync(join(dist, '_astro/photo.B1a2c3.jpg'));
    expect(await readGpsFromBuffer(after)).toBeUndefined();
    expect((await sharp(after).metadata()).width).toBe(16);
    expect(await scanDistForGps(dist)).toEqual([]);
    rmSync(dist, { recursive: true, force: true });
  });
});

describe('the build hook', () => {
  it('fails the build when an image in the output still carries GPS, naming the file', async () => {
    const { gardeniaGuard } = await import('../../../scripts/lib/lint/build-guard.ts');
    const dist = mkdtempSync(join(tmpdir(), 'dist-hook-'));
    writeFileSync(join(dist, 'photo.gif'), photo); // a JPEG named .gif, as copied from public/
    const hook = gardeniaGuard().hooks['astro:build:done']!;
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    await expect(hook({ dir: new URL(`file://${dist}/`), logger } as never)).rejects.toThrow(/photo\.gif:1:1 {2}error {2}dist-image-gps .*GPS/);
    rmSync(join(dist, 'photo.gif'));
    await expect(hook({ dir: new URL(`file://${dist}/`), logger } as never)).resolves.toBeUndefined();
    rmSync(dist, { recursive: true, force: true });
  });
});
