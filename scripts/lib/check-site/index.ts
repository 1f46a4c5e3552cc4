/** Every check `npm run check:site` runs, in report order. */
import type { Check } from './types.ts';
import { htmlValidity } from './html-validity.ts';
import { links } from './links.ts';
import { images } from './images.ts';
import { sitemap } from './sitemap.ts';
import { meta } from './meta.ts';
import { jsonLd } from './json-ld.ts';
import { rss } from './rss.ts';
import { routeTable } from './routes.ts';
import { compat } from './compat.ts';

export const CHECKS: readonly Check[] = [htmlValidity, links, images, sitemap, meta, jsonLd, rss, routeTable, compat];
