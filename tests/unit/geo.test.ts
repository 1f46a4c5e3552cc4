import { describe, expect, it } from 'vitest';
import { classifyPosition, distanceToBoxKm, formatDistance, haversineKm, isInBox, rankByDistance } from '../../src/lib/geo.ts';
import type { BBox, LatLng } from '../../src/lib/geo.ts';

/** The box given in the brief (township centres must lie inside it). */
const BRIEF_BOX: BBox = { south: 26.85, west: 119.9, north: 27.45, east: 120.55 };
/** One degree of arc on a sphere of radius 6371.0088 km. */
const ONE_DEGREE_KM = (2 * Math.PI * 6371.0088) / 360;

const cityCentre: LatLng = { lat: 27.325, lng: 120.215 };

describe('haversineKm', () => {
  it.each([
    ['one degree of longitude on the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 1 }, ONE_DEGREE_KM],
    ['one degree of latitude along a meridian', { lat: 27, lng: 120 }, { lat: 28, lng: 120 }, ONE_DEGREE_KM],
    ['a quarter of the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 90 }, ONE_DEGREE_KM * 90],
    ['the same point', cityCentre, cityCentre, 0],
    ['antipodal points (half the circumference)', { lat: 0, lng: 0 }, { lat: 0, lng: 180 }, ONE_DEGREE_KM * 180],
  ])('measures %s', (_label, a, b, expected) => {
    expect(haversineKm(a, b)).toBeCloseTo(expected, 6);
  });

  it('shrinks a degree of longitude by cos(latitude) away from the equator', () => {
    // At 60° N a short east-west hop of 0.01° is half as long as on the equator.
    const atEquator = haversineKm({ lat: 0, lng: 120 }, { lat: 0, lng: 120.01 });
    const at60 = haversineKm({ lat: 60, lng: 120 }, { lat: 60, lng: 120.01 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 4);
  });

  it('gives the same distance in both directions', () => {
    const fuzhou = { lat: 26.074, lng: 119.296 };
    expect(haversineKm(cityCentre, fuzhou)).toBeCloseTo(haversineKm(fuzhou, cityCentre), 9);
    expect(haversineKm(cityCentre, fuzhou)).toBeGreaterThan(160);
    expect(haversineKm(cityCentre, fuzhou)).toBeLessThan(170);
  });
});

describe('isInBox', () => {
  it.each([
    ['the city centre', cityCentre, true],
    ['the south-west corner (edges count as inside)', { lat: 26.85, lng: 119.9 }, true],
    ['the north-east corner', { lat: 27.45, lng: 120.55 }, true],
    ['a point just north of the box', { lat: 27.4501, lng: 120.2 }, false],
    ['a point just east of the box', { lat: 27.2, lng: 120.5501 }, false],
    ['福州 (Fuzhou)', { lat: 26.074, lng: 119.296 }, false],
  ])('decides whether %s is inside', (_label, point, expected) => {
    expect(isInBox(point, BRIEF_BOX)).toBe(expected);
  });

  it('leaves the outer islands of 福鼎 (台山列岛, about 120.7° E) outside the 120.55° E edge', () => {
    expect(isInBox({ lat: 27.0, lng: 120.7 }, BRIEF_BOX)).toBe(false);
    expect(isInBox({ lat: 27.0, lng: 120.7 }, { ...BRIEF_BOX, east: 120.75 })).toBe(true);
  });
});

describe('rankByDistance', () => {
  const places = [
    { id: 'far', coordinates: { lat: 27.0, lng: 120.2 } },
    { id: 'unknown-1' },
    { id: 'near', coordinates: { lat: 27.33, lng: 120.22 } },
    { id: 'unknown-2', coordinates: null },
    { id: 'middle', coordinates: { lat: 27.2, lng: 120.2 } },
    { id: 'broken', coordinates: { lat: Number.NaN, lng: 120 } },
  ];

  it('sorts located places nearest first and puts unlocated ones last in their original order', () => {
    const ranked = rankByDistance(cityCentre, places);
    expect(ranked.map((p) => p.id)).toEqual(['near', 'middle', 'far', 'unknown-1', 'unknown-2', 'broken']);
    const distances = ranked.slice(0, 3).map((p) => p.distanceKm as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(ranked.slice(3).every((p) => p.distanceKm === null)).toBe(true);
  });

  it('adds the haversine distance to each located place', () => {
    const [first] = rankByDistance(cityCentre, places);
    expect(first?.distanceKm).toBeCloseTo(haversineKm(cityCentre, { lat: 27.33, lng: 120.22 }), 9);
  });

  it.each([
    [0, []],
    [1, ['near']],
    [2, ['near', 'middle']],
    [4, ['near', 'middle', 'far', 'unknown-1']],
    [99, ['near', 'middle', 'far', 'unknown-1', 'unknown-2', 'broken']],
  ])('keeps at most %i results when a limit is given', (limit, expected) => {
    expect(rankByDistance(cityCentre, places, { limit }).map((p) => p.id)).toEqual(expected);
  });

  it('leaves the input array and its objects untouched', () => {
    const copy = structuredClone(places);
    rankByDistance(cityCentre, places);
    expect(places).toEqual(copy);
    expect('distanceKm' in (places[0] as object)).toBe(false);
  });

  it('keeps the original order for places at the same distance', () => {
    const twins = [
      { id: 'a', coordinates: { lat: 27.3, lng: 120.2 } },
      { id: 'b', coordinates: { lat: 27.3, lng: 120.2 } },
    ];
    expect(rankByDistance(cityCentre, twins).map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('classifyPosition', () => {
  // 0.1° of longitude at 27.2° N is about 9.9 km.
  it.each([
    ['the city centre', cityCentre, 30, 'inside'],
    ['a boat 0.1° east of the box with a 30 km allowance', { lat: 27.2, lng: 120.65 }, 30, 'near'],
    ['the same boat with a 5 km allowance', { lat: 27.2, lng: 120.65 }, 5, 'far'],
    ['温州 (Wenzhou, about 60 km north of the box) with a 30 km allowance', { lat: 28.0, lng: 120.67 }, 30, 'far'],
    ['温州 with an 80 km allowance', { lat: 28.0, lng: 120.67 }, 80, 'near'],
    ['福州 (Fuzhou, about 100 km away)', { lat: 26.074, lng: 119.296 }, 30, 'far'],
    ['北京 (Beijing)', { lat: 39.9, lng: 116.4 }, 30, 'far'],
  ] as const)('classifies %s', (_label, point, maxKm, expected) => {
    expect(classifyPosition(point, BRIEF_BOX, maxKm)).toBe(expected);
  });

  it('measures the distance to the nearest edge of the box, not to its centre', () => {
    const justSouth = { lat: 26.8, lng: 120.2 };
    expect(distanceToBoxKm(justSouth, BRIEF_BOX)).toBeCloseTo(ONE_DEGREE_KM * 0.05, 6);
    expect(distanceToBoxKm(cityCentre, BRIEF_BOX)).toBe(0);
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '0 米'],
    [0.0123, '10 米'],
    [0.85, '850 米'],
    [0.8549, '850 米'],
    [0.994, '990 米'],
    [0.996, '1.0 公里'],
    [1, '1.0 公里'],
    [3.24, '3.2 公里'],
    [3.25, '3.3 公里'],
    [9.96, '10 公里'],
    [25.4, '25 公里'],
    [312.6, '313 公里'],
  ])('formats %f km as "%s"', (km, expected) => {
    expect(formatDistance(km)).toBe(expected);
  });

  it.each([[Number.NaN], [-1], [Number.POSITIVE_INFINITY]])('returns an empty string for the unusable value %f', (km) => {
    expect(formatDistance(km)).toBe('');
  });
});
