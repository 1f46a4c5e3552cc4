import { describe, expect, it } from 'vitest';
import { links } from '../../../scripts/lib/check-site/links.ts';
import { page, run } from './helpers.ts';

const target = page('/about/', '<h1>关于</h1><h2 id="contact">联系</h2><h2 id="1一个服务站">站</h2>');

describe('links check', () => {
  it.each([
    ['an absolute link with a trailing slash', '/about/'],
    ['a fragment that exists', '/about/#contact'],
    ['a percent-encoded Chinese fragment', `/about/#${encodeURIComponent('1一个服务站')}`],
    ['a relative link', 'about/'],
    ['a link with a query string', '/about/?q=1'],
    ['a link on the site’s own absolute origin', 'https://example.org/about/'],
    ['tel:, mailto: and other sites', 'tel:110'],
    ['another site', 'https://www.weather.com.cn/'],
  ])('accepts %s', async (_, href) => {
    expect(await run(links, { 'index.html': page('/', `<a href="${href}">x</a>`), 'about/index.html': target })).toEqual([]);
  });

  it.each([
    ['a page that was not built', '/missing/', 'index.html: <a href="/missing/"> leads nowhere: no missing/index.html'],
    ['a missing trailing slash', '/about', 'index.html: <a href="/about"> leads nowhere: the page is /about/ — add the trailing slash (a redirect otherwise)'],
    ['a fragment with no such id', '/about/#phone', 'index.html: <a href="/about/#phone">: no element with id "phone" in about/index.html'],
    ['a same-page fragment with no such id', '#nowhere', 'index.html: <a href="#nowhere">: no element with id "nowhere" in index.html'],
  ])('reports %s, naming the page', async (_, href, expected) => {
    expect(await run(links, { 'index.html': page('/', `<a href="${href}">x</a>`), 'about/index.html': target })).toEqual([expected]);
  });

  it('checks stylesheets and scripts too, but not the canonical link', async () => {
    const html = page('/', '', '<link rel="stylesheet" href="/_astro/x.css"><script type="module" src="/_astro/y.js"></script>');
    expect(await run(links, { 'index.html': html, '_astro/x.css': '' })).toEqual(['index.html: <script src="/_astro/y.js"> leads nowhere: no _astro/y.js']);
  });
});
