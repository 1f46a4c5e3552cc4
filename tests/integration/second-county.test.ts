/**
 * Re-badging: another county's config file (tests/fixtures/second-county)
 * and a few content files build a complete site with its own name, region,
 * townships, languages and hotlines — and nothing of 福鼎.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, cleanEnv, root } from './helpers.ts';

const fixture = join(root, 'tests/fixtures/second-county');
const env = { GARDENIA_SITE_CONFIG: join(fixture, 'site.config.ts') };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

describe('a second county', () => {
  it('passes the content lint with its own config (its languages and township codes)', () => {
    const run = spawnSync(process.execPath, ['scripts/lint-content.ts'], {
      cwd: root,
      env: cleanEnv({ ...env, GARDENIA_CONTENT: join(fixture, 'content') }),
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('测试县妇联');
  });

  it('builds with astro build, showing its own organisation, townships and hotlines and nothing of 福鼎', () => {
    const { out, status, log } = build(join(fixture, 'content'), env);
    expect(status, log).toBe(0);
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const file of pages) expect(readFileSync(file, 'utf8'), relative(out, file)).not.toMatch(/福鼎|350982/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('测试县妇女儿童维权服务站（示例，非真实机构）');
    const station = readFileSync(join(out, 'stations/test-station/index.html'), 'utf8');
    expect(station).toContain('松城街道');
    expect(station).toContain('闽东话');
    // The children topic asks for the emergency, youth and women lines; this county has no youth line.
    const article = readFileSync(join(out, 'articles/child-safety/index.html'), 'utf8');
    const help = article.slice(article.indexOf('id="help-title"'));
    expect(help).toContain('href="tel:110"');
    expect(help).toContain('href="tel:12338"');
    expect(article).not.toContain('12355');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('https://second-county.example/stations/test-station/');
  }, 240_000);
});
