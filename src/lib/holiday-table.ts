/**
 * BUILD TIME ONLY: the public-holiday table the station pages serialise for
 * the browser (about 0.5 KB per year). Sources, in order of precedence:
 * 1. the years editors add in content/holidays.yaml (validated by the schema), and
 * 2. the `chinese-days` package's data file (2004 to the latest year it ships).
 * A year in (1) replaces that year of (2). Browser code gets the table, never
 * this module, so the package's 37 KB of JSON stays out of every bundle.
 *
 * Adjusted working days: an official notice only says "X月X日（周六）上班". The day is worked
 * in exchange for a weekday that became a day off (chinese-days marks those as "in lieu"; editors
 * write it as `inLieuOf`). They are paired in date order within the same holiday (e.g.
 * 2026-01-04, a Sunday, is paired with Friday 2026-01-02) and the adjusted day keeps that
 * weekday's hours; null when the pairing cannot be determined (see opening-hours.ts).
 */
// The package's published data file (its README documents it as a public JSON resource). Its
// functions are NOT used: they parse 'YYYY-MM-DD' as UTC midnight but read the date back with
// local-time getters, so in any time zone west of UTC (e.g. America/Los_Angeles) every answer is
// shifted by one day — e.g. getHolidaysInRange('2026-10-01', …) starts at '2026-09-30'.
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { HolidayTable, Weekday } from './opening-hours.ts';
import { weekdayOf } from './shanghai-time.ts';

/** One year's schedule as editors write it in content/holidays.yaml. */
export interface HolidayYear {
  year: number;
  source?: string;
  /** Every day off (`YYYY-MM-DD`), weekends inside the break included. */
  holidays: readonly string[];
  /** Weekend days that are worked, with the weekday given off in exchange when known. */
  workdays: readonly { date: string; inLieuOf?: string | undefined }[];
}

/** Shape of `chinese-days/dist/chinese-days.json`: date → "English name,中文名,days". */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

const CD: ChineseDaysData = chineseDaysData as ChineseDaysData;

/**
 * The year of the holiday arrangement a date belongs to: late-December days of a New Year
 * (元旦) arrangement belong to the next year; everything else to its own calendar year.
 */
function arrangementYear(date: string, name: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) === '12' && name.includes('元旦') ? year + 1 : year;
}

/** The latest calendar year whose public holidays are known: chinese-days' or an editor's. */
export function latestHolidayYear(extra: readonly HolidayYear[] = []): number {
  let latest = 0;
  for (const date of Object.keys(CD.holidays)) latest = Math.max(latest, Number(date.slice(0, 4)));
  for (const y of extra) latest = Math.max(latest, y.year);
  return latest;
}

/**
 * The public holidays and adjusted working days of `fromYear`–`toYear` (inclusive) as a
 * compact JSON-friendly table. Years in `extra` replace the package's data for that year.
 * Years nobody has data for contribute nothing — see {@link missingScheduleWarning}.
 */
export function holidayTable(fromYear: number, toYear: number, extra: readonly HolidayYear[] = []): HolidayTable {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear) {
    throw new RangeError(`无效的年份范围：${fromYear}–${toYear}`);
  }
  const inRange = (date: string): boolean => {
    const y = Number(date.slice(0, 4));
    return y >= fromYear && y <= toYear;
  };
  const edited = new Set(extra.map((y) => y.year));
  // Pair worked weekend days with the weekdays given off in lieu, per holiday arrangement,
  // in date order. The whole data set is grouped so pairs straddling New Year still match.
  const groups = new Map<string, { worked: string[]; off: string[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { worked: [], off: [] }));
    return g;
  };
  const fromPackage = (date: string, name: string) => !edited.has(arrangementYear(date, name));
  for (const [date, name] of Object.entries(CD.workdays)) if (fromPackage(date, name)) group(`${name}|${arrangementYear(date, name)}`).worked.push(date);
  for (const [date, name] of Object.entries(CD.inLieuDays)) if (fromPackage(date, name)) group(`${name}|${arrangementYear(date, name)}`).off.push(date);

  const pairs: Array<[string, Weekday | null]> = [];
  for (const { worked, off } of groups.values()) {
    worked.sort();
    off.sort();
    worked.forEach((date, i) => {
      const partner = off[i];
      if (inRange(date)) pairs.push([date, worked.length === off.length && partner ? weekdayOf(partner) : null]);
    });
  }
  for (const y of extra) for (const w of y.workdays) if (inRange(w.date)) pairs.push([w.date, w.inLieuOf ? weekdayOf(w.inLieuOf) : null]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const workdays: Record<string, Weekday | null> = {};
  for (const [date, weekday] of pairs) workdays[date] = weekday;

  const holidays = new Set(
    Object.entries(CD.holidays)
      .filter(([date, name]) => fromPackage(date, name) && inRange(date))
      .map(([date]) => date),
  );
  for (const y of extra) for (const d of y.holidays) if (inRange(d)) holidays.add(d);
  return { fromYear, toYear, holidays: [...holidays].sort(), workdays };
}

/**
 * From November on (when the State Council publishes the next year's schedule), a Chinese
 * build warning when next year's holidays are not known yet; otherwise null. `today` is
 * the Beijing date (`YYYY-MM-DD`).
 */
export function missingScheduleWarning(today: string, latestYear: number): string | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month < 11 || latestYear > year) return null;
  return `[节假日] 还没有 ${year + 1} 年的放假安排：chinese-days 只收录到 ${latestYear} 年。修改建议：国务院办公厅发布 ${year + 1} 年部分节假日安排的通知后，把放假和调休上班的日期写进 content/holidays.yaml（格式见文件开头和编辑指南），或升级 chinese-days。在此之前，服务站页面会把 ${year + 1} 年的节假日当作普通日子。`;
}
