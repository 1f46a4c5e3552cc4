import { describe, expect, it } from 'vitest';
import { labelSide, mapSize, project, wrapLabel } from '../../src/lib/station-map.ts';
import { site } from '../../src/site.config.ts';
import type { BBox } from '../../src/lib/geo.ts';

const box: BBox = site.region.bbox;
const size = mapSize(box, 640);

describe('mapSize', () => {
  it('keeps the region east–west and north–south in proportion (cos of the mid-latitude)', () => {
    const midLat = ((box.north + box.south) / 2) * (Math.PI / 180);
    const expected = (640 * (box.north - box.south)) / ((box.east - box.west) * Math.cos(midLat));
    expect(size.width).toBe(640);
    expect(Math.abs(size.height - expected)).toBeLessThanOrEqual(0.5);
  });

  it.each([
    [{ south: 0, west: 0, north: 1, east: 1 }, 100, 100],
    [{ south: 59.5, west: 0, north: 60.5, east: 2 }, 100, 100],
  ])('sizes %j at width %i to height %i', (b, width, height) => {
    expect(mapSize(b, width)).toEqual({ width, height });
  });

  it('rejects an empty or inverted box', () => {
    expect(() => mapSize({ south: 1, west: 0, north: 1, east: 1 }, 100)).toThrow(RangeError);
    expect(() => mapSize({ south: 0, west: 2, north: 1, east: 1 }, 100)).toThrow(RangeError);
  });
});

describe('project', () => {
  it.each([
    ['north-west corner', { lat: box.north, lng: box.west }, { x: 0, y: 0 }],
    ['south-east corner', { lat: box.south, lng: box.east }, { x: size.width, y: size.height }],
    ['north-east corner', { lat: box.north, lng: box.east }, { x: size.width, y: 0 }],
    ['centre', { lat: (box.north + box.south) / 2, lng: (box.east + box.west) / 2 }, { x: size.width / 2, y: size.height / 2 }],
  ])('puts the box %s where expected', (_label, point, expected) => {
    const p = project(point, box, size);
    expect(p.x).toBeCloseTo(expected.x, 0);
    expect(p.y).toBeCloseTo(expected.y, 0);
  });

  it('draws north up and east right', () => {
    const city = project({ lat: 27.325, lng: 120.215 }, box, size);
    const shacheng = project({ lat: 27.168, lng: 120.41 }, box, size);
    expect(shacheng.x).toBeGreaterThan(city.x);
    expect(shacheng.y).toBeGreaterThan(city.y);
  });

  it('does not clamp points outside the box', () => {
    const p = project({ lat: box.north + 1, lng: box.west - 1 }, box, size);
    expect(p.x).toBeLessThan(0);
    expect(p.y).toBeLessThan(0);
  });

  it.each([
    { lat: 27.325, lng: 120.215 },
    { lat: 26.99, lng: 120.36 },
    { lat: 27.395, lng: 120.08 },
  ])('places %j at its share of the box (within the 0.1-unit rounding)', (point) => {
    const p = project(point, box, size);
    expect(p.x).toBeCloseTo(((point.lng - box.west) / (box.east - box.west)) * size.width, 0);
    expect(p.y).toBeCloseTo(((box.north - point.lat) / (box.north - box.south)) * size.height, 0);
  });
});

describe('labelSide', () => {
  it.each([
    [{ x: 100, y: 50 }, 200, 'start'],
    [{ x: 500, y: 50 }, 200, 'end'],
    [{ x: 440, y: 50 }, 200, 'start'],
  ] as const)('places a label for %j of width %i on the %s side', (point, width, side) => {
    expect(labelSide(point, { width: 640, height: 500 }, width)).toBe(side);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['桐花协作所', 8, 3, ['桐花协作所']],
    ['一二三四五六七八九十', 4, 3, ['一二三四', '五六七八', '九十']],
    ['一二三四五六七八九十', 4, 2, ['一二三四', '五六七…']],
    ['  空格  ', 8, 1, ['空格']],
    ['', 8, 3, []],
  ] as const)('wraps %j at %i per line, %i lines', (text, perLine, maxLines, expected) => {
    expect(wrapLabel(text, perLine, maxLines)).toEqual(expected);
  });
});
