/**
 * Opening hours of the directory's places, evaluated in China Standard Time
 * (Asia/Shanghai, via shanghai-time.ts, so the machine's time zone never matters).
 *
 * - Hours are weekly `HH:MM` ranges in Asia/Shanghai local time.
 * - Public holidays (法定节假日) and adjusted working days (调休上班日) come from a
 *   {@link HolidayLookup}: the build serialises a {@link HolidayTable} (holiday-table.ts,
 *   build time only) and the browser rebuilds it with {@link lookupFromTable}, then calls the
 *   function {@link createStatusAt} returns. This module never touches `chinese-days`.
 * - Adjusted working days keep the hours of the weekday they replace (see holiday-table.ts);
 *   when that is unknown the place keeps **Monday's** hours: Monday is the first regular working
 *   day and, for the offices in this directory, weekday hours are the same every weekday.
 */
import { addDays, shanghaiLocal, weekdayOf } from './shanghai-time.ts';

/** Day keys of {@link WeeklyHours}, Monday first. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A `[start, end]` pair of local `HH:MM` times; the place is open from start (inclusive) to end (exclusive). */
export type TimeRange = [string, string];

/** Weekly opening hours in Asia/Shanghai local time; a missing or empty day means closed. */
export type WeeklyHours = Partial<Record<Weekday, Array<TimeRange>>>;

/** All weekday keys in order, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Chinese short names of the weekdays (周一 … 周日). */
export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
};

/** A problem found by {@link validateWeeklyHours}; `index` is the range's position in that day's list (-1 for the day itself). */
export interface HoursProblem {
  day: string;
  index: number;
  message: string;
}

/**
 * Source of public-holiday facts, keyed by local date `YYYY-MM-DD`.
 * Note: unlike `chinese-days`' own `isHoliday`, `isHoliday` here must be true only for statutory
 * days off (法定节假日 and their bridging days), never for ordinary weekends.
 */
export interface HolidayLookup {
  /** True on a statutory public holiday day off. */
  isHoliday(date: string): boolean;
  /** True on an official working day, including a Saturday/Sunday made a working day (调休). */
  isWorkday(date: string): boolean;
  /** For an adjusted working day, the weekday whose hours apply; undefined/null when unknown (Monday is used). */
  replacedWeekday?(date: string): Weekday | null | undefined;
}

/** A compact, JSON-serialisable holiday table for a range of years (see {@link holidayTable}). */
export interface HolidayTable {
  fromYear: number;
  toYear: number;
  /** Statutory days off, `YYYY-MM-DD`, ascending. */
  holidays: string[];
  /** Adjusted working days (weekend days that are worked) → weekday whose hours apply, or null when unknown. */
  workdays: Record<string, Weekday | null>;
}

/** Why a place is open or closed today. */
export type StatusReason = 'holiday' | 'workday-adjusted' | 'weekly';

/** The next time a place opens. */
export interface NextOpening {
  date: string;
  weekday: Weekday;
  time: string;
}

/** Result of a status function ({@link createStatusAt}). `today` is the Asia/Shanghai local date the status was computed for. */
export interface OpeningStatus {
  open: boolean;
  today: string;
  closesAt?: string;
  opensAt?: NextOpening;
  reason?: StatusReason;
}

/**
 * Opening status of a place at `instant`, in Asia/Shanghai time. Open when the local time is
 * within a range (start inclusive, end exclusive); otherwise `opensAt` gives the next opening
 * within {@link LOOKAHEAD_DAYS} days. With `closedOnHolidays`, public holidays are closed
 * (`reason: 'holiday'`) and adjusted working days use the replaced weekday's hours
 * (`reason: 'workday-adjusted'`, Monday when unknown).
 */
export type StatusFunction = (hours: WeeklyHours | undefined, instant: Date, opts?: { closedOnHolidays?: boolean }) => OpeningStatus;

/** Number of days after today that are searched for the next opening. */
export const LOOKAHEAD_DAYS = 14;

