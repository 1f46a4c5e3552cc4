import { describe, expect, it } from 'vitest';
import {
  rfc822,
  addDays,
  daysBetween,
  weekdayOf,
  compareSessions,
  formatChineseDate,
  formatTimeRange,
  isDatePublished,
  isValidIsoDate,
  isValidTime,
  sessionState,
  shanghaiToInstant,
  todayInShanghai,
  type SessionState,
  type SessionTime,
} from '../../src/lib/shanghai-time.ts';

// Every "now" below is an explicit UTC instant, so the results cannot depend on
// the time zone of the machine running the tests.

describe('todayInShanghai', () => {
  it.each([
    ['2026-12-04T15:59:59Z', '2026-12-04', 'one second before Shanghai midnight'],
    ['2026-12-04T16:00:00Z', '2026-12-05', 'exactly at Shanghai midnight'],
    ['2026-12-04T16:30:00Z', '2026-12-05', 'half past midnight in Shanghai while UTC is still on the 4th'],
    ['2026-12-05T00:00:00Z', '2026-12-05', 'UTC midnight (08:00 in Shanghai)'],
    ['2026-12-31T16:00:00Z', '2027-01-01', 'new year arrives in Shanghai before UTC'],
    ['2024-02-28T16:00:00Z', '2024-02-29', 'the leap day begins in Shanghai'],
    ['2023-02-28T16:00:00Z', '2023-03-01', 'a common year skips from 28 February to 1 March'],
  ])('at %s returns %s (%s)', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date instead of returning a bogus day', () => {
    expect(() => todayInShanghai(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('shanghaiToInstant', () => {
  it.each([
    ['2026-12-05', '09:00', '2026-12-05T01:00:00.000Z'],
    ['2026-12-05', '00:30', '2026-12-04T16:30:00.000Z'],
    ['2026-12-05', '07:59', '2026-12-04T23:59:00.000Z'],
    ['2027-01-01', '00:00', '2026-12-31T16:00:00.000Z'],
    ['2024-02-29', '23:59', '2024-02-29T15:59:00.000Z'],
    ['2026-07-01', '12:00', '2026-07-01T04:00:00.000Z'], // summer: still +8, Shanghai has no DST
  ])('%s %s in Shanghai is the instant %s', (date, time, iso) => {
    expect(shanghaiToInstant(date, time).toISOString()).toBe(iso);
  });

  it('round-trips with todayInShanghai for the first and last minute of a day', () => {
    expect(todayInShanghai(shanghaiToInstant('2026-12-05', '00:00'))).toBe('2026-12-05');
    expect(todayInShanghai(shanghaiToInstant('2026-12-05', '23:59'))).toBe('2026-12-05');
  });

  it.each([
    ['2023-02-29', '09:00'],
    ['2026-13-01', '09:00'],
    ['2026-12-05', '24:00'],
    ['2026-12-05', '9:00'],
  ])('throws a RangeError for %s %s instead of rolling over', (date, time) => {
    expect(() => shanghaiToInstant(date, time)).toThrow(RangeError);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true, 'leap day in a year divisible by 4'],
    ['2000-02-29', true, 'leap day in a year divisible by 400'],
    ['2023-02-29', false, 'leap day in a common year'],
    ['1900-02-29', false, 'leap day in a century year not divisible by 400'],
    ['2024-02-30', false, 'a 30th of February'],
    ['2026-04-31', false, 'a 31st in a 30-day month'],
    ['2026-12-31', true, 'the last day of the year'],
    ['2026-00-10', false, 'month zero'],
    ['2026-13-01', false, 'month thirteen'],
    ['2026-12-00', false, 'day zero'],
    ['2026-1-05', false, 'a month without its leading zero'],
    ['2026-12-05T00:00', false, 'a date with a time appended'],
    ['26-12-05', false, 'a two-digit year'],
    ['', false, 'the empty string'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(isValidIsoDate(input)).toBe(expected);
  });
});

describe('isValidTime', () => {
  it.each([
    ['00:00', true],
    ['09:05', true],
    ['23:59', true],
    ['24:00', false],
    ['12:60', false],
    ['9:00', false],
    ['09:00:00', false],
    ['0900', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidTime(input)).toBe(expected);
  });
});

describe('formatChineseDate', () => {
  it.each([
    ['2026-12-05', '2026年12月5日（星期六）'],
    ['2026-12-06', '2026年12月6日（星期日）'],
    ['2026-01-01', '2026年1月1日（星期四）'],
    ['2024-02-29', '2024年2月29日（星期四）'],
    ['2027-03-15', '2027年3月15日（星期一）'],
  ])('writes %s as %s, without leading zeros and with the weekday', (date, expected) => {
    expect(formatChineseDate(date)).toBe(expected);
  });

  it('throws for an impossible date rather than naming a wrong day', () => {
    expect(() => formatChineseDate('2023-02-29')).toThrow(RangeError);
  });
});

describe('formatTimeRange', () => {
  it.each([
    ['09:00', '11:30', '09:00—11:30'],
    ['14:30', '16:00', '14:30—16:00'],
  ])('joins %s and %s with an em dash', (start, end, expected) => {
    expect(formatTimeRange(start, end)).toBe(expected);
  });

  it('throws for a malformed time', () => {
    expect(() => formatTimeRange('9:00', '11:30')).toThrow(RangeError);
  });
});

describe('sessionState', () => {
  const morning: SessionTime = { date: '2026-12-05', start: '09:00', end: '11:00' };

  it.each([
    ['2026-12-04T16:30:00Z', 'upcoming', 'at 00:30 the same day in Shanghai'],
    ['2026-12-05T00:59:59Z', 'upcoming', 'one second before the start'],
    ['2026-12-05T01:00:00Z', 'ongoing', 'exactly at the start'],
    ['2026-12-05T02:00:00Z', 'ongoing', 'half way through'],
    ['2026-12-05T02:59:59Z', 'ongoing', 'one second before the end'],
    ['2026-12-05T03:00:00Z', 'past', 'exactly at the end'],
    ['2026-12-05T09:00:00Z', 'past', 'in the evening, although UTC still shows the morning session day'],
  ] as [string, SessionState, string][])('a 09:00–11:00 session on 2026-12-05 is %s → %s (%s)', (instant, expected) => {
    expect(sessionState(morning, new Date(instant))).toBe(expected);
  });

  it('treats a session of the previous Shanghai day as past even while UTC is still on that day', () => {
    const now = new Date('2026-12-04T16:30:00Z');
    expect(todayInShanghai(now)).toBe('2026-12-05');
    expect(sessionState({ date: '2026-12-04', start: '09:00', end: '11:00' }, now)).toBe('past');
    // Naively reading UTC wall-clock (16:30 on the 4th) would call a 17:00 session upcoming.
    expect(sessionState({ date: '2026-12-04', start: '17:00', end: '18:00' }, now)).toBe('past');
  });

  it.each([
    [{ date: '2026-12-05', start: '11:00', end: '09:00' }, 'an end before the start'],
    [{ date: '2026-12-05', start: '09:00', end: '09:00' }, 'a zero-length session'],
    [{ date: '2026-02-30', start: '09:00', end: '11:00' }, 'an impossible date'],
  ])('throws a RangeError for %o (%s)', (session) => {
    expect(() => sessionState(session, new Date('2026-12-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('compareSessions', () => {
  it('sorts sessions by date, then start, then end', () => {
    const sessions: SessionTime[] = [
      { date: '2027-01-02', start: '09:00', end: '11:00' },
      { date: '2026-12-05', start: '14:30', end: '16:00' },
      { date: '2026-12-05', start: '09:00', end: '12:00' },
      { date: '2026-12-05', start: '09:00', end: '11:00' },
      { date: '2026-11-30', start: '15:00', end: '16:00' },
    ];
    expect([...sessions].sort(compareSessions)).toEqual([
      { date: '2026-11-30', start: '15:00', end: '16:00' },
      { date: '2026-12-05', start: '09:00', end: '11:00' },
      { date: '2026-12-05', start: '09:00', end: '12:00' },
      { date: '2026-12-05', start: '14:30', end: '16:00' },
      { date: '2027-01-02', start: '09:00', end: '11:00' },
    ]);
  });

  it.each([
    [{ date: '2026-12-05', start: '09:00', end: '11:00' }, { date: '2026-12-05', start: '09:00', end: '11:00' }, 0],
    [{ date: '2026-12-04', start: '23:00', end: '23:30' }, { date: '2026-12-05', start: '00:00', end: '01:00' }, -1],
    [{ date: '2026-12-05', start: '10:00', end: '11:00' }, { date: '2026-12-05', start: '09:00', end: '11:00' }, 1],
  ])('compares %o with %o as sign %i', (a, b, sign) => {
    expect(Math.sign(compareSessions(a, b))).toBe(sign);
  });
});

describe('isDatePublished', () => {
  it.each([
    ['2026-12-05', '2026-12-04T15:59:59Z', false, 'the day before in Shanghai'],
    ['2026-12-05', '2026-12-04T16:00:00Z', true, 'from Shanghai midnight, while UTC is still the day before'],
    ['2026-12-05', '2026-12-05T12:00:00Z', true, 'later the same day'],
    ['2026-12-01', '2026-12-04T16:30:00Z', true, 'a date in the past'],
    ['2027-01-01', '2026-12-31T15:59:59Z', false, 'one second before new year in Shanghai'],
    ['2027-01-01', '2026-12-31T16:00:00Z', true, 'at new year in Shanghai'],
  ])('publishDate %s at %s → %s (%s)', (publishDate, instant, expected) => {
    expect(isDatePublished(publishDate, new Date(instant))).toBe(expected);
  });

  it('throws for an impossible publish date so a typo fails the build', () => {
    expect(() => isDatePublished('2026-02-30', new Date('2026-12-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('rfc822 (RSS dates: midnight Beijing time)', () => {
  it.each([
    ['2026-11-29', 'Sun, 29 Nov 2026 00:00:00 +0800'],
    ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 +0800'],
    ['2023-03-08', 'Wed, 08 Mar 2023 00:00:00 +0800'],
  ])('%s → %s', (d, expected) => expect(rfc822(d)).toBe(expected));
  it('rejects an impossible date', () => expect(() => rfc822('2023-02-29')).toThrow(RangeError));
});

describe('date arithmetic', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-11-30', 0, '2026-11-30'],
  ])('%s + %i days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });
  it.each([
    ['2026-11-30', 'mon'],
    ['2027-01-03', 'sun'],
  ])('%s is a %s', (date, day) => expect(weekdayOf(date)).toBe(day));
});
