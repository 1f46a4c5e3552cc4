import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../scripts/lib/check-site/run.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Runs the CLI's main on a fixture tree; returns exit code and stdout lines. */
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd: root });
  return { code, lines: out.split('\n').filter(Boolean), err };
}

const fixture = (name: string) => `tests/fixtures/check-site/${name}`;

/** One defect planted in a copy of the valid site: in `file`, `find` becomes `replace`. */
interface Defect {
  file: string;
  find: string;
  replace: string;
}

/** A copy of the valid fixture with the defects applied; returns its absolute path. */
function broken(...defects: Defect[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-site-'));
  cpSync(resolve(root, fixture('valid')), dir, { recursive: true });
  for (const d of defects) {
    const path = join(dir, d.file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(d.find)) throw new Error(`fixture: ${d.find} not in ${d.file}`);
    writeFileSync(path, text.replace(d.find, d.replace));
  }
  return dir;
}

const DEFECTS: Record<string, Defect[]> = {
  // A fragment that names no element, and a link to a page that was never built.
  'broken-link': [
    { file: 'index.html', find: '<a href="/about/#contact">', replace: '<a href="/about/#phone">' },
    { file: 'index.html', find: '    </main>', replace: '      <p><a href="/services/">服务</a></p>\n    </main>' },
  ],
  // An image without alt, and one whose file is not in the build.
  'missing-alt': [
    {
      file: 'index.html',
      find: '<img src="/logo.svg" alt="栀子花标志" width="16" height="16">',
      replace: '<img src="/logo.svg" width="16" height="16">\n      <img src="/photo.jpg" alt="服务站门口" width="16" height="16">',
    },
  ],
  // A <div> inside a <p>, and an id used twice.
  'invalid-html': [
    {
      file: 'about/index.html',
      find: '    </main>',
      replace: '      <p>开放时间<div>周一至周五</div></p>\n      <span id="contact">重复的 id</span>\n    </main>',
    },
  ],
  // The sitemap names a page the build does not have (a draft).
  'draft-in-sitemap': [{ file: 'sitemap-0.xml', find: '</urlset>', replace: '  <url><loc>https://example.org/articles/draft-post/</loc></url>\n</urlset>' }],
};

describe('check-site CLI', () => {
  it('passes a valid built site and says so', async () => {
    const { code, lines, err } = await cli('--dir', fixture('valid'));
    expect(lines).toEqual([]);
    expect(code).toBe(0);
    expect(err).toMatch(/3 pages, no problems/);
  });

  it.each([
    [
      'broken-link',
      [
        'index.html:19:38 [links] <a href="/about/#phone">: no element with id "phone" in about/index.html',
        'index.html:21:11 [links] <a href="/services/"> leads nowhere: no services/index.html',
      ],
    ],
    [
      'missing-alt',
      [
        'index.html:20:8 [images] <img src="/logo.svg"> has no alt attribute',
        'index.html:21:8 [images] <img> image "/photo.jpg" is not in the build: no photo.jpg',
      ],
    ],
    [
      'invalid-html',
      ['about/index.html:21:8 [html] Element <p> is implicitly closed by adjacent <div>', 'about/index.html:22:17 [html] Duplicate ID "contact"'],
    ],
    ['draft-in-sitemap', ['sitemap-0.xml [sitemap] lists /articles/draft-post/, which is not a built page']],
  ])('fails on %s, naming the page and the problem', async (name, expected) => {
    const dir = broken(...DEFECTS[name]!);
    const { code, lines } = await cli(`--dir=${dir}`);
    expect(code).toBe(1);
    for (const e of expected)
      expect(
        lines.some((l) => l.startsWith(`${dir}/${e}`)),
        `${e}\nin\n${lines.join('\n')}`,
      ).toBe(true);
  });

  it('stops with usage on an unknown argument and with a hint on a missing directory', async () => {
    expect((await cli('--nope')).code).toBe(2);
    const missing = await cli('--dir', 'no/such/dist');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/npm run build/);
  });
});
