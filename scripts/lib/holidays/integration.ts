/**
 * A build step that warns, from November on, when next year's public-holiday
 * schedule is known neither to chinese-days nor to content/holidays.yaml
 * (src/lib/holiday-table.ts). Runs at `astro:build:start`, against the one
 * clock (src/lib/clock.ts, so GARDENIA_NOW moves it too).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { now } from '../../../src/lib/clock.ts';
import { todayInShanghai } from '../../../src/lib/shanghai-time.ts';
import { latestHolidayYear, missingScheduleWarning, type HolidayYear } from '../../../src/lib/holiday-table.ts';

/** The years in `<content>/holidays.yaml` (unvalidated: the schema reports mistakes). */
export function editedHolidayYears(contentDir: string): HolidayYear[] {
  const file = join(contentDir, 'holidays.yaml');
  if (!existsSync(file)) return [];
  const list: unknown = parse(readFileSync(file, 'utf8'));
  return Array.isArray(list) ? list.filter((y): y is HolidayYear => typeof y?.year === 'number') : [];
}

/** The Astro integration. */
export function holidayScheduleWarning(contentDir = process.env.GARDENIA_CONTENT ?? 'content') {
  return {
    name: 'gardenia:holiday-schedule',
    hooks: {
      'astro:build:start': ({ logger }: { logger: { warn(message: string): void } }) => {
        const message = missingScheduleWarning(todayInShanghai(now()), latestHolidayYear(editedHolidayYears(contentDir)));
        if (message) logger.warn(message);
      },
    },
  };
}
