/**
 * The 普法园地 lists: all articles, one per topic and one per audience, each
 * split into pages. Routes only pick which list and which page they render.
 */
import type { CollectionEntry } from 'astro:content';
import { published } from './collections.ts';
import { AUDIENCES, TOPICS, type Audience, type Topic } from '../lib/taxonomy.ts';
import { chunk } from '../lib/pagination.ts';
import { routes } from '../lib/routes.ts';
import { t } from '../i18n/zh-CN.ts';

type Article = CollectionEntry<'articles'>;

/** One list: its address (page 1), heading and the articles in it, newest first. */
export interface Listing {
  base: string;
  heading: string;
  description?: string | undefined;
  entries: Article[];
  /** The topic or audience slug, for route params. */
  key?: string;
}

/** Props the list layout takes for one page of one list. */
export interface ListingPage {
  entries: Article[];
  total: number;
  page: number;
  pages: number;
  all: Article[];
  heading: string;
  current: string;
  description?: string | undefined;
}

/** Every list with at least one article. */
export async function articleListings(): Promise<{ all: Article[]; main: Listing; topics: Listing[]; audiences: Listing[] }> {
  const all = await published('articles');
  const main: Listing = { base: routes.articles(), heading: t('nav.articles'), description: t('home.section.articles'), entries: all };
  const topics = TOPICS.map((topic: Topic) => ({
    base: routes.articleTopic(topic),
    heading: t(`topic.${topic}`),
    entries: all.filter((a) => a.data.topics.includes(topic)),
    key: topic,
  })).filter((l) => l.entries.length > 0);
  const audiences = AUDIENCES.map((audience: Audience) => ({
    base: routes.articleAudience(audience),
    heading: `${t('article.audiences')}：${t(`audience.${audience}`)}`,
    entries: all.filter((a) => a.data.audiences.includes(audience)),
    key: audience,
  })).filter((l) => l.entries.length > 0);
  return { all, main, topics, audiences };
}

/** The pages of one list, page 1 first. */
export function pagesOf(listing: Listing, all: Article[]): ListingPage[] {
  const pages = chunk(listing.entries);
  return pages.map((entries, i) => ({
    entries,
    total: listing.entries.length,
    page: i + 1,
    pages: pages.length,
    all,
    heading: listing.heading,
    current: listing.base,
    description: listing.description,
  }));
}
