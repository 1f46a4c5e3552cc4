import { describe, expect, it } from 'vitest';
import { stationJsonLd } from '../../src/lib/station-json-ld.ts';

const region = { locality: '福鼎市', province: '福建省' };
const url = 'https://gardenia.fuding.example/stations/x/';

describe('stationJsonLd', () => {
  it.each([
    ['station', 'GovernmentOffice'],
    ['workroom', 'GovernmentOffice'],
    ['cooperation-office', 'GovernmentOffice'],
    ['mailbox', 'Place'],
    ['hotline', 'Place'],
  ])('types a %s as %s', (kind, type) => {
    expect(stationJsonLd({ name: 'N', kind, summary: 'S' }, url, region)['@type']).toBe(type);
  });

  it('includes only the facts that are known', () => {
    const ld = stationJsonLd({ name: '某工作室', kind: 'workroom', summary: '简介' }, url, region);
    expect(ld).toEqual({ '@context': 'https://schema.org', '@type': 'GovernmentOffice', name: '某工作室', description: '简介', url });
  });

  it('adds address, geo, telephone and opening hours when present', () => {
    const ld = stationJsonLd(
      {
        name: '服务站',
        kind: 'station',
        summary: '简介',
        address: '某路 1 号',
        coordinates: { lat: 27.325, lng: 120.215 },
        phone: '0593-1234567',
        hours: {
          mon: [
            ['08:30', '12:00'],
            ['14:30', '17:30'],
          ],
          sat: [['09:00', '11:00']],
        },
      },
      url,
      region,
    );
    expect(ld.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '某路 1 号',
      addressLocality: '福鼎市',
      addressRegion: '福建省',
      addressCountry: 'CN',
    });
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 27.325, longitude: 120.215 });
    expect(ld.telephone).toBe('0593-1234567');
    expect(ld.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '08:30', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '14:30', closes: '17:30' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Saturday', opens: '09:00', closes: '11:00' },
    ]);
  });

  it('leaves openingHoursSpecification out when every day is empty', () => {
    expect(stationJsonLd({ name: 'N', kind: 'station', summary: 'S', hours: { mon: [] } }, url, region)).not.toHaveProperty('openingHoursSpecification');
  });
});
