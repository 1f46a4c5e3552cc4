import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { published } from '../utils/collections.ts';
import { buildRss, type FeedItem } from '../lib/rss.ts';
import { t } from '../i18n/zh-CN.ts';

/** Articles, case stories and open days in one feed, newest first. */
export const GET: APIRoute = async () => {
  const abs = (path: string) => new URL(path, site.url).href;
  const [articles, cases, opendays] = await Promise.all([published('articles'), published('cases'), published('opendays')]);
  const items: FeedItem[] = [
    ...articles.map((a) => ({ title: a.data.title, link: abs(`/articles/${a.id}/`), description: a.data.summary, date: a.data.publishDate, category: [t('nav.articles'), ...a.data.topics.map((x) => t(`topic.${x}`))] })),
    ...cases.map((c) => ({ title: c.data.title, link: abs(`/cases/${c.id}/`), description: c.data.summary, date: c.data.publishDate, category: [t('nav.cases'), t(`category.${c.data.category}`)] })),
    ...opendays.map((o) => ({ title: o.data.title, link: abs(`/opendays/${o.id}/`), description: o.data.summary, date: o.data.publishDate, category: [t('nav.opendays')] })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
  const xml = buildRss({ title: site.shortName, link: site.url, selfLink: abs('/rss.xml'), description: site.description, items });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
