import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { createStatusAt, lookupFromTable, validateWeeklyHours } from '../../src/lib/opening-hours.ts';
import type { HolidayLookup, OpeningStatus, WeeklyHours } from '../../src/lib/opening-hours.ts';
import { holidayTable, latestHolidayYear, missingScheduleWarning, type HolidayYear } from '../../src/lib/holiday-table.ts';
import { shanghaiLocal, weekdayOf as weekdayKey } from '../../src/lib/shanghai-time.ts';
import { statusText, type StatusStrings } from '../../src/lib/opening-status-text.ts';
import { dict } from '../../src/i18n/zh-CN.ts';

/** The status function the browser gets: every year chinese-days knows, or another lookup. */
const defaultLookup = lookupFromTable(holidayTable(2004, latestHolidayYear()));
const statusAt = (hours: WeeklyHours | undefined, instant: Date, opts: { closedOnHolidays?: boolean; holidays?: HolidayLookup } = {}): OpeningStatus =>
  createStatusAt(opts.holidays ?? defaultLookup)(hours, instant, { closedOnHolidays: opts.closedOnHolidays ?? false });

/** The words a visitor sees, from the dictionary templates the station page hands to the browser. */
const strings: StatusStrings = {
  open: dict['station.status.open'],
  openAdjusted: dict['station.status.openAdjusted'],
  laterToday: dict['station.status.laterToday'],
  closed: dict['station.status.closed'],
  holiday: dict['station.status.holiday'],
  none: dict['station.status.none'],
  today: dict['station.status.today'],
  tomorrow: dict['station.status.tomorrow'],
  date: dict['station.status.date'],
};
const describeStatus = (status: OpeningStatus): string => statusText(status, strings);

/** Typical office hours with a lunch break; nothing at weekends. */
const OFFICE: WeeklyHours = {
  mon: [
    ['08:30', '12:00'],
    ['14:30', '17:30'],
  ],
  tue: [
    ['08:30', '12:00'],
    ['14:30', '17:30'],
  ],
  wed: [
    ['08:30', '12:00'],
    ['14:30', '17:30'],
  ],
  thu: [
    ['08:30', '12:00'],
    ['14:30', '17:30'],
  ],
  fri: [
    ['08:30', '12:00'],
    ['14:30', '17:30'],
  ],
};

/** An instant given as Shanghai wall-clock time (UTC+08:00). */
const cst = (local: string): Date => new Date(`${local}+08:00`);

const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const data = chineseDaysData as { holidays: Record<string, string>; workdays: Record<string, string>; inLieuDays: Record<string, string> };
/** 2026 public holidays that fall Monday–Friday, straight from chinese-days' data. */
const holidays2026 = Object.keys(data.holidays)
  .filter((d) => d.startsWith('2026-') && weekdayOf(d) >= 1 && weekdayOf(d) <= 5)
  .sort();
/** 2026 adjusted working days (weekend days that are worked), straight from chinese-days' data. */
const adjusted2026 = Object.keys(data.workdays)
  .filter((d) => d.startsWith('2026-'))
  .sort();

