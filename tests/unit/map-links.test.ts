import { describe, expect, it } from 'vitest';
import { amapUrl, baiduUrl, BAIDU_SRC, toBd09, toGcj02 } from '../../src/lib/map-links.ts';
import type { LatLng } from '../../src/lib/geo.ts';

/*
 * Independent reference implementation of the published WGS-84 → GCJ-02 formulas
 * (Krasovsky 1940 ellipsoid, the widely circulated "eviltransform" coefficients) and of
 * Baidu's GCJ-02 → BD-09 rotation. Written from the formulas, not from gcoord's source.
 */
const A = 6378245.0;
// The constant as published with the GCJ-02 formula (more digits than a double keeps).
// eslint-disable-next-line no-loss-of-precision
const EE = 0.00669342162296594323;

function refTransformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function refTransformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

function refWgsToGcj({ lat, lng }: LatLng): LatLng {
  let dLat = refTransformLat(lng - 105, lat - 35);
  let dLng = refTransformLng(lng - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: lat + dLat, lng: lng + dLng };
}

function refGcjToBd({ lat, lng }: LatLng): LatLng {
  const xPi = (Math.PI * 3000) / 180;
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * xPi);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * xPi);
  return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

/** Points in 福鼎 (approximate, WGS-84). */
const POINTS: Array<[string, LatLng]> = [
  ['福鼎市区', { lat: 27.325, lng: 120.215 }],
  ['沙埕镇', { lat: 27.168, lng: 120.41 }],
  ['嵛山岛', { lat: 26.99, lng: 120.36 }],
  ['叠石乡', { lat: 27.395, lng: 120.08 }],
];

const TOLERANCE = 1e-5; // degrees, about 1 m

describe('toGcj02', () => {
  it.each(POINTS)('matches the published WGS-84 → GCJ-02 formula at %s', (_name, wgs) => {
    const got = toGcj02(wgs);
    const ref = refWgsToGcj(wgs);
    expect(Math.abs(got.lat - ref.lat)).toBeLessThan(TOLERANCE);
    expect(Math.abs(got.lng - ref.lng)).toBeLessThan(TOLERANCE);
  });

  it.each(POINTS)('shifts %s by a few hundred metres, as GCJ-02 does in south-east China', (_name, wgs) => {
    const got = toGcj02(wgs);
    const shiftLat = got.lat - wgs.lat;
    const shiftLng = got.lng - wgs.lng;
    // In Fujian GCJ-02 moves points slightly south and noticeably east.
    expect(shiftLat).toBeLessThan(0);
    expect(shiftLng).toBeGreaterThan(0.003);
    expect(Math.hypot(shiftLat, shiftLng)).toBeLessThan(0.01);
  });
});

describe('toBd09', () => {
  it.each(POINTS)('equals GCJ-02 followed by the Baidu rotation at %s', (_name, wgs) => {
    const got = toBd09(wgs);
    const ref = refGcjToBd(refWgsToGcj(wgs));
    expect(Math.abs(got.lat - ref.lat)).toBeLessThan(TOLERANCE);
    expect(Math.abs(got.lng - ref.lng)).toBeLessThan(TOLERANCE);
  });

  it('lies further north-east than GCJ-02, by Baidu’s roughly 0.006° / 0.0065° offset', () => {
    const [, wgs] = POINTS[0] as [string, LatLng];
    const gcj = toGcj02(wgs);
    const bd = toBd09(wgs);
    expect(bd.lat - gcj.lat).toBeGreaterThan(0.004);
    expect(bd.lng - gcj.lng).toBeGreaterThan(0.004);
  });
});

const station = { lat: 27.325, lng: 120.215, name: '“栀子花”妇女儿童权益保护司法协作服务站' };

describe('amapUrl', () => {
  const url = new URL(amapUrl(station));

  it('points at the Amap marker page over https', () => {
    expect(`${url.origin}${url.pathname}`).toBe('https://uri.amap.com/marker');
  });

  it.each([
    ['position', '120.215,27.325'],
    ['name', station.name],
    ['coordinate', 'wgs84'],
    ['src', 'gardenia'],
    ['callnative', '0'],
  ])('sets %s to %s', (key, value) => {
    expect(url.searchParams.get(key)).toBe(value);
  });

  it('passes WGS-84 unchanged (the service converts) rather than pre-converted GCJ-02', () => {
    const gcj = toGcj02(station);
    expect(url.searchParams.get('position')).not.toBe(`${gcj.lng},${gcj.lat}`);
  });
});

describe('baiduUrl', () => {
  const url = new URL(baiduUrl({ ...station, content: '福鼎市' }));

  it('points at the Baidu marker page over https', () => {
    expect(`${url.origin}${url.pathname}`).toBe('https://api.map.baidu.com/marker');
  });

  it.each([
    ['location', '27.325,120.215'],
    ['title', station.name],
    ['content', '福鼎市'],
    ['output', 'html'],
    ['coord_type', 'wgs84'],
    ['src', BAIDU_SRC],
  ])('sets %s to %s', (key, value) => {
    expect(url.searchParams.get(key)).toBe(value);
  });

  it('uses the name as content when no content is given', () => {
    expect(new URL(baiduUrl(station)).searchParams.get('content')).toBe(station.name);
  });

  it('follows the documented src format webapp.companyName.appName', () => {
    expect(BAIDU_SRC).toMatch(/^webapp\.[a-z]+\.[a-z]+$/);
  });
});

describe('URL encoding of names and coordinates', () => {
  it.each([
    ['an ampersand', 'A&B 工作室'],
    ['a hash and a question mark', '信箱 #1?'],
    ['a plus sign and a percent sign', '1+3+N 体系 100%'],
    ['an equals sign', 'a=b'],
  ])('keeps a name with %s intact and adds no stray parameters', (_label, name) => {
    for (const build of [amapUrl, baiduUrl]) {
      const raw = build({ lat: 27.3, lng: 120.2, name });
      const url = new URL(raw);
      expect(url.searchParams.get(build === amapUrl ? 'name' : 'title')).toBe(name);
      expect(url.hash).toBe('');
      expect(raw).not.toMatch(/[\s“”]/);
    }
    expect([...new URL(amapUrl({ lat: 27.3, lng: 120.2, name })).searchParams.keys()]).toEqual(['position', 'name', 'src', 'coordinate', 'callnative']);
  });

  it.each([
    [{ lat: 27.123456789, lng: 120.987654321 }, '120.987654,27.123457', '27.123457,120.987654'],
    [{ lat: 27, lng: 120.5 }, '120.5,27', '27,120.5'],
  ])('rounds %j to at most 6 decimals', (point, amapPosition, baiduLocation) => {
    expect(new URL(amapUrl({ ...point, name: 'x' })).searchParams.get('position')).toBe(amapPosition);
    expect(new URL(baiduUrl({ ...point, name: 'x' })).searchParams.get('location')).toBe(baiduLocation);
  });

  it('refuses a missing coordinate instead of building a broken link', () => {
    expect(() => amapUrl({ lat: Number.NaN, lng: 120, name: 'x' })).toThrow(RangeError);
  });
});
