import { describe, expect, it } from 'vitest';
import { siteFromFiles } from '../../../scripts/lib/check-site/site.ts';
import { compatFindings, floorBrowsers } from '../../../scripts/lib/check-site/compat.ts';

const page = (head: string, body = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

async function findings(files: Record<string, string>) {
  const site = await siteFromFiles('/site', new Map(Object.entries(files).map(([k, v]) => [k, () => v])));
  return compatFindings(site, floorBrowsers());
}

describe('the compat check (browser floor from package.json)', () => {
  it('passes CSS and JS the floor has', async () => {
    expect(
      await findings({
        'index.html': page('<style>a{color:#123}</style><script type="module">document.body.textContent="";var a=[1].map(function(x){return x})</script>'),
        '_astro/a.css': '.b{display:flex;padding-left:1rem}',
        '_astro/a.js': 'export const f = (a) => a && a.b;',
      }),
    ).toEqual([]);
  });

  it.each([
    ['cascade layers', '_astro/a.css', '@layer base{a{color:red}}', /css-cascade-layers/],
    ['CSS nesting', '_astro/a.css', '.a{&:hover{color:red}}', /css-nesting/],
    ['optional chaining (Safari 12.2)', '_astro/a.js', 'export const f = (a) => a?.b;', /no-optional-chaining/],
    ['Element.replaceChildren (Chromium 86)', '_astro/a.js', 'document.body.replaceChildren();', /replaceChildren/],
    ['Array.prototype.at', '_astro/a.js', 'export const f = (a) => [1, 2].at(-1);', /at/],
    ['structuredClone', '_astro/a.js', 'export const f = (a) => structuredClone(a);', /structuredClone/],
    ['RegExp lookbehind (Safari 16.4)', '_astro/a.js', 'export const r = /(?<=a)b/;', /lookbehind/],
  ])('reports %s with file, line and a fix hint', async (_, file, code, what) => {
    const found = await findings({ [file]: code });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.file).toBe(file);
    expect(found[0]!.line).toBe(1);
    expect(found.map((f) => f.message).join('\n')).toMatch(what);
    expect(found[0]!.message).toContain('修复');
  });

  it('checks inline <script type="module"> blocks and names the page and line', async () => {
    const found = await findings({ 'a/index.html': page('', '\n\n<script type="module">window.x = a ?? 1;</script>') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'a/index.html', line: 3 });
    expect(found[0]!.message).toMatch(/nullish/);
  });

  it('ignores JSON-LD and other data blocks', async () => {
    expect(await findings({ 'index.html': page('<script type="application/ld+json">{"a?.b":1}</script>') })).toEqual([]);
  });

  it("does not report what the allow-list covers (Pagefind's unused UI bundle)", async () => {
    expect(await findings({ 'pagefind/pagefind-ui.js': 'export const f = (a) => a?.b ?? 1;' })).toEqual([]);
  });
});
