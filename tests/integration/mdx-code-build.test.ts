/**
 * An MDX file that tries to run code on the build machine stops `astro build`
 * (the build guard integration, without the content lint in front of it), and
 * the code never runs: the marker file it would create does not appear.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, root } from './helpers.ts';

describe('code in MDX', () => {
  it('fails the build, names file, line and rule, and never runs', () => {
    const content = mkdtempSync(join(tmpdir(), 'gardenia-mdx-code-'));
    cpSync(join(root, 'tests/fixtures/site'), content, { recursive: true });
    const marker = join(mkdtempSync(join(tmpdir(), 'gardenia-marker-')), 'ran');
    const published = readFileSync(join(content, 'articles/published.mdx'), 'utf8');
    const fmEnd = published.indexOf('\n---\n', 4) + 5;
    const evil = `${published.slice(0, fmEnd)}\nexport const x = (await import('node:child_process')).execSync('touch ${marker}')\n\n正文。\n`;
    writeFileSync(join(content, 'articles/evil.mdx'), evil);
    const line = evil.slice(0, evil.indexOf('export const')).split('\n').length;

    const run = build(content);
    expect(run.status).not.toBe(0);
    expect(run.log).toMatch(new RegExp(`articles/evil\\.mdx:${line}:1\\s+error\\s+mdx-code\\s+`));
    expect(run.log).toContain('修改建议');
    expect(existsSync(marker)).toBe(false);
  }, 240_000);
});
