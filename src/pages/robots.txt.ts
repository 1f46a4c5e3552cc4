import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { absolute, routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${routes.pagefind()}\nDisallow: ${routes.admin()}\n\nSitemap: ${absolute(routes.sitemap(), site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
