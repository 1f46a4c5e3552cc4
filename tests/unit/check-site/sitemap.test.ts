import { describe, expect, it } from 'vitest';
import { sitemap } from '../../../scripts/lib/check-site/sitemap.ts';
import { page, run } from './helpers.ts';

const index =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>';
const urlset = (...paths: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${p.startsWith('http') ? p : `https://example.org${p}`}</loc></url>`).join('')}</urlset>`;
const pages = {
  'index.html': page('/'),
  'about/index.html': page('/about/'),
  '404.html': page('/404/', '<h1>404</h1>', '<meta name="robots" content="noindex">'),
  'hidden/index.html': page('/hidden/', '<h1>隐藏</h1>', '<meta name="robots" content="noindex, follow">'),
};

describe('sitemap check', () => {
  it('accepts a sitemap listing exactly the public pages', async () => {
    expect(await run(sitemap, { ...pages, 'sitemap-index.xml': index, 'sitemap-0.xml': urlset('/', '/about/') })).toEqual([]);
  });

  it.each([
    [
      'a draft (no built page)',
      ['/', '/about/', '/articles/draft/'],
      'sitemap-0.xml: lists /articles/draft/, which is not a built page (a draft, a scheduled or a removed entry?)',
    ],
    ['a noindex page', ['/', '/about/', '/hidden/'], 'sitemap-0.xml: lists /hidden/, which is marked noindex'],
    ['the 404 page', ['/', '/about/', '/404.html'], 'sitemap-0.xml: lists /404.html, which is marked noindex'],
    ['a missing public page', ['/'], 'about/index.html: /about/ is missing from the sitemap'],
    [
      'a URL on another origin',
      ['/', '/about/', 'https://elsewhere.example/x/'],
      "sitemap-0.xml: <loc>https://elsewhere.example/x/</loc> is not on the site's origin https://example.org",
    ],
  ])('reports %s', async (_, paths, expected) => {
    expect(await run(sitemap, { ...pages, 'sitemap-index.xml': index, 'sitemap-0.xml': urlset(...paths) })).toEqual([expected]);
  });

  it('reports a build without a sitemap', async () => {
    expect(await run(sitemap, pages)).toEqual(['sitemap-index.xml: no sitemap (sitemap-index.xml or sitemap.xml) in the build']);
  });

  it('reports a sitemap that is not well-formed XML', async () => {
    const [f] = await run(sitemap, { ...pages, 'sitemap-index.xml': index, 'sitemap-0.xml': '<urlset><url></urlset>' });
    expect(f).toMatch(/^sitemap-0\.xml: not well-formed XML/);
  });
});
