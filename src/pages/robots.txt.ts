import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /pagefind/\nDisallow: ${routes.admin()}\n\nSitemap: ${new URL('/sitemap-index.xml', site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
