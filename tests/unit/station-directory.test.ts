import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_COUNT,
  NEAR_KM,
  findNearest,
  isListedPlace,
  unlistedWorkrooms,
  formatVerificationWarnings,
  mailtoUrl,
  verificationWarnings,
  type VerifiableEntry,
} from '../../src/lib/station-directory.ts';

/** The rules are tested on a fixed region (福鼎's box as test data), not on whichever county is configured. */
const region = { bbox: { south: 26.85, west: 119.9, north: 27.45, east: 120.75 }, farKm: 30 };

/** Fixture places (not the real content: only one real entry has coordinates). */
const places = [
  { id: 'hotline' },
  { id: 'shacheng', coordinates: { lat: 27.168, lng: 120.41 } },
  { id: 'city', coordinates: { lat: 27.325, lng: 120.215 } },
  { id: 'mailbox', coordinates: null },
  { id: 'diantou', coordinates: { lat: 27.235, lng: 120.185 } },
  { id: 'yushan', coordinates: { lat: 26.99, lng: 120.36 } },
];

describe('findNearest', () => {
  it.each([
    ['near 桐山街道', { lat: 27.33, lng: 120.21 }, 'inside', ['city', 'diantou', 'shacheng', 'yushan', 'hotline', 'mailbox']],
    ['near 沙埕', { lat: 27.17, lng: 120.4 }, 'inside', ['shacheng', 'yushan', 'diantou', 'city', 'hotline', 'mailbox']],
    ['on 嵛山岛', { lat: 26.99, lng: 120.36 }, 'inside', ['yushan', 'shacheng', 'diantou', 'city', 'hotline', 'mailbox']],
    ['just over the border in 苍南 (near)', { lat: 27.3, lng: 120.8 }, 'near', ['shacheng', 'yushan', 'city', 'diantou', 'hotline', 'mailbox']],
  ] as const)('orders places %s nearest first, unlocated last', (_label, origin, position, order) => {
    const result = findNearest(origin, places, region);
    expect(result.position).toBe(position);
    if (result.position === 'far') throw new Error('unexpected far');
    expect(result.ranked.map((p) => p.id)).toEqual(order);
  });

  it.each([
    ['北京', { lat: 39.9, lng: 116.4 }],
    ['福州', { lat: 26.074, lng: 119.296 }],
    ['温州', { lat: 28.0, lng: 120.67 }],
  ])('gives no list at all from %s, far outside the region', (_label, origin) => {
    expect(findNearest(origin, places, region)).toEqual({ position: 'far' });
  });

  it(`highlights at most the nearest ${HIGHLIGHT_COUNT} located places`, () => {
    const result = findNearest({ lat: 27.33, lng: 120.21 }, places, region, { nearKm: 100 });
    if (result.position === 'far') throw new Error('unexpected far');
    expect(result.ranked.filter((p) => p.highlighted).map((p) => p.id)).toEqual(['city', 'diantou', 'shacheng']);
  });

  it(`calls nothing further than ${NEAR_KM} km near: from 桐山 only the city place, from 沙埕 (25 km from the city) only 沙埕's`, () => {
    const fromTongshan = findNearest({ lat: 27.33, lng: 120.21 }, places, region);
    const fromShacheng = findNearest(
      { lat: 27.17, lng: 120.4 },
      places.filter((p) => p.id !== 'shacheng'),
      region,
    );
    if (fromTongshan.position === 'far' || fromShacheng.position === 'far') throw new Error('unexpected far');
    expect(fromTongshan.ranked.filter((p) => p.highlighted).map((p) => p.id)).toEqual(['city']);
    expect(fromShacheng.ranked.filter((p) => p.highlighted)).toEqual([]);
  });

  it.each([
    ['the place has only an approximate position (a town centre)', [{ id: 'city', coordinates: { lat: 27.325, lng: 120.215, approximate: true } }], {}],
    [
      'the origin is a township centre chosen from the list, not the reader',
      [{ id: 'city', coordinates: { lat: 27.325, lng: 120.215 } }],
      { originApproximate: true },
    ],
  ] as const)('never says 离你较近 when %s, however close', (_label, list, options) => {
    const result = findNearest({ lat: 27.326, lng: 120.214 }, list, region, options);
    if (result.position === 'far') throw new Error('unexpected far');
    expect(result.ranked[0]!.distanceKm).toBeLessThan(1);
    expect(result.ranked[0]!.highlighted).toBe(false);
  });

  it('never highlights a place without coordinates, even when few are located', () => {
    const result = findNearest({ lat: 27.33, lng: 120.21 }, [{ id: 'a' }, { id: 'b', coordinates: { lat: 27.3, lng: 120.2 } }], region);
    if (result.position === 'far') throw new Error('unexpected far');
    expect(result.ranked.map((p) => [p.id, p.highlighted])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });

  it('gives the great-circle distance in km (about 25 km from 桐山 to 沙埕)', () => {
    const result = findNearest({ lat: 27.325, lng: 120.215 }, places, region);
    if (result.position === 'far') throw new Error('unexpected far');
    const shacheng = result.ranked.find((p) => p.id === 'shacheng');
    expect(shacheng?.distanceKm).toBeGreaterThan(24);
    expect(shacheng?.distanceKm).toBeLessThan(28);
    expect(result.ranked.find((p) => p.id === 'city')?.distanceKm).toBe(0);
  });
});

describe('verificationWarnings', () => {
  const entries: VerifiableEntry[] = [
    { file: 'a.yaml', verification: { status: 'unverified' } },
    { file: 'fresh.yaml', verification: { status: 'verified', lastVerified: '2026-06-01' } },
    { file: 'edge.yaml', verification: { status: 'verified', lastVerified: '2026-03-04' } },
    { file: 'old.yaml', verification: { status: 'verified', lastVerified: '2025-01-01' } },
  ];

  it('flags unverified entries and those verified more than 180 days ago, in order', () => {
    expect(verificationWarnings(entries, '2026-08-31')).toEqual([
      { file: 'a.yaml', reason: 'unverified' },
      { file: 'old.yaml', reason: 'stale', ageDays: 607 },
    ]);
  });

  it.each([
    ['2026-08-31', false],
    ['2026-09-01', true],
  ])('counts exactly 180 days as still fresh (today %s → stale %s)', (today, stale) => {
    const found = verificationWarnings([entries[2] as VerifiableEntry], today);
    expect(found.length > 0).toBe(stale);
  });

  it('honours a different limit', () => {
    expect(verificationWarnings(entries, '2026-06-11', 5).map((w) => w.file)).toEqual(['a.yaml', 'fresh.yaml', 'edge.yaml', 'old.yaml']);
  });

  it('writes one message naming every file, or none when all is well', () => {
    expect(formatVerificationWarnings([])).toBeNull();
    const message = formatVerificationWarnings(verificationWarnings(entries, '2026-08-31'));
    expect(message).toMatch(/有 2 个站点/);
    expect(message).toMatch(/a\.yaml：尚未核实/);
    expect(message).toMatch(/old\.yaml：上次核实已是 607 天前/);
  });
});

describe('mailtoUrl', () => {
  it('encodes the subject and body, with CRLF line breaks', () => {
    const url = mailtoUrl('x@example.org', '报告错误：站点 A', '站点：A\n网页：https://e.example/s/a/?q=1&b=2\n');
    expect(url.startsWith('mailto:x@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).toBe('报告错误：站点 A');
    expect(params.get('body')).toBe('站点：A\r\n网页：https://e.example/s/a/?q=1&b=2\r\n');
    expect(url).not.toMatch(/[ \n+]/);
  });
});

describe('directory listing', () => {
  it.each([
    ['station', true],
    ['workroom', true],
    ['cooperation-office', true],
    ['mailbox', true],
    ['hotline', false],
  ])('lists a %s as a place: %s', (kind, listed) => {
    expect(isListedPlace({ kind })).toBe(listed);
  });

  it.each([
    ['three named of ten', 10, ['station', 'workroom', 'workroom', 'cooperation-office', 'mailbox'], 7],
    ['all ten named', 10, Array.from({ length: 10 }, () => 'workroom'), 0],
    ['more listed than configured (never negative)', 2, ['workroom', 'workroom', 'workroom'], 0],
    ['none configured', 0, ['station'], 0],
  ] as const)('counts the unlisted township workrooms: %s', (_label, total, kinds, expected) => {
    expect(
      unlistedWorkrooms(
        total,
        kinds.map((kind) => ({ kind })),
      ),
    ).toBe(expected);
  });
});
