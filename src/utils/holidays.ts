/** The holiday table a station page hands to the browser: chinese-days merged with content/holidays.yaml. */
import { getCollection } from 'astro:content';
import { holidayTable } from '../lib/holiday-table.ts';
import type { HolidayTable } from '../lib/opening-hours.ts';

let edited: Promise<Awaited<ReturnType<typeof getCollection<'holidays'>>>> | undefined;

/** Public holidays and adjusted working days of `fromYear`–`toYear`. */
export async function siteHolidayTable(fromYear: number, toYear: number): Promise<HolidayTable> {
  edited ??= getCollection('holidays');
  return holidayTable(
    fromYear,
    toYear,
    (await edited).map((e) => e.data),
  );
}
