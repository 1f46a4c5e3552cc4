/**
 * A small RFC 5545 (iCalendar) writer for open-day sessions, so visitors can
 * add a session to their phone or desktop calendar.
 *
 * Times are written in UTC form (`20261205T010000Z`) rather than with a TZID:
 * that is valid everywhere, needs no VTIMEZONE block to keep correct, and every
 * client shows it in the reader's own zone. The site's pages state times in
 * Beijing time; see `shanghaiToInstant` in `shanghai-time.ts` for turning an
 * editor's local date and time into the `Date` this module expects.
 */

/** A single VEVENT. */
export interface IcsEvent {
  /** Globally unique, stable id (same session → same UID on every build), e.g. `slug-1@host`. */
  uid: string;
  /** When this calendar data was created; pass the build time. */
  dtstamp: Date;
  /** Start instant. */
  start: Date;
  /** End instant; must be later than `start`. */
  end: Date;
  /** Event title. */
  summary: string;
  /** Free-text place, e.g. the address. */
  location?: string;
  /** Free-text details; newlines are kept. */
  description?: string;
  /** Absolute URL of the session's page. */
  url?: string;
  /** WGS-84 position of the venue in decimal degrees. */
  geo?: { lat: number; lng: number };
  /**
   * Who runs the event. ORGANIZER's value must be a calendar address (a URI),
   * so the property is only written when `email` is given.
   */
  organizer?: { name: string; email?: string };
  /** Event status; omitted means clients treat it as confirmed. */
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
}

/** iTIP methods (RFC 5546) that may appear in a VCALENDAR's METHOD property. */
export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'REPLY' | 'ADD' | 'CANCEL' | 'REFRESH' | 'COUNTER' | 'DECLINECOUNTER';

/** Input for {@link buildCalendar}. */
export interface IcsCalendar {
  /** Product identifier, e.g. `-//Gardenia//Open Day//ZH`. */
  prodId: string;
  /** Calendar display name, written as X-WR-CALNAME (and RFC 7986 NAME). */
  name?: string;
  /** The events; RFC 5545 requires at least one component. */
  events: IcsEvent[];
  /** iTIP method; omit for a plain downloadable file (most clients then import it). */
  method?: IcsMethod;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Escapes a TEXT value per RFC 5545 §3.3.11: backslash, semicolon, comma and
 * line breaks (written as `\n`). Other control characters are not allowed in
 * TEXT at all, so they are dropped rather than producing a file parsers reject.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/**
 * Folds one content line so no physical line exceeds 75 UTF-8 octets
 * (RFC 5545 §3.1). Continuation lines start with a single space, which counts
 * towards their 75 octets. Splits only between code points, never inside a
 * multi-byte character or a surrogate pair. Returns the lines joined by CRLF,
 * without a trailing CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Iterating a string yields whole code points, so astral characters stay intact.
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** `Date` → `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.3.5 form #2, UTC); milliseconds are dropped. */
export function formatUtcDateTime(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError('Invalid Date in calendar event');
  }
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} cannot be written in iCalendar`);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(year, 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}` + `T${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`;
}

/**
 * A parameter value (e.g. CN). It is always quoted so `:;,` inside names are
 * safe; DQUOTE and control characters cannot appear in a quoted value
 * (RFC 5545 §3.1), so they are removed.
 */
function quoteParam(value: string): string {
  return `"${value.replace(/["\u0000-\u0008\u000A-\u001F\u007F]/g, '')}"`;
}

/** Decimal degrees without exponent notation or float noise (6 places ≈ 0.1 m). */
function formatDegrees(n: number): string {
  const s = n.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

function requireText(value: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new RangeError(`${field} must be a non-empty string`);
  return value;
}

/** Content lines for one VEVENT, unfolded. */
function eventLines(event: IcsEvent): string[] {
  const uid = requireText(event.uid, 'Event uid');
  const summary = requireText(event.summary, `Event ${uid} summary`);
  const start = formatUtcDateTime(event.start);
  const end = formatUtcDateTime(event.end);
  // RFC 5545 §3.6.1: DTEND must be later than DTSTART; equal or reversed is a data error.
  if (event.end.getTime() <= event.start.getTime()) {
    throw new RangeError(`Event ${uid} ends before or when it starts`);
  }

  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${formatUtcDateTime(event.dtstamp)}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (event.location !== undefined && event.location !== '') lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description !== undefined && event.description !== '') {
    lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  }
  if (event.url !== undefined) {
    // URL is a URI value, not TEXT: it must not be escaped, but it must be a valid
    // absolute URI; URL#href also percent-encodes non-ASCII path characters.
    let href: string;
    try {
      href = new URL(event.url).href;
    } catch {
      throw new RangeError(`Event ${uid} url "${event.url}" is not an absolute URL`);
    }
    lines.push(`URL:${href}`);
  }
  if (event.geo !== undefined) {
    const { lat, lng } = event.geo;
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      throw new RangeError(`Event ${uid} geo (${lat}, ${lng}) is out of range`);
    }
    lines.push(`GEO:${formatDegrees(lat)};${formatDegrees(lng)}`);
  }
  if (event.organizer?.email !== undefined && event.organizer.email !== '') {
    const email = event.organizer.email;
    if (!/^[^\s@:<>"]+@[^\s@:<>"]+$/.test(email)) {
      throw new RangeError(`Event ${uid} organizer email "${email}" is not a plain address`);
    }
    const cn = event.organizer.name ? `;CN=${quoteParam(event.organizer.name)}` : '';
    lines.push(`ORGANIZER${cn}:mailto:${email}`);
  }
  if (event.status !== undefined) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Builds a complete iCalendar document (a VCALENDAR with one VEVENT per event).
 * Every line, including the last, ends with CRLF and is folded to at most 75
 * octets. Throws a RangeError on data that would make an invalid file (no
 * events, empty uid/summary, invalid or reversed times, bad url/geo/email).
 */
export function buildCalendar(calendar: IcsCalendar): string {
  const prodId = requireText(calendar.prodId, 'prodId');
  if (calendar.events.length === 0) {
    throw new RangeError('A calendar needs at least one event (RFC 5545 §3.6)');
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(prodId)}`, 'CALSCALE:GREGORIAN'];
  if (calendar.method !== undefined) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name !== undefined && calendar.name !== '') {
    const name = escapeText(calendar.name);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/**
 * File name for one session's calendar download: `<slug>-<n>.ics`, where `n`
 * is the 1-based session number (`sessionIndex` 0 → `-1`), matching "第 1 场"
 * as visitors read it. The slug must be a single path segment of letters,
 * digits, `-` or `_`, so the name is safe as a URL segment and a file name.
 */
export function icsFileName(slug: string, sessionIndex: number): string {
  if (!/^[\p{L}\p{N}_-]+$/u.test(slug)) {
    throw new RangeError(`Slug "${slug}" must be one segment of letters, digits, "-" or "_"`);
  }
  if (!Number.isInteger(sessionIndex) || sessionIndex < 0) {
    throw new RangeError(`sessionIndex must be a non-negative integer, got ${sessionIndex}`);
  }
  return `${slug}-${sessionIndex + 1}.ics`;
}
