import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
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

describe('check-site CLI', () => {
  it('passes a valid built site and says so', async () => {
    const { code, lines, err } = await cli('--dir', fixture('valid'));
    expect(lines).toEqual([]);
    expect(code).toBe(0);
    expect(err).toMatch(/3 pages, no problems/);
  });

  it.each([
    ['broken-link', ['index.html:19:38 [links] <a href="/about/#phone">: no element with id "phone" in about/index.html', 'index.html:21:11 [links] <a href="/services/"> leads nowhere: no services/index.html']],
    ['missing-alt', ['index.html:20:8 [images] <img src="/logo.svg"> has no alt attribute', 'index.html:21:8 [images] <img> image "/photo.jpg" is not in the build: no photo.jpg']],
    ['invalid-html', ['about/index.html:21:8 [html] Element <p> is implicitly closed by adjacent <div>', 'about/index.html:22:17 [html] Duplicate ID "contact"']],
    ['draft-in-sitemap', ['sitemap-0.xml [sitemap] lists /articles/draft-post/, which is not a built page']],
  ])('fails on %s, naming the page and the problem', async (name, expected) => {
    const { code, lines } = await cli(`--dir=${fixture(name)}`);
    expect(code).toBe(1);
    for (const e of expected) expect(lines.some((l) => l.startsWith(`${fixture(name)}/${e}`)), `${e}\nin\n${lines.join('\n')}`).toBe(true);
  });

  it('stops with usage on an unknown argument and with a hint on a missing directory', async () => {
    expect((await cli('--nope')).code).toBe(2);
    const missing = await cli('--dir', 'no/such/dist');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/npm run build/);
  });
});
