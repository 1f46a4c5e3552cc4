// @ts-check
/**
 * The site's own Astro config with one change for the bench: a separate cache
 * directory per build ($GARDENIA_CACHE), so every timed build starts cold and
 * never touches the content-layer cache of someone else's `npm run build`.
 */
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.GARDENIA_CACHE ?? config.cacheDir };
