/**
 * Which open days are coming and which are over, decided in Asia/Shanghai.
 *
 * The same rules run twice: at build time (the static pages are correct
 * without JavaScript) and in the browser, where `src/scripts/openday-sessions.ts`
 * re-checks the instants the build wrote into data-* attributes against
 * `Date.now()`, so a cached page never offers a session that has ended.
 * No DOM and no `astro:` imports: safe for both.
 */
import { compareSessions, sessionState, shanghaiToInstant, type SessionState, type SessionTime } from './shanghai-time.ts';

/** The parts of an open day's frontmatter these rules read. */
export interface OpenDayLike {
  /** scheduled / cancelled / completed, as in the schema. */
  status: 'scheduled' | 'cancelled' | 'completed';
  /** First publication date, `YYYY-MM-DD` (orders past open days without sessions). */
  publishDate: string;
  /** The sessions, in any order. */
  sessions: readonly SessionLike[];
}

/** A session as the schema gives it (only the fields used here). */
export interface SessionLike extends SessionTime {
  /** Last day to register, `YYYY-MM-DD`, on or before `date`. */
  deadline?: string | undefined;
  /** Places still free, or "full". */
  placesLeft?: number | 'full' | undefined;
}

/** One session of one open day, with its position in the editor's list. */
export interface SessionRef<E> {
  entry: E;
  session: SessionLike;
  /** 0-based index in the entry's `sessions` as written (stable for URLs and UIDs). */
  index: number;
}

/** A session's start and end as instants. Throws a RangeError for invalid or reversed times. */
export function sessionWindow(session: SessionTime): { start: Date; end: Date } {
  // sessionState validates the strings and rejects an end at or before the start.
  sessionState(session, new Date(0));
  return { start: shanghaiToInstant(session.date, session.start), end: shanghaiToInstant(session.date, session.end) };
}

/**
 * The state of a session given as epoch milliseconds: the browser-side twin of
 * `sessionState`, with the same half-open interval (the start minute is
 * ongoing, the end minute is past). Returns `undefined` when an instant is not
 * a finite number (e.g. a missing data attribute), so callers leave the
 * build-time state alone instead of guessing.
 */
export function instantState(startMs: number, endMs: number, nowMs: number): SessionState | undefined {
  if (![startMs, endMs, nowMs].every(Number.isFinite) || endMs <= startMs) return undefined;
  if (nowMs < startMs) return 'upcoming';
  if (nowMs < endMs) return 'ongoing';
  return 'past';
}

/**
 * The instant registration closes: the end of the deadline day in Shanghai
 * (the deadline day itself still counts) or the session's start, whichever
 * comes first.
 */
export function registrationClosesAt(session: SessionLike): Date {
  const start = shanghaiToInstant(session.date, session.start);
  if (!session.deadline) return start;
  // 23:59 + 1 minute = midnight at the end of the deadline day, without date arithmetic.
  const endOfDeadline = shanghaiToInstant(session.deadline, '23:59').getTime() + 60_000;
  // A deadline on the session day itself still closes when the session starts.
  return new Date(Math.min(endOfDeadline, start.getTime()));
}

/** True when `placesLeft` says no place is free ("full" or 0). */
export function isFull(session: SessionLike): boolean {
  return session.placesLeft === 'full' || session.placesLeft === 0;
}

/**
 * True when a visitor can still register at `now`: the open day is scheduled,
 * the session has not started, the deadline has not passed and it is not full.
 */
export function canRegister(status: OpenDayLike['status'], session: SessionLike, now: Date): boolean {
  return status === 'scheduled' && sessionState(session, now) === 'upcoming' && now.getTime() < registrationClosesAt(session).getTime() && !isFull(session);
}

/**
 * Splits open days into what is still to come and what is over at `now`.
 *
 * - `upcoming`: every session that has not ended (upcoming or ongoing) of an
 *   open day that is scheduled or cancelled, in time order. A cancelled one
 *   stays listed until its date so people who heard of it learn it is off.
 * - `scheduledCount`: how many of those are actually on (not cancelled); when
 *   it is 0 the index says nothing is scheduled and how to ask.
 * - `past`: open days with no session left (or marked completed), the most
 *   recent first: by their last session's date, else by publish date.
 */
export function splitOpenDays<E extends { data: OpenDayLike }>(
  entries: readonly E[],
  now: Date,
): { upcoming: SessionRef<E>[]; scheduledCount: number; past: E[] } {
  const upcoming: SessionRef<E>[] = [];
  const past: E[] = [];
  for (const entry of entries) {
    const live =
      entry.data.status === 'completed'
        ? []
        : entry.data.sessions.map((session, index) => ({ entry, session, index })).filter((ref) => sessionState(ref.session, now) !== 'past');
    if (live.length > 0) upcoming.push(...live);
    else past.push(entry);
  }
  upcoming.sort((a, b) => compareSessions(a.session, b.session));
  const lastDate = (e: E): string => e.data.sessions.reduce((max, s) => (s.date > max ? s.date : max), '') || e.data.publishDate;
  past.sort((a, b) => lastDate(b).localeCompare(lastDate(a)));
  const scheduledCount = upcoming.filter((ref) => ref.entry.data.status === 'scheduled').length;
  return { upcoming, scheduledCount, past };
}

/**
 * A `tel:` address for a phone number as editors write it ("0593-7831234",
 * "12309"), or `undefined` when the text holds fewer than 3 digits. Only
 * digits, a leading + and hyphens are kept.
 */
export function telHref(value: string): string | undefined {
  const trimmed = value.trim();
  const plus = trimmed.startsWith('+') ? '+' : '';
  const body = trimmed.replace(/[^\d-]/g, '').replace(/^-+|-+$/g, '');
  if (body.replace(/-/g, '').length < 3) return undefined;
  return `tel:${plus}${body}`;
}

/**
 * Stable calendar UID for one session: `<slug>-<n>@<host>`, `n` 1-based as
 * in "第 1 场" and in `icsFileName`. The same session gets the same UID on
 * every build, so re-importing updates the event instead of duplicating it.
 */
export function sessionUid(slug: string, index: number, siteUrl: string): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`index must be a non-negative integer, got ${index}`);
  return `${slug}-${index + 1}@${new URL(siteUrl).host}`;
}

/** The total of the route's minutes, or `undefined` unless every stop has minutes. */
export function routeMinutes(route: readonly { minutes?: number | undefined }[]): number | undefined {
  if (route.length === 0 || route.some((r) => r.minutes === undefined)) return undefined;
  return route.reduce((sum, r) => sum + (r.minutes ?? 0), 0);
}
