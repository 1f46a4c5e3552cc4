/**
 * Enhances [data-opening-status]: "open now / opens at …" for the visitor's current moment,
 * in Asia/Shanghai time (a static page cannot know the time). The hours, the holiday table
 * (serialised at build time, so chinese-days is not shipped) and the wording come from the markup.
 */
import { createStatusAt, lookupFromTable, type HolidayTable, type WeeklyHours } from '../lib/opening-hours.ts';
import { statusText, type StatusStrings } from '../lib/opening-status-text.ts';
import { enhance, MarkupError, report } from './kit.ts';

const KEYS: Array<keyof StatusStrings> = ['open', 'openAdjusted', 'laterToday', 'closed', 'holiday', 'none', 'today', 'tomorrow', 'date'];

/** Fill in every opening-status line on the page once. */
export function initOpeningStatus(): void {
  enhance('opening-status', { out: '[data-opening-status-text]' }, ({ root: box, parts: { out } }) => {
    let hours: WeeklyHours;
    let table: HolidayTable;
    try {
      hours = JSON.parse(box.dataset.hours ?? '') as WeeklyHours;
      table = JSON.parse(box.dataset.holidays ?? '') as HolidayTable;
    } catch {
      report(new MarkupError('[data-opening-status]: data-hours or data-holidays is not valid JSON'));
      return;
    }
    // The strings carry placeholders statusText fills itself: read them raw.
    const strings = {} as StatusStrings;
    for (const key of KEYS) strings[key] = box.getAttribute(`data-i18n-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`) ?? '';
    const status = createStatusAt(lookupFromTable(table))(hours, new Date(), { closedOnHolidays: box.dataset.closedOnHolidays === 'true' });
    out.textContent = statusText(status, strings);
    box.hidden = false;
  });
}
