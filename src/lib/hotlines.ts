/** Picking the site's hotlines by what they are for, so pages never list numbers. */
import type { Hotline, HotlineRole } from '../site.config.ts';

/** The hotlines with these roles, in the site's order (a role the county has no line for is skipped). */
export function hotlinesFor(roles: readonly HotlineRole[], hotlines: readonly Hotline[]): Hotline[] {
  return hotlines.filter((h) => roles.includes(h.role));
}

/** The numbers of the hotlines with these roles, in the site's order. */
export function hotlineNumbers(roles: readonly HotlineRole[], hotlines: readonly Hotline[]): string[] {
  return hotlinesFor(roles, hotlines).map((h) => h.number);
}
