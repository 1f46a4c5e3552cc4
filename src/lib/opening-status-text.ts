/**
 * Words for an opening status ("正在开放，17:30 关门"), built from UI-dictionary templates so
 * that browser code shows only dictionary text (the templates reach the script through
 * data-i18n-* attributes). Placeholders: {time}, {when}, {m}, {d}.
 */
import type { OpeningStatus } from './opening-hours.ts';

/** Templates, one per case (see the keys `station.status.*` in src/i18n/zh-CN.ts). */
export interface StatusStrings {
  /** Open now; {time} = closing time. */
  open: string;
  /** Open on an adjusted working day (调休); {time} = closing time. */
  openAdjusted: string;
  /** Closed now, opens later today; {when}. */
  laterToday: string;
  /** Closed for the day; {when}. */
  closed: string;
  /** A public holiday; {when}. */
  holiday: string;
  /** No opening within the look-ahead. */
  none: string;
  /** {when} for today: {time}. */
  today: string;
  /** {when} for tomorrow: {time}. */
  tomorrow: string;
  /** {when} for a later date: {m}, {d}, {time}. */
  date: string;
}

const fill = (template: string, vars: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** One line describing `status` with the given templates. */
export function statusText(status: OpeningStatus, s: StatusStrings): string {
  if (status.open) return fill(status.reason === 'workday-adjusted' ? s.openAdjusted : s.open, { time: status.closesAt ?? '' });
  const at = status.opensAt;
  if (!at) return s.none;
  const [, m = '', d = ''] = at.date.split('-');
  const when =
    at.date === status.today
      ? fill(s.today, { time: at.time })
      : at.date === nextDay(status.today)
        ? fill(s.tomorrow, { time: at.time })
        : fill(s.date, { m: String(Number(m)), d: String(Number(d)), time: at.time });
  if (status.reason === 'holiday') return fill(s.holiday, { when });
  return fill(at.date === status.today ? s.laterToday : s.closed, { when });
}
