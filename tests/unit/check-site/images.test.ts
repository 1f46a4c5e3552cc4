import { describe, expect, it } from 'vitest';
import { images, srcsetUrls } from '../../../scripts/lib/check-site/images.ts';
import { page, run } from './helpers.ts';

describe('images check', () => {
  it('accepts an image that exists and has alt text, and a decorative one with alt=""', async () => {
    const body = '<img src="/a.png" alt="服务站门口"><img src="/a.png" alt=""><img src="data:image/gif;base64,R0lGOD" alt="">';
    expect(await run(images, { 'index.html': page('/', body), 'a.png': '' })).toEqual([]);
  });

  it('reports an image without alt, naming the page and the image', async () => {
    expect(await run(images, { 'index.html': page('/', '<img src="/a.png">'), 'a.png': '' })).toEqual([
      'index.html: <img src="/a.png"> has no alt attribute (describe the image, or alt="" if it is decoration)',
    ]);
  });

  it('reports an image missing from the build, srcset candidates included', async () => {
    const body = '<picture><source srcset="/b.webp 1x, /c.webp 2x"><img src="/a.png" alt="图"></picture>';
    expect(await run(images, { 'index.html': page('/', body), 'a.png': '', 'b.webp': '' })).toEqual([
      'index.html: <source> image "/c.webp" is not in the build: no c.webp',
    ]);
  });

  it('reports an image loaded from another site', async () => {
    expect(await run(images, { 'index.html': page('/', '<img src="https://cdn.example.com/a.png" alt="图">') })).toEqual([
      'index.html: <img> loads "https://cdn.example.com/a.png" from another site; copy it into public/',
    ]);
  });

  it.each([
    ['a.png', ['a.png']],
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    [' a.png 480w ,b.png 800w ', ['a.png', 'b.png']],
  ])('reads the URLs of srcset "%s"', (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});
