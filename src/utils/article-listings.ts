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
  /** How many published articles each topic and audience has, for the filter links (counted once per build). */
  counts: FilterCounts;
  heading: string;
  current: string;
  description?: string | undefined;
}

/** Article counts for the filter links: all, per topic and per audience. */
export interface FilterCounts {
  all: number;
  topics: Partial<Record<Topic, number>>;
  audiences: Partial<Record<Audience, number>>;
}

/** Every list with at least one article, and the filter counts they all show. */
export async function articleListings(): Promise<{ all: Article[]; counts: FilterCounts; main: Listing; topics: Listing[]; audiences: Listing[] }> {
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
  const counts: FilterCounts = {
    all: all.length,
    topics: Object.fromEntries(topics.map((l) => [l.key, l.entries.length])),
    audiences: Object.fromEntries(audiences.map((l) => [l.key, l.entries.length])),
  };
  return { all, counts, main, topics, audiences };
}

/** The pages of one list, page 1 first. */
export function pagesOf(listing: Listing, counts: FilterCounts): ListingPage[] {
  const pages = chunk(listing.entries);
  return pages.map((entries, i) => ({
    entries,
    total: listing.entries.length,
    page: i + 1,
    pages: pages.length,
    counts,
    heading: listing.heading,
    current: listing.base,
    description: listing.description,
  }));
}
