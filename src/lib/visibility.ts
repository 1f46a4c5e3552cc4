/**
 * Whether an entry belongs in a build: drafts and entries scheduled for a later
 * day (Beijing time) are left out, except in the dev server where editors preview them.
 */
import { isDatePublished } from './shanghai-time.ts';

/** The fields visibility depends on. */
export interface Publishable {
  draft: boolean;
  publishDate: string;
}

/** True when the entry should be built; `preview` (astro dev) shows everything. */
export function isPublic(entry: Publishable, now: Date, preview: boolean): boolean {
  if (preview) return true;
  return !entry.draft && isDatePublished(entry.publishDate, now);
}