/** Runs the same behaviour checks with the machine clock in several time zones. */
describe.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai'])('with the machine time zone set to %s', (tz) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = tz;
  });
  afterAll(() => {
    process.env.TZ = original;
  });

  it('really runs in that time zone', () => {
    const offset = new Date('2026-07-01T00:00:00Z').getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, 'America/Los_Angeles': 420, 'Asia/Shanghai': -480 }[tz]);
  });

  describe('statusAt on an ordinary Monday (2026-11-30)', () => {
    it.each([
      ['08:29, before opening', '2026-11-30T08:29:00', { open: false, opensAt: { date: '2026-11-30', weekday: 'mon', time: '08:30' } }],
      ['08:30, the opening minute', '2026-11-30T08:30:00', { open: true, closesAt: '12:00' }],
      ['11:59, just before lunch', '2026-11-30T11:59:00', { open: true, closesAt: '12:00' }],
      ['12:00, the start of lunch', '2026-11-30T12:00:00', { open: false, opensAt: { date: '2026-11-30', weekday: 'mon', time: '14:30' } }],
      ['13:15, during lunch', '2026-11-30T13:15:00', { open: false, opensAt: { date: '2026-11-30', weekday: 'mon', time: '14:30' } }],
      ['14:30, after lunch', '2026-11-30T14:30:00', { open: true, closesAt: '17:30' }],
      ['17:30, closing time', '2026-11-30T17:30:00', { open: false, opensAt: { date: '2026-12-01', weekday: 'tue', time: '08:30' } }],
    ])('at %s', (_label, local, expected) => {
      const status = statusAt(OFFICE, cst(local), { closedOnHolidays: true });
      expect(status).toMatchObject({ ...expected, today: '2026-11-30', reason: 'weekly' });
      if (expected.open) expect(status.opensAt).toBeUndefined();
      else expect(status.closesAt).toBeUndefined();
    });
  });

  describe('the day boundary is taken in Asia/Shanghai, not on the machine clock', () => {
    it.each([
      ['2026-11-29T16:30:00Z', '2026-11-30', 'mon', 30],
      ['2026-11-29T15:59:00Z', '2026-11-29', 'sun', 23 * 60 + 59],
      ['2026-12-31T16:00:00Z', '2027-01-01', 'fri', 0],
    ])('reads %s as local date %s (%s), minute %i', (iso, date, weekday, minutes) => {
      expect(shanghaiLocal(new Date(iso))).toEqual({ date, weekday, minutes });
    });

    it('treats 2026-11-29T16:30Z (00:30 on Monday in Shanghai) as closed until 08:30 the same morning', () => {
      const status = statusAt(OFFICE, new Date('2026-11-29T16:30:00Z'), { closedOnHolidays: true });
      expect(status).toEqual({
        open: false,
        today: '2026-11-30',
        reason: 'weekly',
        opensAt: { date: '2026-11-30', weekday: 'mon', time: '08:30' },
      });
      expect(describeStatus(status)).toBe('现在休息，今天 08:30 开门');
    });

    it('treats 2026-11-29T15:59Z (Sunday 23:59 in Shanghai) as closed until tomorrow morning', () => {
      const status = statusAt(OFFICE, new Date('2026-11-29T15:59:00Z'), { closedOnHolidays: true });
      expect(status.opensAt).toEqual({ date: '2026-11-30', weekday: 'mon', time: '08:30' });
      expect(describeStatus(status)).toBe('现在已关门，明天 08:30 开门');
    });
  });

  describe('public holidays from chinese-days', () => {
    it('finds 国庆节 2026-10-01 in the chinese-days data', () => {
      expect(data.holidays['2026-10-01']).toContain('国庆');
      expect(holidays2026.length).toBeGreaterThan(10);
    });

    it.each(holidays2026)('closes on the weekday public holiday %s for a place that observes holidays', (date) => {
      const status = statusAt(OFFICE, cst(`${date}T10:00:00`), { closedOnHolidays: true });
      expect(status.open).toBe(false);
      expect(status.reason).toBe('holiday');
      expect(status.opensAt).toBeDefined();
      // The next opening is on a day that is not a public holiday.
      expect(data.holidays[status.opensAt?.date ?? '']).toBeUndefined();
    });

    it('keeps weekly hours on a public holiday for a place that does not observe holidays', () => {
      const status = statusAt(OFFICE, cst('2026-10-01T10:00:00'), { closedOnHolidays: false });
      expect(status).toMatchObject({ open: true, closesAt: '12:00', reason: 'weekly' });
    });

    it('reopens on Thursday 2026-10-08 after the National Day holiday and says so', () => {
      const status = statusAt(OFFICE, cst('2026-10-01T10:00:00'), { closedOnHolidays: true });
      expect(status.opensAt).toEqual({ date: '2026-10-08', weekday: 'thu', time: '08:30' });
      expect(describeStatus(status)).toBe('今天是法定节假日，休息；10月8日 08:30 开门');
    });
  });

  describe('adjusted working days (调休) from chinese-days', () => {
    it('finds weekend working days for 2026 in the chinese-days data', () => {
      expect(adjusted2026.length).toBeGreaterThan(0);
      expect(adjusted2026.every((d) => [0, 6].includes(weekdayOf(d)))).toBe(true);
    });

    it.each(adjusted2026)('opens on the adjusted working day %s although it is a weekend', (date) => {
      const status = statusAt(OFFICE, cst(`${date}T10:00:00`), { closedOnHolidays: true });
      expect(status).toMatchObject({ open: true, closesAt: '12:00', reason: 'workday-adjusted' });
      expect(describeStatus(status)).toBe('今天调休上班，现在正在开放，12:00 关门');
      // Without holiday rules it is just a closed weekend day.
      expect(statusAt(OFFICE, cst(`${date}T10:00:00`)).open).toBe(false);
    });

    it('uses the hours of the weekday given off in exchange (Sunday 2026-01-04 works for Friday)', () => {
      const offDays = Object.keys(data.inLieuDays).filter((d) => d.startsWith('2026-01'));
      expect(offDays).toHaveLength(1);
      const expectedWeekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][weekdayOf(offDays[0] as string)];
      expect(holidayTable(2026, 2026).workdays['2026-01-04']).toBe(expectedWeekday);
      const fridayOnlyAfternoon: WeeklyHours = { mon: [['08:00', '12:00']], fri: [['14:00', '18:00']] };
      expect(statusAt(fridayOnlyAfternoon, cst('2026-01-04T15:00:00'), { closedOnHolidays: true }).open).toBe(expectedWeekday === 'fri');
    });

    it("falls back to Monday's hours when the replaced weekday is unknown", () => {
      const lookup: HolidayLookup = { isHoliday: () => false, isWorkday: (d) => d === '2030-06-01' || weekdayOf(d) % 6 !== 0 };
      const hours: WeeklyHours = { mon: [['09:00', '11:00']], tue: [['14:00', '16:00']] };
      const at = (local: string) => statusAt(hours, cst(local), { closedOnHolidays: true, holidays: lookup });
      expect(at('2030-06-01T10:00:00')).toMatchObject({ open: true, closesAt: '11:00', reason: 'workday-adjusted' });
      expect(at('2030-06-01T15:00:00').open).toBe(false);
    });
  });

  describe('an injected holiday table', () => {
    const table = holidayTable(2026, 2026);
    const fromTable = createStatusAt(lookupFromTable(table));

    it('is small enough to ship to the browser', () => {
      expect(JSON.stringify(table).length).toBeLessThan(1000);
      expect(table.holidays).toContain('2026-10-01');
      expect(table.holidays.every((d) => d.startsWith('2026-'))).toBe(true);
    });

    it.each(['2026-01-02T10:00:00', '2026-01-04T10:00:00', '2026-02-14T15:00:00', '2026-10-01T10:00:00', '2026-10-10T16:00:00', '2026-11-30T13:00:00'])(
      'gives the same answer as the default lookup at %s',
      (local) => {
        expect(fromTable(OFFICE, cst(local), { closedOnHolidays: true })).toEqual(statusAt(OFFICE, cst(local), { closedOnHolidays: true }));
      },
    );

    it('treats dates outside the table as ordinary days', () => {
      // 2027-01-01 is not in a 2026-only table, so it is a normal Friday.
      expect(fromTable(OFFICE, cst('2027-01-01T10:00:00'), { closedOnHolidays: true }).open).toBe(true);
    });
  });

  describe('the 14-day search for the next opening', () => {
    const mondaysOnly: WeeklyHours = { mon: [['09:00', '10:00']] };
    const closedMondays = (dates: string[]): HolidayLookup => ({
      isHoliday: (d) => dates.includes(d),
      isWorkday: (d) => !dates.includes(d) && weekdayOf(d) % 6 !== 0,
    });

    it.each([
      [[], { date: '2026-12-07', weekday: 'mon', time: '09:00' }],
      [['2026-12-07'], { date: '2026-12-14', weekday: 'mon', time: '09:00' }],
      [['2026-12-07', '2026-12-14'], undefined],
    ])('from Tuesday 2026-12-01 with holidays %j finds %j', (holidays, expected) => {
      const status = statusAt(mondaysOnly, cst('2026-12-01T12:00:00'), { closedOnHolidays: true, holidays: closedMondays(holidays) });
      expect(status.opensAt).toEqual(expected);
    });

    it('says so when nothing opens within the next 14 days', () => {
      expect(describeStatus(statusAt({}, cst('2026-12-01T12:00:00')))).toBe('现在已关门，未来两周内没有开放时间');
    });
  });
});

