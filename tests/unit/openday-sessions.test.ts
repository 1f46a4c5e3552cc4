import { describe, expect, it } from 'vitest';
import {
  canRegister,
  instantState,
  isFull,
  registrationClosesAt,
  routeMinutes,
  sessionUid,
  sessionWindow,
  splitOpenDays,
  telHref,
  type OpenDayLike,
  type SessionLike,
} from '../../src/lib/openday-sessions.ts';
import { sessionState, type SessionState } from '../../src/lib/shanghai-time.ts';

const morning: SessionLike = { date: '2026-12-05', start: '09:00', end: '11:00' };

describe('sessionWindow', () => {
  it('turns Beijing wall-clock times into UTC instants (09:00 in Shanghai is 01:00Z)', () => {
    const { start, end } = sessionWindow(morning);
    expect(start.toISOString()).toBe('2026-12-05T01:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-05T03:00:00.000Z');
  });

  it('puts an early-morning session on the previous UTC day', () => {
    expect(sessionWindow({ date: '2026-12-05', start: '07:30', end: '08:30' }).start.toISOString()).toBe('2026-12-04T23:30:00.000Z');
  });

  it.each([
    [{ date: '2026-12-05', start: '11:00', end: '09:00' }, 'an end before the start'],
    [{ date: '2026-02-30', start: '09:00', end: '11:00' }, 'an impossible date'],
  ])('throws a RangeError for %o (%s)', (session) => {
    expect(() => sessionWindow(session)).toThrow(RangeError);
  });
});

describe('instantState', () => {
  const { start, end } = sessionWindow(morning);
  it.each([
    ['2026-12-04T16:30:00Z', 'upcoming', '00:30 the same Shanghai day'],
    ['2026-12-05T00:59:59Z', 'upcoming', 'one second before the start'],
    ['2026-12-05T01:00:00Z', 'ongoing', 'exactly at the start'],
    ['2026-12-05T02:59:59Z', 'ongoing', 'one second before the end'],
    ['2026-12-05T03:00:00Z', 'past', 'exactly at the end'],
    ['2026-12-05T15:59:59Z', 'past', '23:59:59 in Shanghai while UTC still reads the afternoon'],
  ] as [string, SessionState, string][])('at %s a 09:00–11:00 session on 2026-12-05 is %s (%s), as sessionState says', (instant, expected) => {
    const now = new Date(instant);
    expect(instantState(start.getTime(), end.getTime(), now.getTime())).toBe(expected);
    expect(sessionState(morning, now)).toBe(expected);
  });

  it.each([
    [Number.NaN, 1, 0, 'a missing start'],
    [0, Number.NaN, 0, 'a missing end'],
    [0, 1, Number.NaN, 'an invalid now'],
    [5, 5, 0, 'a zero-length session'],
    [6, 5, 0, 'an end before the start'],
  ])('returns undefined for (%d, %d, %d): %s, so the build-time state stands', (s, e, n) => {
    expect(instantState(s, e, n)).toBeUndefined();
  });
});

describe('registrationClosesAt', () => {
  it.each([
    [{ ...morning }, '2026-12-05T01:00:00.000Z', 'no deadline: when the session starts'],
    [{ ...morning, deadline: '2026-12-03' }, '2026-12-03T16:00:00.000Z', 'midnight at the end of the deadline day in Shanghai'],
    [{ ...morning, deadline: '2026-12-05' }, '2026-12-05T01:00:00.000Z', 'a deadline on the day itself still closes at the start'],
  ] as [SessionLike, string, string][])('%o closes at %s (%s)', (session, expected) => {
    expect(registrationClosesAt(session).toISOString()).toBe(expected);
  });
});

describe('isFull and canRegister', () => {
  const before = new Date('2026-12-01T00:00:00Z');
  it.each([
    ['full', true],
    [0, true],
    [3, false],
    [undefined, false],
  ] as const)('placesLeft %s → full: %s', (placesLeft, expected) => {
    expect(isFull({ ...morning, placesLeft })).toBe(expected);
  });

  it.each([
    ['scheduled', morning, before, true, 'open well before the day'],
    ['cancelled', morning, before, false, 'a cancelled open day'],
    ['completed', morning, before, false, 'a completed open day'],
    ['scheduled', { ...morning, placesLeft: 'full' }, before, false, 'a full session'],
    ['scheduled', { ...morning, deadline: '2026-12-03' }, new Date('2026-12-03T15:59:00Z'), true, 'the last minute of the deadline day'],
    [
      'scheduled',
      { ...morning, deadline: '2026-12-03' },
      new Date('2026-12-03T16:00:00Z'),
      false,
      'the deadline day is over in Shanghai (still the 3rd in UTC)',
    ],
    ['scheduled', morning, new Date('2026-12-05T01:00:00Z'), false, 'the session has started'],
  ] as [OpenDayLike['status'], SessionLike, Date, boolean, string][])('%s %o at %s → %s (%s)', (status, session, now, expected) => {
    expect(canRegister(status, session, now)).toBe(expected);
  });
});

