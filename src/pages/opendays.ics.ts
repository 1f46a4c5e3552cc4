/**
 * /opendays.ics: every session still to come at build time, for calendar
 * subscriptions. Always served, even when nothing is scheduled (then it holds
 * no event; see openday-calendar.ts for why that file is still valid and why
 * it must not 404). The index links it only while it has events.
 */
import type { APIRoute } from 'astro';
import { feedCalendar } from '../lib/openday-calendar.ts';
import { splitOpenDays } from '../lib/openday-sessions.ts';
import { now as clockNow } from '../lib/clock.ts';
import { site } from '../site.config.ts';
import { t } from '../i18n/zh-CN.ts';
import { published } from '../utils/collections.ts';
import { entrySessionEvent } from '../utils/openday-events.ts';

export const GET: APIRoute = async () => {
  const now = clockNow();
  const { upcoming } = splitOpenDays(await published('opendays'), now);
  const events = upcoming.filter((ref) => ref.entry.data.status === 'scheduled').map(({ entry, index }) => entrySessionEvent(entry, index, now));
  const ics = feedCalendar(`${site.shortName} · ${t('nav.opendays')}`, events);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
