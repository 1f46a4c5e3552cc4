import { describe, expect, it } from 'vitest';
import { eventJsonLd, type EventInput } from '../../src/lib/structured-data.ts';
import { site } from '../../src/site.config.ts';

const base: EventInput = {
  url: 'https://x.gov.cn/opendays/spring/',
  name: '检察开放日',
  description: '走进检察院。',
  status: 'scheduled',
  session: { date: '2030-03-08', start: '09:00', end: '11:30' },
  venue: { name: '福鼎市人民检察院', address: '测试路 1 号' },
  hosts: ['福鼎市人民检察院', '福鼎市妇联'],
};

describe('eventJsonLd', () => {
  const ld = eventJsonLd(base);
  it('carries the fields search engines require for an Event, dated in +08:00', () => {
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe('检察开放日');
    expect(ld.startDate).toBe('2030-03-08T09:00:00+08:00');
    expect(ld.endDate).toBe('2030-03-08T11:30:00+08:00');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.organizer.map((o) => o.name)).toEqual(['福鼎市人民检察院', '福鼎市妇联']);
  });

  it('puts the venue in a Place with a PostalAddress, the street only when known', () => {
    expect(ld.location).toMatchObject({
      '@type': 'Place',
      name: '福鼎市人民检察院',
      address: { addressLocality: site.region.name, streetAddress: '测试路 1 号' },
    });
    const unknown = eventJsonLd({ ...base, venue: { name: '福鼎市人民检察院' } });
    expect(unknown.location.address).not.toHaveProperty('streetAddress');
  });

  it.each([
    ['scheduled', 'https://schema.org/EventScheduled'],
    ['completed', 'https://schema.org/EventScheduled'],
    ['cancelled', 'https://schema.org/EventCancelled'],
  ] as const)('maps status %s to %s', (status, expected) => {
    expect(eventJsonLd({ ...base, status }).eventStatus).toBe(expected);
  });
});
