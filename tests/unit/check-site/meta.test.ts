import { describe, expect, it } from 'vitest';
import { meta } from '../../../scripts/lib/check-site/meta.ts';
import { page, run } from './helpers.ts';

describe('canonical and Open Graph check', () => {
  it('accepts a page with its own canonical URL and every og tag', async () => {
    expect(await run(meta, { 'index.html': page('/'), 'about/index.html': page('/about/') })).toEqual([]);
  });

  it('reports a missing canonical link and a missing og tag', async () => {
    const html = page('/about/')
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace(/<meta property="og:description"[^>]*>/, '');
    expect(await run(meta, { 'index.html': page('/'), 'about/index.html': html })).toEqual([
      'about/index.html: no <link rel="canonical" href="…">',
      'about/index.html: no <meta property="og:description" content="…">',
    ]);
  });

  it('reports a canonical URL that is not the page’s own', async () => {
    expect(await run(meta, { 'index.html': page('/'), 'about/index.html': page('/elsewhere/') })).toEqual([
      'about/index.html: canonical is https://example.org/elsewhere/, expected https://example.org/about/',
    ]);
  });

  it('only asks the 404 page to have the tags, not to be its own address', async () => {
    expect(await run(meta, { 'index.html': page('/'), '404.html': page('/404/') })).toEqual([]);
  });
});
