/**
 * The real `astro build` on small fixture trees: drafts and scheduled entries
 * stay out of the site and the sitemap; bad frontmatter stops the build with
 * a Chinese message naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, root } from './helpers.ts';

/** The fixture site, built once for the tests that only read it. */
let fixture: ReturnType<typeof build> | undefined;
const fixtureBuild = () => (fixture ??= build(join(root, 'tests/fixtures/site')));

describe('astro build on fixture content', () => {
  it('builds published entries and leaves drafts and scheduled entries out of pages and sitemap', () => {
    const { out, status, log } = fixtureBuild();
    expect(status, log).toBe(0);
    expect(existsSync(join(out, 'articles/published/index.html'))).toBe(true);
    expect(existsSync(join(out, 'articles/a-draft/index.html'))).toBe(false);
    expect(existsSync(join(out, 'articles/scheduled/index.html'))).toBe(false);
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/articles/published/');
    expect(sitemap).not.toContain('a-draft');
    expect(sitemap).not.toContain('scheduled');
    expect(readFileSync(join(out, 'articles/index.html'), 'utf8')).not.toContain('草稿文章');
  }, 240_000);

  it('gives every page one script, whose page-specific parts are separate files it imports only where used', () => {
    const { out, status, log } = fixtureBuild();
    expect(status, log).toBe(0);
    const pages = (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(10);
    const entries = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      const modules = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
      expect(modules, page).toHaveLength(1);
      expect(html, `${page}: no inline module script`).not.toMatch(/<script type="module">/);
      entries.add(modules[0]!);
    }
    expect([...entries]).toHaveLength(1);
    const entry = readFileSync(join(out, [...entries][0]!), 'utf8');
    // The search page's code is a chunk of its own, not in the file every page loads.
    const chunks = [...entry.matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((m) => m[1]!);
    expect(chunks.some((c) => c.startsWith('search.'))).toBe(true);
    for (const chunk of chunks) expect(existsSync(join(out, '_astro', chunk)), chunk).toBe(true);
    // Not the search page's parts (its runner and renderer); the header warm-up's small WebAssembly probe is meant to be there.
    expect(entry).not.toContain('data-search-filter-groups');
    // Vite's preload helper is replaced (scripts/lib/vite/plain-dynamic-import.ts): it would add 0.7 KB gzipped to every page.
    expect(entry).not.toContain('modulepreload');
  }, 240_000);

  it('splits a long list into pages of 20 at stable addresses, with links both ways', () => {
    const content = mkdtempSync(join(tmpdir(), 'gardenia-many-'));
    cpSync(join(root, 'tests/fixtures/site'), content, { recursive: true });
    const published = readFileSync(join(content, 'articles/published.mdx'), 'utf8');
    // 24 more published articles in the 'domestic-violence' topic: 25 in all, so 2 pages.
    for (let i = 1; i <= 24; i++) {
      const day = String(i).padStart(2, '0');
      writeFileSync(
        join(content, `articles/extra-${day}.mdx`),
        published.replace('已发布的文章', `第 ${i} 篇补充文章`).replace('"2026-01-05"', `"2025-12-${day}"`),
      );
    }
    const { out, status, log } = build(content);
    expect(status, log).toBe(0);
    // One entry card per article in the list (EntryCard marks its <li> with data-card).
    const cards = (html: string) => (html.match(/<li\b[^>]*\sdata-card[\s>]/g) ?? []).length;
    const first = readFileSync(join(out, 'articles/index.html'), 'utf8');
    const second = readFileSync(join(out, 'articles/page/2/index.html'), 'utf8');
    expect(cards(first)).toBe(20);
    expect(cards(second)).toBe(5);
    expect(first).toContain('href="/articles/page/2/" rel="next"');
    expect(second).toContain('href="/articles/" rel="prev"');
    expect(existsSync(join(out, 'articles/page/3/index.html'))).toBe(false);
    expect(existsSync(join(out, 'articles/topic/domestic-violence/page/2/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('/articles/page/2/');
  }, 240_000);

  it('stops on an impossible date with the file, the field and a Chinese fix hint', () => {
    const content = mkdtempSync(join(tmpdir(), 'gardenia-bad-'));
    cpSync(join(root, 'tests/fixtures/site'), content, { recursive: true });
    writeFileSync(join(content, 'articles/bad.mdx'), readFileSync(join(root, 'tests/fixtures/frontmatter/bad-impossible-date.mdx')));
    const { status, log } = build(content);
    expect(status).not.toBe(0);
    expect(log).toContain('articles/bad.mdx');
    expect(log).toMatch(/publishDate.*「publishDate 发布日期」不是真实存在的日期/);
    expect(log).toContain('修改建议');
  }, 240_000);
});