describe('statusAt with touching ranges', () => {
  it('reports the end of the whole stretch as the closing time', () => {
    const hours: WeeklyHours = {
      mon: [
        ['14:00', '17:00'],
        ['08:00', '14:00'],
      ],
    };
    expect(statusAt(hours, cst('2026-11-30T09:00:00'))).toMatchObject({ open: true, closesAt: '17:00' });
  });
});

describe('validateWeeklyHours', () => {
  it.each([
    ['typical office hours', OFFICE],
    ['an empty week', {}],
    [
      'ranges that touch at 12:00',
      {
        mon: [
          ['08:00', '12:00'],
          ['12:00', '14:00'],
        ],
      },
    ],
    ['an evening ending at 24:00', { sat: [['18:00', '24:00']] }],
    [
      'ranges listed out of order',
      {
        tue: [
          ['14:30', '17:30'],
          ['08:30', '12:00'],
        ],
      },
    ],
  ])('accepts %s', (_label, hours) => {
    expect(validateWeeklyHours(hours)).toEqual([]);
  });

  it.each([
    ['a single-digit hour', { mon: [['8:30', '12:00']] }, [{ day: 'mon', index: 0 }], '开始时间'],
    ['hour 25', { tue: [['08:00', '25:00']] }, [{ day: 'tue', index: 0 }], '结束时间'],
    ['minute 60', { wed: [['08:60', '12:00']] }, [{ day: 'wed', index: 0 }], 'HH:MM'],
    ['24:00 as a start', { thu: [['24:00', '24:00']] }, [{ day: 'thu', index: 0 }], '开始时间'],
    ['an inverted range', { fri: [['17:30', '08:30']] }, [{ day: 'fri', index: 0 }], '必须晚于'],
    ['an empty range', { sat: [['09:00', '09:00']] }, [{ day: 'sat', index: 0 }], '必须晚于'],
    [
      'overlapping ranges',
      {
        mon: [
          ['08:00', '12:00'],
          ['11:00', '13:00'],
        ],
      },
      [{ day: 'mon', index: 1 }],
      '重叠',
    ],
    [
      'a long range overlapping two later ones',
      {
        sun: [
          ['08:00', '18:00'],
          ['09:00', '10:00'],
          ['11:00', '12:00'],
        ],
      },
      [
        { day: 'sun', index: 1 },
        { day: 'sun', index: 2 },
      ],
      '重叠',
    ],
    ['a misspelt day', { monday: [['08:00', '12:00']] }, [{ day: 'monday', index: -1 }], '未知的星期'],
    ['a range with three times', { mon: [['08:00', '10:00', '12:00']] }, [{ day: 'mon', index: 0 }], '两个时间'],
  ])('rejects %s', (_label, hours, expected, messagePart) => {
    const problems = validateWeeklyHours(hours);
    expect(problems.map(({ day, index }) => ({ day, index }))).toEqual(expected);
    for (const p of problems) expect(p.message).toContain(messagePart);
  });

  it('reports problems on several days at once', () => {
    const problems = validateWeeklyHours({
      mon: [['12:00', '08:00']],
      tue: [
        ['08:00', '10:00'],
        ['09:00', '11:00'],
      ],
    });
    expect(problems.map((p) => p.day)).toEqual(['mon', 'tue']);
  });
});

