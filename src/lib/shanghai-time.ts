/**
 * Every date and clock helper of the site, always in Asia/Shanghai: today's
 * date, wall-clock ↔ instant, date arithmetic, Chinese and RFC 822 date
 * formats, open-day session states and publishing dates. (What "now" is comes
 * from clock.ts.)
 *
 * The site is built on machines whose time zone we do not control (CI runs in
 * UTC), yet every date an editor types and every date a visitor reads is
 * Beijing time. So nothing here uses the local-time `Date` getters/setters:
 * Shanghai has been a fixed UTC+8 with no daylight saving since 1991, which
 * lets us convert with plain arithmetic on UTC fields instead of depending on
 * the ICU time-zone data of whichever Node runs the build.
 */

/** Shanghai's offset from UTC in milliseconds (UTC+8, no DST since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** A session's time slot as editors write it: local Shanghai date and clock times. */
export interface SessionTime {
  /** Calendar date in Shanghai, `YYYY-MM-DD`. */
  date: string;
  /** Start time in Shanghai, `HH:MM` (24-hour). */
  start: string;
  /** End time in Shanghai, `HH:MM` (24-hour), later than `start` on the same day. */
  end: string;
}

/** Where a session stands relative to a given instant. */
export type SessionState = 'upcoming' | 'ongoing' | 'past';

/** Proleptic Gregorian leap-year rule (the calendar ISO 8601 dates use). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Throws rather than returning garbage: an invalid Date would silently make every comparison false. */
function assertValidInstant(now: Date, name = 'now'): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

function assertDate(date: string): void {
  if (!isValidIsoDate(date)) throw new RangeError(`Invalid date "${date}": expected a real YYYY-MM-DD date`);
}

function assertTime(time: string): void {
  if (!isValidTime(time)) throw new RangeError(`Invalid time "${time}": expected HH:MM between 00:00 and 23:59`);
}

/**
 * True when `s` is a real calendar date written exactly as `YYYY-MM-DD`.
 * Strict on purpose: `2024-02-30`, `2023-02-29` and `2026-1-5` are rejected
 * instead of being rolled over the way `new Date()` would.
 */
export function isValidIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `s` is a 24-hour clock time `HH:MM` from `00:00` to `23:59` (two digits each). */
export function isValidTime(s: string): boolean {
  return typeof s === 'string' && HH_MM.test(s);
}

/**
 * The calendar date in Shanghai at the instant `now`, as `YYYY-MM-DD`.
 * Example: 2026-12-04T16:30:00Z is already 2026-12-05 in Shanghai.
 */
export function todayInShanghai(now: Date): string {
  assertValidInstant(now);
  // Shift the instant by +8h and read the UTC fields: they are then Shanghai's wall clock.
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant at which Shanghai wall-clock `date` `time` occurs.
 * Throws a RangeError for an impossible date or time.
 */
export function shanghaiToInstant(date: string, time: string): Date {
  assertDate(date);
  assertTime(time);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  // Date.UTC treats years 0–99 as 1900–1999; setUTCFullYear avoids that quirk.
  const utc = new Date(Date.UTC(2000, mo - 1, d, h, mi));
  utc.setUTCFullYear(y, mo - 1, d);
  return new Date(utc.getTime() - SHANGHAI_OFFSET_MS);
}

/**
 * A date as Chinese readers expect it, with the weekday:
 * `2026-12-05` → `2026年12月5日（星期六）`. Month and day carry no leading zero.
 */
export function formatChineseDate(date: string): string {
  assertDate(date);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  // The weekday of a calendar date does not depend on the time zone, so UTC midnight is safe.
  const weekday = WEEKDAYS[shanghaiToInstant(date, '12:00').getUTCDay()];
  return `${y}年${mo}月${d}日（星期${weekday}）`;
}

/**
 * A session's clock range, `09:00—11:30`, joined by an em dash (U+2014),
 * the range mark used in Chinese typesetting. Times keep their leading zero
 * so ranges line up in lists.
 */
export function formatTimeRange(start: string, end: string): string {
  assertTime(start);
  assertTime(end);
  return `${start}—${end}`;
}

/**
 * Whether `session` is upcoming, ongoing or past at instant `now`.
 * The start minute counts as ongoing and the end minute as past (half-open
 * interval), so a session is never both ongoing and past.
 * Throws a RangeError when the date or times are invalid or `end` is not after `start`.
 */
export function sessionState(session: SessionTime, now: Date): SessionState {
  assertValidInstant(now);
  const start = shanghaiToInstant(session.date, session.start).getTime();
  const end = shanghaiToInstant(session.date, session.end).getTime();
  // An end before the start is almost always a typo (e.g. 11:00–09:00); silently
  // treating it as overnight would show the wrong state, so fail the build instead.
  if (end <= start) {
    throw new RangeError(`Session on ${session.date} ends (${session.end}) before or when it starts (${session.start})`);
  }
  const t = now.getTime();
  if (t < start) return 'upcoming';
  if (t < end) return 'ongoing';
  return 'past';
}

/**
 * Comparator for `Array.prototype.sort`: chronological by date, then start,
 * then end. Works on the strings directly because zero-padded `YYYY-MM-DD`
 * and `HH:MM` sort lexically in time order.
 */
export function compareSessions(a: SessionTime, b: SessionTime): number {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.date, b.date) || cmp(a.start, b.start) || cmp(a.end, b.end);
}

/**
 * True when `publishDate` (a Shanghai calendar date, `YYYY-MM-DD`) is today or
 * earlier in Shanghai at instant `now` — i.e. scheduled content may be shown.
 * Throws a RangeError for an invalid `publishDate`, so a typo fails the build
 * instead of silently publishing early or hiding a page forever.
 */
export function isDatePublished(publishDate: string, now: Date): boolean {
  assertDate(publishDate);
  return publishDate <= todayInShanghai(now);
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * An RFC 822 date (as RSS uses) for midnight Beijing time on `date`:
 * `2026-11-29` → `Sun, 29 Nov 2026 00:00:00 +0800`.
 */
export function rfc822(date: string): string {
  assertDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = shanghaiToInstant(date, '12:00').getUTCDay();
  return `${RFC822_DAYS[weekday]}, ${String(d).padStart(2, '0')} ${RFC822_MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

/** Day keys, Sunday first (the order of `getUTCDay()`). */
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** The Asia/Shanghai local date (`YYYY-MM-DD`), weekday and minutes since midnight of an instant. */
export function shanghaiLocal(instant: Date): { date: string; weekday: WeekdayKey; minutes: number } {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('无效的时间');
  const local = new Date(t + SHANGHAI_OFFSET_MS);
  return {
    date: local.toISOString().slice(0, 10),
    weekday: WEEKDAY_KEYS[local.getUTCDay()]!,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** `date` (`YYYY-MM-DD`) plus whole `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  assertDate(date);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The weekday of a calendar date (independent of time zone). */
export function weekdayOf(date: string): WeekdayKey {
  assertDate(date);
  return WEEKDAY_KEYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}
