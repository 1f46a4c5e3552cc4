/** Articles, case stories and open days in one RSS 2.0 feed, newest first (written by @astrojs/rss). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { published } from '../utils/collections.ts';
import { absolute, routes } from '../lib/routes.ts';
import { rfc822 } from '../lib/shanghai-time.ts';
import { t } from '../i18n/zh-CN.ts';

/** Escapes text for the raw XML the package takes as `customData`. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async (context) => {
  const [articles, cases, opendays] = await Promise.all([published('articles'), published('cases'), published('opendays')]);
  const items = [
    ...articles.map((a) => ({
      title: a.data.title,
      link: routes.article(a.id),
      description: a.data.summary,
      date: a.data.publishDate,
      categories: [t('nav.articles'), ...a.data.topics.map((x) => t(`topic.${x}`))],
    })),
    ...cases.map((c) => ({
      title: c.data.title,
      link: routes.case(c.id),
      description: c.data.summary,
      date: c.data.publishDate,
      categories: [t('nav.cases'), t(`category.${c.data.category}`)],
    })),
    ...opendays.map((o) => ({
      title: o.data.title,
      link: routes.openday(o.id),
      description: o.data.summary,
      date: o.data.publishDate,
      categories: [t('nav.opendays')],
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
  const last = items[0]?.date;
  const response = await rss({
    title: site.shortName,
    description: site.description,
    site: context.site ?? site.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<atom:link href="${xmlText(absolute(routes.rss(), site.url))}" rel="self" type="application/rss+xml"/>`,
      '<language>zh-CN</language>',
      ...(last ? [`<lastBuildDate>${rfc822(last)}</lastBuildDate>`] : []),
    ].join(''),
    // Dates are Beijing calendar days: written as midnight +0800 (the package would write them in GMT, a day early).
    items: items.map(({ date, ...item }) => ({ ...item, customData: `<pubDate>${rfc822(date)}</pubDate>` })),
  });
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
};