describe('describeStatus', () => {
  it.each<[string, OpeningStatus, string]>([
    ['open with a closing time', { open: true, today: '2026-11-30', closesAt: '17:30', reason: 'weekly' }, '现在正在开放，17:30 关门'],
    [
      'closed until tomorrow',
      { open: false, today: '2026-11-30', reason: 'weekly', opensAt: { date: '2026-12-01', weekday: 'tue', time: '08:30' } },
      '现在已关门，明天 08:30 开门',
    ],
    [
      'a holiday, opening on a later date',
      { open: false, today: '2025-11-29', reason: 'holiday', opensAt: { date: '2025-12-01', weekday: 'mon', time: '08:30' } },
      '今天是法定节假日，休息；12月1日 08:30 开门',
    ],
    [
      'a holiday, opening tomorrow',
      { open: false, today: '2026-10-07', reason: 'holiday', opensAt: { date: '2026-10-08', weekday: 'thu', time: '08:30' } },
      '今天是法定节假日，休息；明天 08:30 开门',
    ],
    [
      'closed over a year boundary',
      { open: false, today: '2026-12-31', reason: 'weekly', opensAt: { date: '2027-01-04', weekday: 'mon', time: '09:00' } },
      '现在已关门，1月4日 09:00 开门',
    ],
  ])('describes %s', (_label, status, expected) => {
    expect(describeStatus(status)).toBe(expected);
  });
});

