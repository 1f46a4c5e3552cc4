/**
 * Queries over the content collections. The one rule for visibility lives here:
 * drafts and entries scheduled for a later date (Beijing time) appear in
 * `astro dev` only, never in a build.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isPublic } from '../lib/visibility.ts';
import { now } from '../lib/clock.ts';

type Dated = { data: { draft: boolean; publishDate: string } };

/** True when an entry belongs in this build. */
export function isVisible(entry: Dated, at = now()): boolean {
  return isPublic(entry.data, at, import.meta.env.DEV);
}

/** Newest first, then by title for a stable order. */
export function byDateDesc(a: Dated & { data: { title?: string; updatedDate?: string } }, b: typeof a): number {
  return b.data.publishDate.localeCompare(a.data.publishDate) || (a.data.title ?? '').localeCompare(b.data.title ?? '', 'zh-CN');
}

// A build renders every page from the same content, so each collection is
// filtered and sorted once (the footer alone asks on every page); dev re-reads.
const cache = new Map<string, Promise<unknown[]>>();

/** All visible entries of a dated collection, newest first. */
export function published<C extends Exclude<CollectionKey, 'stations' | 'figures'>>(collection: C): Promise<CollectionEntry<C>[]> {
  const load = async () => {
    const entries = await getCollection(collection, (e) => isVisible(e as Dated));
    return entries.sort(byDateDesc as (a: CollectionEntry<C>, b: CollectionEntry<C>) => number);
  };
  if (import.meta.env.DEV) return load();
  if (!cache.has(collection)) cache.set(collection, load());
  // Callers get their own array, so sorting or filtering it cannot touch the cache.
  return (cache.get(collection) as Promise<CollectionEntry<C>[]>).then((list) => [...list]);
}

/** Directory entries (stations have no publish date; drafts only in dev), by file name. */
export async function allStations(): Promise<CollectionEntry<'stations'>[]> {
  const entries = await getCollection('stations', (e) => import.meta.env.DEV || !e.data.draft);
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Standalone pages listed in the footer. */
export async function footerPages(): Promise<CollectionEntry<'pages'>[]> {
  return (await published('pages')).filter((p) => p.data.footer).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Resolves ids named in a field (e.g. a case's `articles`) to entries; an id
 * that names nothing stops the build with the file, the field and a fix.
 */
export async function resolveRefs<C extends 'articles' | 'stations'>(
  collection: C,
  ids: readonly string[],
  from: { filePath?: string | undefined; field: string },
): Promise<CollectionEntry<C>[]> {
  const found: CollectionEntry<C>[] = [];
  for (const id of ids) {
    const entry = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
    if (!entry) {
      throw new Error(
        `${from.filePath ?? ''}：「${from.field}」里的 ${JSON.stringify(id)} 找不到对应的内容。修改建议：填写 content/${collection}/ 下已有文件的文件名（不带扩展名）。`,
      );
    }
    found.push(entry);
  }
  return found;
}
