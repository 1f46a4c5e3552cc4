/**
 * One calendar file per session: /opendays/<slug>/<n>.ics, n counted from 1
 * as "第 n 场". Built for every session, past ones too, so a link someone
 * saved keeps working; the pages link it only while the session is to come.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { buildCalendar } from '../../../lib/ics.ts';
import { OPENDAY_PRODID } from '../../../lib/openday-calendar.ts';
import { published } from '../../../utils/collections.ts';
import { entrySessionEvent } from '../../../utils/openday-events.ts';
import { now } from '../../../lib/clock.ts';

export const getStaticPaths = (async () =>
  (await published('opendays')).flatMap((entry) =>
    entry.data.sessions.map((_, index) => ({ params: { slug: entry.id, n: String(index + 1) }, props: { entry, index } })),
  )) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'opendays'>;
  index: number;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const { entry, index } = props;
  const event = entrySessionEvent(entry, index, now());
  const ics = buildCalendar({ prodId: OPENDAY_PRODID, name: entry.data.title, events: [event] });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
