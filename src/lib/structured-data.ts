/** JSON-LD builders (schema.org), pure so their required fields can be unit-tested. */
import { site } from '../site.config.ts';

/** The publishing organisation. */
export function organisationJsonLd() {
  return {
    '@type': 'GovernmentOrganization',
    name: site.name,
    url: site.url,
    // The federation set the station up; the procuratorate is a partner, not a parent.
    parentOrganization: { '@type': 'GovernmentOrganization', name: site.organisations.federation.name },
  };
}

/** schema.org Article for a law article or case story. */
export function articleJsonLd(a: { url: string; title: string; summary: string; published: string; modified?: string | undefined; topics?: string[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    inLanguage: 'zh-CN',
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: `${a.published}T00:00:00+08:00`,
    dateModified: `${a.modified ?? a.published}T00:00:00+08:00`,
    author: organisationJsonLd(),
    publisher: organisationJsonLd(),
    ...(a.topics ? { keywords: a.topics.join(',') } : {}),
  };
}

/** What {@link eventJsonLd} needs about one session of an open day. */
export interface EventInput {
  /** Absolute URL of the open day's guide. */
  url: string;
  name: string;
  description: string;
  /** scheduled / cancelled / completed (completed stays EventScheduled: schema.org has no "completed"). */
  status: 'scheduled' | 'cancelled' | 'completed';
  /** Beijing-time date and clock times as editors write them. */
  session: { date: string; start: string; end: string };
  venue: { name: string; address?: string | undefined };
  /** Host organisations' names. */
  hosts: readonly string[];
}

/**
 * schema.org Event for one open-day session: start and end with the +08:00
 * offset, an offline Place with a PostalAddress (street address only when
 * confirmed), free entry and the hosts as organisers. Call it once per
 * session; an open day without sessions (a past event whose date is not
 * known) gets no Event at all, because an Event without startDate is invalid.
 */
export function eventJsonLd(e: EventInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    description: e.description,
    url: e.url,
    inLanguage: 'zh-CN',
    startDate: `${e.session.date}T${e.session.start}:00+08:00`,
    endDate: `${e.session.date}T${e.session.end}:00+08:00`,
    eventStatus: e.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    isAccessibleForFree: true,
    location: {
      '@type': 'Place',
      name: e.venue.name,
      address: {
        '@type': 'PostalAddress',
        addressCountry: 'CN',
        addressRegion: site.region.province,
        addressLocality: site.region.name,
        ...(e.venue.address ? { streetAddress: e.venue.address } : {}),
      },
    },
    organizer: e.hosts.map((name) => ({ '@type': 'Organization', name })),
  };
}