describe('splitOpenDays', () => {
  const day = (id: string, status: OpenDayLike['status'], sessions: SessionLike[], publishDate = '2026-01-01') => ({
    id,
    data: { status, publishDate, sessions },
  });
  const entries = [
    day('old', 'completed', [{ date: '2025-03-08', start: '09:00', end: '11:00' }]),
    day('no-date', 'completed', [], '2026-11-08'),
    day('evening-before', 'scheduled', [{ date: '2026-12-04', start: '17:00', end: '18:00' }]),
    day('two', 'scheduled', [
      { date: '2026-12-12', start: '14:00', end: '16:00' },
      { date: '2026-12-05', start: '09:00', end: '11:00' },
    ]),
    day('off', 'cancelled', [{ date: '2026-12-20', start: '09:00', end: '10:00' }]),
  ];

  it('decides by the Shanghai day: at 00:30 on 5 Dec (16:30Z on the 4th) the evening of the 4th is over', () => {
    const { upcoming, past } = splitOpenDays(entries, new Date('2026-12-04T16:30:00Z'));
    expect(upcoming.map((r) => `${r.entry.id}#${r.index}`)).toEqual(['two#1', 'two#0', 'off#0']);
    expect(past.map((e) => e.id)).toEqual(['evening-before', 'no-date', 'old']);
  });

  it('keeps an ongoing session among the upcoming ones and drops it at its end', () => {
    expect(splitOpenDays(entries, new Date('2026-12-05T02:00:00Z')).upcoming[0]!.index).toBe(1);
    expect(splitOpenDays(entries, new Date('2026-12-05T03:00:00Z')).upcoming[0]!.index).toBe(0);
  });

  it('counts only scheduled sessions, so a cancelled one alone means nothing is scheduled', () => {
    const { upcoming, scheduledCount } = splitOpenDays(entries, new Date('2026-12-13T00:00:00Z'));
    expect(upcoming.map((r) => r.entry.id)).toEqual(['off']);
    expect(scheduledCount).toBe(0);
  });

  it('treats a completed open day as past even if a session date is still ahead', () => {
    const { upcoming, past } = splitOpenDays(
      [day('odd', 'completed', [{ date: '2030-01-01', start: '09:00', end: '10:00' }])],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(upcoming).toEqual([]);
    expect(past.map((e) => e.id)).toEqual(['odd']);
  });

  it('returns nothing upcoming for the real content shape (a past open day with no known date)', () => {
    const result = splitOpenDays([day('womens-rights-open-day', 'completed', [], '2026-11-08')], new Date());
    expect(result).toMatchObject({ upcoming: [], scheduledCount: 0 });
    expect(result.past).toHaveLength(1);
  });
});

describe('telHref', () => {
  it.each([
    ['12309', 'tel:12309'],
    ['0593-7831234', 'tel:0593-7831234'],
    [' 0593 783 1234 ', 'tel:05937831234'],
    ['+86 593 7831234', 'tel:+865937831234'],
    ['检察院一楼', undefined],
    ['12', undefined],
  ])('%j → %j', (value, expected) => {
    expect(telHref(value)).toBe(expected);
  });
});

describe('sessionUid', () => {
  it('is slug, 1-based session number and the site host, the same on every call', () => {
    expect(sessionUid('spring', 0, 'https://gardenia.fuding.example')).toBe('spring-1@gardenia.fuding.example');
    expect(sessionUid('spring', 1, 'https://gardenia.fuding.example/')).toBe('spring-2@gardenia.fuding.example');
  });
  it('rejects a negative or fractional index', () => {
    expect(() => sessionUid('spring', -1, 'https://x.example')).toThrow(RangeError);
    expect(() => sessionUid('spring', 0.5, 'https://x.example')).toThrow(RangeError);
  });
});

describe('routeMinutes', () => {
  it.each([
    [[{ minutes: 30 }, { minutes: 20 }], 50],
    [[{ minutes: 30 }, {}], undefined],
    [[], undefined],
  ])('%j → %j', (route, expected) => {
    expect(routeMinutes(route)).toBe(expected);
  });
});