const HHMM = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes since midnight for `HH:MM` (00:00–24:00), or null when malformed. */
export function parseHHMM(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = HHMM.exec(value);
  if (!m) return null;
  return m[3] ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Checks weekly hours and lists every problem (empty list = valid): unknown day keys,
 * malformed `HH:MM` (24:00 is allowed as an end time only), an end not after its start,
 * and ranges on the same day that overlap (touching ranges such as 12:00–12:00 are fine).
 */
export function validateWeeklyHours(hours: unknown): HoursProblem[] {
  const problems: HoursProblem[] = [];
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    return [{ day: '', index: -1, message: '开放时间必须是按星期（mon…sun）列出的时间段' }];
  }
  for (const [day, ranges] of Object.entries(hours as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      problems.push({ day, index: -1, message: `未知的星期“${day}”，应为 mon、tue、wed、thu、fri、sat、sun 之一` });
      continue;
    }
    if (!Array.isArray(ranges)) {
      problems.push({ day, index: -1, message: `${label(day)}的开放时间必须是时间段列表` });
      continue;
    }
    const good: Array<{ index: number; start: number; end: number; text: string }> = [];
    ranges.forEach((range: unknown, index: number) => {
      if (!Array.isArray(range) || range.length !== 2) {
        problems.push({ day, index, message: `${label(day)}第 ${index + 1} 段必须是 [开始, 结束] 两个时间` });
        return;
      }
      const [startText, endText] = range as unknown[];
      const start = parseHHMM(startText);
      const end = parseHHMM(endText);
      let ok = true;
      if (start === null || start === 24 * 60) {
        problems.push({ day, index, message: `${label(day)}第 ${index + 1} 段的开始时间“${String(startText)}”不是有效的 HH:MM 时间` });
        ok = false;
      }
      if (end === null) {
        problems.push({ day, index, message: `${label(day)}第 ${index + 1} 段的结束时间“${String(endText)}”不是有效的 HH:MM 时间` });
        ok = false;
      }
      if (!ok || start === null || end === null) return;
      if (end <= start) {
        problems.push({ day, index, message: `${label(day)}第 ${index + 1} 段的结束时间 ${String(endText)} 必须晚于开始时间 ${String(startText)}` });
        return;
      }
      good.push({ index, start, end, text: `${String(startText)}–${String(endText)}` });
    });
    // Sweep in start order, comparing each range with the one that reaches furthest so far.
    const sorted = [...good].sort((a, b) => a.start - b.start || a.index - b.index);
    let reach = sorted[0];
    for (const cur of sorted.slice(1)) {
      if (reach && cur.start < reach.end) {
        const later = reach.index > cur.index ? reach : cur;
        const other = later === reach ? cur : reach;
        problems.push({
          day,
          index: later.index,
          message: `${label(day)}第 ${later.index + 1} 段 ${later.text} 与第 ${other.index + 1} 段 ${other.text} 时间重叠`,
        });
      }
      if (!reach || cur.end > reach.end) reach = cur;
    }
  }
  return problems;
}

function label(day: string): string {
  return WEEKDAY_LABELS[day as Weekday] ?? day;
}

function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Valid ranges of one day as sorted minute pairs (malformed ranges are ignored). */
function rangesOf(hours: WeeklyHours | undefined, day: Weekday): Array<[number, number]> {
  const list = hours?.[day];
  if (!Array.isArray(list)) return [];
  const out: Array<[number, number]> = [];
  for (const range of list) {
    if (!Array.isArray(range)) continue;
    const start = parseHHMM(range[0]);
    const end = parseHHMM(range[1]);
    if (start !== null && end !== null && start < end && start < 24 * 60) out.push([start, end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Which hours apply on a local date, and why. */
function plan(
  hours: WeeklyHours | undefined,
  date: string,
  lookup: HolidayLookup,
  closedOnHolidays: boolean,
): { ranges: Array<[number, number]>; reason: StatusReason } {
  const weekday = weekdayOf(date);
  if (closedOnHolidays) {
    if (lookup.isHoliday(date)) return { ranges: [], reason: 'holiday' };
    if ((weekday === 'sat' || weekday === 'sun') && lookup.isWorkday(date)) {
      const replaced = lookup.replacedWeekday?.(date) ?? 'mon';
      return { ranges: rangesOf(hours, replaced), reason: 'workday-adjusted' };
    }
  }
  return { ranges: rangesOf(hours, weekday), reason: 'weekly' };
}

function computeStatus(hours: WeeklyHours | undefined, instant: Date, lookup: HolidayLookup, closedOnHolidays: boolean): OpeningStatus {
  const now = shanghaiLocal(instant);
  const today = plan(hours, now.date, lookup, closedOnHolidays);
  const current = today.ranges.find(([start, end]) => start <= now.minutes && now.minutes < end);
  if (current) {
    // Ranges that touch (12:00–14:00, 14:00–17:00) count as one stretch for the closing time.
    let end = current[1];
    for (const [s, e] of today.ranges) if (s <= end && e > end) end = e;
    return { open: true, today: now.date, closesAt: formatMinutes(end), reason: today.reason };
  }
  const status: OpeningStatus = { open: false, today: now.date, reason: today.reason };
  const later = today.ranges.find(([start]) => start > now.minutes);
  if (later) {
    status.opensAt = { date: now.date, weekday: now.weekday, time: formatMinutes(later[0]) };
    return status;
  }
  for (let offset = 1; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(now.date, offset);
    const first = plan(hours, date, lookup, closedOnHolidays).ranges[0];
    if (first) {
      status.opensAt = { date, weekday: weekdayOf(date), time: formatMinutes(first[0]) };
      return status;
    }
  }
  return status;
}

/**
 * Builds a lookup from a {@link HolidayTable}. Dates outside the table are ordinary days:
 * Monday–Friday are working days, Saturday and Sunday are not.
 */
export function lookupFromTable(table: HolidayTable): HolidayLookup {
  const holidays = new Set(table.holidays);
  const workdays = new Map(Object.entries(table.workdays));
  return {
    isHoliday: (date) => holidays.has(date),
    isWorkday: (date) => {
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      const weekday = weekdayOf(date);
      return weekday !== 'sat' && weekday !== 'sun';
    },
    replacedWeekday: (date) => workdays.get(date) ?? null,
  };
}

/**
 * Returns a `statusAt` bound to `lookup`. Use this in browser code with
 * `lookupFromTable(table)` so the bundle does not need `chinese-days`.
 */
export function createStatusAt(lookup: HolidayLookup): StatusFunction {
  return (hours, instant, opts = {}) => computeStatus(hours, instant, lookup, opts.closedOnHolidays ?? false);
}
