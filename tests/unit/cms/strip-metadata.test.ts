import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { stripJpeg, stripMetadata, stripPng } from '../../../scripts/lib/cms/strip-metadata.ts';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/lint/site/public/images', name));
/** A start-of-scan segment and picture bytes, then the end marker: what must survive untouched. */
const scan = Buffer.from([0xff, 0xda, 0x00, 0x04, 0x01, 0x00, 0x12, 0x34, 0x56, 0xff, 0xd9]);

describe('stripJpeg', () => {
  it('removes the GPS the lint finds and keeps the picture data byte for byte', async () => {
    const photo = Buffer.concat([fixture('gps.jpg').subarray(0, -2), scan]);
    expect(await exifr.gps(photo)).toBeTruthy();
    const clean = stripJpeg(photo);
    expect(await exifr.gps(clean).catch(() => undefined)).toBeFalsy();
    expect(clean.subarray(-scan.length).equals(scan)).toBe(true);
    expect(clean.subarray(0, 2).equals(Buffer.from([0xff, 0xd8]))).toBe(true);
  });
  it('refuses a file that is not a JPEG', () => {
    expect(() => stripJpeg(Buffer.from('hello'))).toThrow('不是 JPEG 文件');
  });
});

describe('stripPng', () => {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  it('drops eXIf and text chunks, keeps the image chunks in order', () => {
    const ihdr = chunk('IHDR', Buffer.alloc(13));
    const idat = chunk('IDAT', Buffer.from([1, 2, 3]));
    const iend = chunk('IEND', Buffer.alloc(0));
    const png = Buffer.concat([sig, ihdr, chunk('eXIf', Buffer.from('GPS')), chunk('tEXt', Buffer.from('where')), idat, iend]);
    expect(stripPng(png).equals(Buffer.concat([sig, ihdr, idat, iend]))).toBe(true);
  });
});

describe('stripMetadata', () => {
  it('leaves formats it does not rewrite to the lint', () => {
    expect(stripMetadata('a.webp', Buffer.alloc(4))).toBeUndefined();
  });
});
