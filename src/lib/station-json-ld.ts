/**
 * schema.org JSON-LD for one directory place: GovernmentOffice for a place one can walk
 * into, Place for a mailbox or hotline. Only known facts are included — no address, geo,
 * telephone or hours are made up when the entry lacks them.
 */
import type { WeeklyHours, Weekday } from './opening-hours.ts';
import { WEEKDAYS } from './opening-hours.ts';

/** What {@link stationJsonLd} needs from a station entry. */
export interface StationFacts {
  name: string;
  kind: string;
  summary: string;
  address?: string | undefined;
  coordinates?: { lat: number; lng: number } | undefined;
  phone?: string | undefined;
  hours?: WeeklyHours | undefined;
}

/** Region facts for the postal address. */
export interface AddressRegion {
  locality: string;
  province: string;
}

const DAY_URIS: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** Kinds that are not a door one can walk through. */
const NOT_AN_OFFICE = new Set(['mailbox', 'hotline']);

/** The JSON-LD object for a station page at absolute `url`. */
export function stationJsonLd(s: StationFacts, url: string, region: AddressRegion): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': NOT_AN_OFFICE.has(s.kind) ? 'Place' : 'GovernmentOffice',
    name: s.name,
    description: s.summary,
    url,
  };
  if (s.address) {
    ld.address = {
      '@type': 'PostalAddress',
      streetAddress: s.address,
      addressLocality: region.locality,
      addressRegion: region.province,
      addressCountry: 'CN',
    };
  }
  if (s.coordinates) ld.geo = { '@type': 'GeoCoordinates', latitude: s.coordinates.lat, longitude: s.coordinates.lng };
  if (s.phone) ld.telephone = s.phone;
  const spec = WEEKDAYS.flatMap((day) =>
    (s.hours?.[day] ?? []).map(([opens, closes]) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: DAY_URIS[day],
      opens,
      closes,
    })),
  );
  if (spec.length) ld.openingHoursSpecification = spec;
  return ld;
}
