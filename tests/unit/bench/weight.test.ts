import { describe, expect, it } from 'vitest';
import { allJs, classify, gzipSize, inlineCode, pageBytes, summarize } from '../../../bench/src/lib/weight.ts';

describe('gzipSize', () => {
  it('is the length of a valid gzip stream of the body, much smaller for repetitive text', () => {
    const text = '人身安全保护令'.repeat(500);
    const n = gzipSize(text);
    expect(n).toBeGreaterThan(20);
    expect(n).toBeLessThan(Buffer.byteLength(text) / 10);
    expect(gzipSize(Buffer.from(text))).toBe(n);
  });
});

describe('classify', () => {
  it.each([
    ['document', 'text/html; charset=utf-8', '/', 'html'],
    ['stylesheet', 'text/css', '/_astro/a.css', 'css'],
    ['script', 'text/javascript', '/_astro/a.js', 'js'],
    ['fetch', 'text/javascript', '/pagefind/pagefind.js', 'js'],
    ['font', '', '/f.woff2', 'font'],
    ['other', 'application/octet-stream', '/fonts/x.woff2?v=1', 'font'],
    ['image', 'image/svg+xml', '/favicon.svg', 'image'],
    ['fetch', 'application/octet-stream', '/pagefind/index/en_1.pf_index', 'other'],
  ])('%s %s %s → %s', (type, ct, url, kind) => expect(classify(type, ct, url)).toBe(kind));
});

describe('summarize', () => {
  it('sums by kind, counts requests and lists fonts', () => {
    const w = summarize([
      { url: '/', kind: 'html', gzipBytes: 100, inline: { js: 30, css: 0 } },
      { url: '/a.css', kind: 'css', gzipBytes: 50 },
      { url: '/b.css', kind: 'css', gzipBytes: 25 },
      { url: '/f.woff2', kind: 'font', gzipBytes: 900 },
    ]);
    expect(w).toMatchObject({ html: 100, css: 75, js: 0, font: 900, requests: 4, fonts: ['/f.woff2'] });
    expect(pageBytes(w)).toBe(175);
    expect(allJs(w)).toBe(30);
  });
});

describe('inlineCode', () => {
  it('collects executable inline scripts and styles, not external scripts or JSON-LD', () => {
    const html = [
      '<script>window.a=1</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      '<script type="module">import "x"</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<style>.x{color:red}</style>',
    ].join('');
    expect(inlineCode(html)).toEqual({ js: 'window.a=1\nimport "x"', css: '.x{color:red}' });
    expect(inlineCode('<p>no code</p>')).toEqual({ js: '', css: '' });
  });
});
