/**
 * The one "now" of the build: what is published, which open-day sessions are
 * still to come, what the calendar files say and whether a station's data is
 * stale are all judged against {@link now}. Tests move it:
 * - builds and scripts: `GARDENIA_NOW=2031-05-01T10:00:00+08:00 npx astro build`
 *   (any ISO 8601 instant, or a `YYYY-MM-DD` date meaning midnight in Beijing);
 * - unit tests: {@link setNow} (and `setNow(undefined)` to go back).
 * Browser scripts do not use it: they compare with the visitor's own clock.
 * Pure: reads `process.env` only where a `process` exists.
 */

let fixed: Date | undefined;

/** Parses GARDENIA_NOW-style text: an ISO instant, or a date meaning 00:00 Beijing time. Throws a Chinese error on anything else. */
export function parseNow(text: string): Date {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+08:00` : text;
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(d.getTime())) {
    throw new RangeError(`GARDENIA_NOW 的值“${text}”不是有效的时间。修改建议：写成 2031-05-01 或 2031-05-01T10:00:00+08:00，或去掉这个环境变量。`);
  }
  return d;
}

/** The current instant: the value set by {@link setNow}, else `$GARDENIA_NOW`, else the system clock. */
export function now(): Date {
  if (fixed) return new Date(fixed.getTime());
  const env = typeof process === 'undefined' ? undefined : process.env?.GARDENIA_NOW;
  return env ? parseNow(env) : new Date();
}

/** Fixes {@link now} at `instant` (a Date or GARDENIA_NOW-style text); `undefined` restores the real clock. */
export function setNow(instant: Date | string | undefined): void {
  fixed = instant === undefined ? undefined : typeof instant === 'string' ? parseNow(instant) : new Date(instant.getTime());
}
