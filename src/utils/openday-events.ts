/** One open-day session as a calendar event, with the site's labels: shared by the feed and the per-session files. */
import type { CollectionEntry } from 'astro:content';
import { sessionEvent } from '../lib/openday-calendar.ts';
import { site } from '../site.config.ts';
import { t } from '../i18n/zh-CN.ts';

/** The calendar event for session `index` (0-based) of `entry`, stamped `now`. */
export function entrySessionEvent(entry: CollectionEntry<'opendays'>, index: number, now: Date) {
  return sessionEvent({
    slug: entry.id,
    index,
    title: entry.data.title,
    status: entry.data.status,
    session: entry.data.sessions[index]!,
    venue: entry.data.venue,
    siteUrl: site.url,
    dtstamp: now,
    labels: {
      sessionN: t('openday.sessionN', { n: index + 1 }),
      phone: t('openday.registerPhone'),
      addressUnknown: t('station.unknown'),
      details: t('list.readMore'),
    },
  });
}
