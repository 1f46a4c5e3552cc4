/**
 * A phone photo with GPS referenced from MDX goes through Astro's image service:
 * the built page's image carries no position, and the build's own GPS scan of
 * dist/ passes. (The content lint would stop this photo first; this runs
 * `astro build` alone to test the build's own guarantee.)
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { build, root } from './helpers.ts';
import { buildJpeg, FUDING } from '../fixtures/lint/make-gps-jpeg.ts';
import { readGpsFromBuffer } from '../../scripts/lib/lint/rules/privacy-image-gps.ts';
import { imageKindOfFile } from '../../scripts/lib/lint/image-kind.ts';

describe('images the build writes', () => {
  it('carry no GPS even when the source photo does', async () => {
    const content = mkdtempSync(join(tmpdir(), 'gardenia-img-'));
    cpSync(join(root, 'tests/fixtures/site'), content, { recursive: true });
    const pixels = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#6a4' } })
      .jpeg()
      .toBuffer();
    const exif = buildJpeg(FUDING);
    writeFileSync(join(content, 'articles/photo.jpg'), Buffer.concat([pixels.subarray(0, 2), exif.subarray(2, exif.length - 2), pixels.subarray(2)]));
    expect(await readGpsFromBuffer(readFileSync(join(content, 'articles/photo.jpg')))).toBeDefined();
    const page = readFileSync(join(content, 'articles/published.mdx'), 'utf8');
    writeFileSync(join(content, 'articles/published.mdx'), `${page}\n\n![开放日现场的一张测试照片](./photo.jpg)\n`);

    const run = build(content);
    expect(run.status, run.log).toBe(0);
    const images = (readdirSync(run.out, { recursive: true }) as string[]).map((f) => join(run.out, f)).filter((f) => imageKindOfFile(f));
    expect(images.length).toBeGreaterThan(0);
    for (const f of images) expect(await readGpsFromBuffer(readFileSync(f)), f).toBeUndefined();
  }, 240_000);
});
