/**
 * The editors' workflow end to end, with the real scripts and a real
 * `astro build`: `npm run new` for every collection and `npm run import` for a
 * dirty report write drafts that pass the lint and build; drafts stay out of
 * the site until draft is flipped to false (stations too); a published entry still holding “【待填写】” fails the lint.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, cleanEnv, root } from './helpers.ts';

/** Runs a script of the project with node, as `npm run …` would, against the temp content tree. */
function node(args: string[], content: string, cwd = root) {
  const run = spawnSync(process.execPath, args, { cwd, env: cleanEnv({ GARDENIA_CONTENT: content }), encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const TITLES = {
  articles: '离婚冷静期怎么算',
  cases: '丈夫酒后动手她申请了保护令',
  opendays: '三八妇女节检察开放日',
  pages: '如何预约法律咨询',
  stations: '示例镇妇女儿童维权工作室',
} as const;
type Collection = keyof typeof TITLES;
const COLLECTIONS = Object.keys(TITLES) as Collection[];
const ROUTE = (c: Collection, slug: string) => (c === 'pages' ? `${slug}/index.html` : `${c}/${slug}/index.html`);

describe('editor workflow: new → lint → astro build', () => {
  const site = mkdtempSync(join(tmpdir(), 'gardenia-editor-'));
  const content = join(site, 'content');
  const created = {} as Record<Collection, { rel: string; slug: string; out: string }>;
  let imported: { rel: string; slug: string; out: string };
  let draftBuild: ReturnType<typeof build>;

  beforeAll(() => {
    cpSync(join(root, 'tests/fixtures/site'), content, { recursive: true });
    for (const c of COLLECTIONS) {
      const res = node([join(root, 'scripts/new-entry.ts'), c, TITLES[c]], content, site);
      const rel = /已新建\S*：(\S+)/.exec(res.out)?.[1] ?? '';
      created[c] = { rel, slug: rel.replace(/^.*\/|\.\w+$/g, ''), out: res.out + res.err };
    }
    const res = node([join(root, 'scripts/import-text.ts'), join(root, 'tests/fixtures/import/dirty-news-report.txt'), '--as', 'cases'], content, site);
    const rel = /导入为\S*草稿：(\S+)/.exec(res.out)?.[1] ?? '';
    imported = { rel, slug: rel.replace(/^.*\/|\.\w+$/g, ''), out: res.out + res.err };
    draftBuild = build(content);
  }, 300_000);

  it.each(COLLECTIONS)('npm run new %s writes a file at a pinyin path and prints how to preview it', (c) => {
    const { rel, slug, out } = created[c];
    expect(rel, out).toMatch(new RegExp(`^content/${c}/[a-z0-9-]+\\.${c === 'stations' ? 'yaml' : 'mdx'}$`));
    expect(existsSync(join(site, rel))).toBe(true);
    expect(out).toContain('npm run dev');
    expect(out).toContain(`http://localhost:4321/${c === 'pages' ? '' : `${c}/`}${slug}/`);
  });

  it.each(COLLECTIONS)('the new %s entry passes the content lint', (c) => {
    const res = node([join(root, 'scripts/lint-content.ts'), '--format', 'json', created[c].rel], content, site);
    const findings = JSON.parse(res.out) as { severity: string; rule: string }[];
    expect(res.status, res.out + res.err).toBe(0);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the site builds with the new drafts, which stay out of it', () => {
    expect(draftBuild.status, draftBuild.log).toBe(0);
    for (const c of COLLECTIONS) expect(existsSync(join(draftBuild.out, ROUTE(c, created[c].slug))), c).toBe(false);
    expect(existsSync(join(draftBuild.out, ROUTE('cases', imported.slug)))).toBe(false);
  });

  it('the imported draft lints clean except for exactly the findings the importer reported', () => {
    expect(imported.rel, imported.out).toMatch(/^content\/cases\/[a-z0-9-]+\.mdx$/);
    expect(readFileSync(join(site, imported.rel), 'utf8')).toContain('draft: true');
    const res = node([join(root, 'scripts/lint-content.ts'), '--format', 'json', imported.rel], content, site);
    const findings = JSON.parse(res.out) as { file: string; line: number; column: number; severity: string; rule: string }[];
    // The dirty report has one 60+ character sentence: the importer reports it like the rest.
    expect(findings.map((f) => f.rule).sort()).toEqual(['broken-encoding', 'long-sentence', 'placeholder', 'placeholder', 'privacy-phone']);
    for (const f of findings) expect(imported.out).toContain(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}`);
  });

  it('after draft is flipped to false every entry is in the built site, and the lint blocks unfilled placeholders', () => {
    for (const { rel } of [...Object.values(created), imported]) {
      const path = join(site, rel);
      writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true', 'draft: false'));
    }
    const { out, status, log } = build(content);
    expect(status, log).toBe(0);
    for (const c of COLLECTIONS) expect(existsSync(join(out, ROUTE(c, created[c].slug))), c).toBe(true);
    expect(existsSync(join(out, ROUTE('cases', imported.slug)))).toBe(true);
    expect(readFileSync(join(out, ROUTE('articles', created.articles.slug)), 'utf8')).toContain(TITLES.articles);

    const lint = node([join(root, 'scripts/lint-content.ts'), '--format', 'json', created.articles.rel], content, site);
    expect(lint.status).toBe(1);
    const findings = JSON.parse(lint.out) as { severity: string; rule: string }[];
    expect(findings.some((f) => f.rule === 'placeholder' && f.severity === 'error')).toBe(true);
  }, 300_000);
});
