import { describe, expect, it } from 'vitest';
import { createStatusAt, lookupFromTable, type OpeningStatus, type WeeklyHours } from '../../src/lib/opening-hours.ts';
import { holidayTable } from '../../src/lib/holiday-table.ts';
import { statusText, type StatusStrings } from '../../src/lib/opening-status-text.ts';
import { dict } from '../../src/i18n/zh-CN.ts';

/** The templates exactly as the station page hands them to the browser. */
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

/** Fixture hours (no real entry has hours yet). */
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
const cst = (local: string): Date => new Date(`${local}+08:00`);
// What the browser gets: the table serialised at build time, not chinese-days.
const statusAt = createStatusAt(lookupFromTable(JSON.parse(JSON.stringify(holidayTable(2026, 2027)))));

describe('statusText with the serialised holiday table (browser path)', () => {
  it.each([
    ['an ordinary Monday morning', '2026-11-30T10:00:00', '现在正在开放，12:00 关门'],
    ['the Monday lunch break', '2026-11-30T13:00:00', '现在休息，今天 14:30 开门'],
    ['Monday evening', '2026-11-30T19:00:00', '现在已关门，明天 08:30 开门'],
    ['Saturday', '2026-12-05T10:00:00', '现在已关门，12月7日 08:30 开门'],
    ['国庆节 (a public holiday)', '2026-10-01T10:00:00', '今天是法定节假日，休息；10月8日 08:30 开门'],
    ['the Sunday worked for New Year (调休 2026-01-04)', '2026-01-04T10:00:00', '今天调休上班，现在正在开放，12:00 关门'],
    ['the Saturday worked after 国庆 (调休 2026-10-10)', '2026-10-10T16:00:00', '今天调休上班，现在正在开放，17:30 关门'],
    ['just after midnight in Shanghai (still the previous evening in UTC)', '2026-12-01T00:30:00', '现在休息，今天 08:30 开门'],
  ])('says the right thing on %s', (_label, local, expected) => {
    expect(statusText(statusAt(OFFICE, cst(local), { closedOnHolidays: true }), strings)).toBe(expected);
  });

  it('says so when nothing opens within two weeks', () => {
    expect(statusText(statusAt({}, cst('2026-12-01T10:00:00')), strings)).toBe('现在已关门，未来两周内没有开放时间');
  });

  it.each([
    [{ open: false, today: '2026-12-31', opensAt: { date: '2027-01-01', weekday: 'fri', time: '09:00' } }, '现在已关门，明天 09:00 开门'],
    [{ open: false, today: '2026-02-28', opensAt: { date: '2026-03-01', weekday: 'sun', time: '09:00' } }, '现在已关门，明天 09:00 开门'],
    [{ open: true, today: '2026-12-01', closesAt: '24:00', reason: 'weekly' }, '现在正在开放，24:00 关门'],
  ] as Array<[OpeningStatus, string]>)('handles month and year ends: %j', (status, expected) => {
    expect(statusText(status, strings)).toBe(expected);
  });
});