describe('holidayTable and latestHolidayYear', () => {
  it('knows the holidays of 2026 at least', () => {
    expect(latestHolidayYear()).toBeGreaterThanOrEqual(2026);
  });

  it.each([
    [2026, 2026, '2026-10-01', true],
    [2026, 2026, '2025-10-01', false],
    [2024, 2026, '2025-10-01', true],
  ])('for %i–%i includes %s: %s', (from, to, date, expected) => {
    expect(holidayTable(from, to).holidays.includes(date)).toBe(expected);
  });

  it('pairs a New Year working day in late December with the next year arrangement', () => {
    // 2018-12-29 (Saturday) was worked for the 2019 New Year break; its in-lieu day is 2018-12-31 (Monday).
    expect(data.workdays['2018-12-29']).toContain('元旦');
    expect(holidayTable(2018, 2018).workdays['2018-12-29']).toBe('mon');
  });

  it.each([
    [2027, 2026],
    [2026.5, 2027],
  ])('rejects the year range %d–%d', (from, to) => {
    expect(() => holidayTable(from, to)).toThrow(RangeError);
  });
});

describe('holidays editors add (content/holidays.yaml) over chinese-days', () => {
  /** A made-up schedule for a year chinese-days does not ship (test data, not a real notice). */
  const future = latestHolidayYear() + 1;
  const edited: HolidayYear = {
    year: future,
    holidays: [`${future}-10-01`, `${future}-10-02`],
    workdays: [{ date: `${future}-10-09`, inLieuOf: `${future}-10-02` }],
  };

  it('adds a year the package does not know, with the adjusted day keeping the replaced weekday', () => {
    const table = holidayTable(future, future, [edited]);
    expect(table.holidays).toEqual([`${future}-10-01`, `${future}-10-02`]);
    expect(table.workdays[`${future}-10-09`]).toBe(weekdayKey(`${future}-10-02`));
    expect(latestHolidayYear([edited])).toBe(future);
  });

  it('replaces the package’s data for a year editors write out', () => {
    const table = holidayTable(2026, 2026, [{ year: 2026, holidays: ['2026-10-01'], workdays: [] }]);
    expect(table.holidays).toEqual(['2026-10-01']);
    expect(table.workdays).toEqual({});
    expect(holidayTable(2026, 2026).holidays.length).toBeGreaterThan(1);
  });

  it.each([
    ['2026-10-31', 2026, null],
    ['2026-11-01', 2026, `还没有 2027 年的放假安排`],
    ['2026-12-31', 2026, `还没有 2027 年的放假安排`],
    ['2026-11-01', 2027, null],
    ['2027-11-15', 2027, `还没有 2028 年的放假安排`],
  ])('on %s with holidays known to %i warns: %s', (today, latest, expected) => {
    const message = missingScheduleWarning(today, latest);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });
});
