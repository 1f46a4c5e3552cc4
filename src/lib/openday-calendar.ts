/**
 * Open-day sessions as iCalendar (RFC 5545): one file per session and one
 * feed of every upcoming session at /opendays.ics, built on `ics.ts`.
 *
 * The empty feed. `buildCalendar` refuses zero events because RFC 5545 §3.6
 * requires at least one component in a VCALENDAR. Yet /opendays.ics must keep
 * answering when nothing is scheduled: someone who subscribed while a session
 * was listed would otherwise get a 404, and most clients then keep showing the
 * stale event. So an empty feed carries a single VTIMEZONE for Asia/Shanghai
 * (a component the grammar allows on its own, and true: UTC+8, no DST since
 * 1991) and no VEVENT. The file is strictly valid, clients clear old events,
 * and the site links the feed only while it has events to offer.
 */
import { buildCalendar, escapeText, foldLine, type IcsEvent } from './ics.ts';
import { sessionUid, sessionWindow, telHref, type SessionLike } from './openday-sessions.ts';
import { absolute, routes } from './routes.ts';

/** Product identifier written into every calendar the site serves. */
export const OPENDAY_PRODID = '-//Gardenia//Open Day//ZH';

/** What one session's VEVENT is made from. */
export interface SessionEventInput {
  /** The open day's id (its URL segment). */
  slug: string;
  /** 0-based index of the session in the entry's list. */
  index: number;
  /** The open day's title. */
  title: string;
  /** scheduled / cancelled / completed. */
  status: 'scheduled' | 'cancelled' | 'completed';
  session: SessionLike & { registration: readonly { method: string; value: string; note?: string | undefined }[] };
  venue: { name: string; address?: string | undefined; coordinates?: { lat: number; lng: number } | undefined };
  /** The site's absolute URL (UID host and page URL). */
  siteUrl: string;
  /** Build time, written as DTSTAMP. */
  dtstamp: Date;
  /** Labels in the site's language, from the UI dictionary. */
  labels: { sessionN: string; phone: string; addressUnknown: string; details: string };
}

/** The place as one line: name and address, or name and "address unverified". */
export function locationText(venue: SessionEventInput['venue'], addressUnknown: string): string {
  return venue.address ? `${venue.name}，${venue.address}` : `${venue.name}（${addressUnknown}）`;
}

/**
 * The VEVENT for one session: stable UID (slug + session number + site host),
 * start and end in UTC, the place, the registration phone numbers in the
 * description, and the guide's URL. A cancelled open day gets STATUS:CANCELLED
 * so a calendar that imported it earlier shows the change.
 */
export function sessionEvent(input: SessionEventInput): IcsEvent {
  const { start, end } = sessionWindow(input.session);
  const url = absolute(routes.openday(input.slug), input.siteUrl);
  const phones = input.session.registration.filter((r) => r.method === 'phone' && telHref(r.value)).map((r) => (r.note ? `${r.value}（${r.note}）` : r.value));
  const description = [
    `${input.title} · ${input.labels.sessionN}`,
    ...(phones.length ? [`${input.labels.phone}：${phones.join('；')}`] : []),
    `${input.labels.details}：${url}`,
  ].join('\n');
  return {
    uid: sessionUid(input.slug, input.index, input.siteUrl),
    dtstamp: input.dtstamp,
    start,
    end,
    summary: input.title,
    location: locationText(input.venue, input.labels.addressUnknown),
    description,
    url,
    ...(input.venue.coordinates ? { geo: { lat: input.venue.coordinates.lat, lng: input.venue.coordinates.lng } } : {}),
    status: input.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** The VTIMEZONE that keeps an event-less feed valid (see the module comment). */
const SHANGHAI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The calendar feed: `buildCalendar` when there are events, otherwise a
 * VCALENDAR whose only component is the Asia/Shanghai VTIMEZONE.
 */
export function feedCalendar(name: string, events: IcsEvent[]): string {
  if (events.length > 0) return buildCalendar({ prodId: OPENDAY_PRODID, name, events });
  const title = escapeText(name);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(OPENDAY_PRODID)}`,
    'CALSCALE:GREGORIAN',
    `NAME:${title}`,
    `X-WR-CALNAME:${title}`,
    ...SHANGHAI_VTIMEZONE,
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
