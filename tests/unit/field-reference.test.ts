import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/content.config.ts';
import { generate, readDocComments, renderFieldReference } from '../../scripts/lib/fields/field-reference.ts';

const root = resolve(import.meta.dirname, '../..');
const schemaFile = resolve(root, 'src/content.config.ts');
const doc = generate(schemas, schemaFile);
const source = readFileSync(schemaFile, 'utf8');
const row = (path: string) => doc.split('\n').find((l) => l.startsWith(`| \`${path}\` |`));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The one-line doc comment nearest above the first source line containing `marker`. */
const commentAbove = (marker: string): string => {
  const lines = source.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  for (let i = at - 1; i >= 0; i--) {
    const m = /^\s*\/\*\* (.+) \*\/\s*$/.exec(lines[i]!);
    if (m) return m[1]!;
  }
  throw new Error(`no doc comment above ${marker}`);
};
/** The 说明 cells of the reference's field tables. */
const docCells = doc
  .split('\n')
  .filter((l) => l.startsWith('| `'))
  .map((l) => l.split(/(?<!\\)\|/)[5]!.trim());

describe('field reference', () => {
  it('has a section for every collection', () => {
    for (const name of Object.keys(schemas)) expect(doc).toContain(`（${name}）`);
  });

  it.each([
    ['title', new RegExp(`文字（2–40 字） \\| 必填 \\|.*${escape(commentAbove("text('title 标题'"))}.*标题：写一个 2–40 字的标题`)],
    ['draft', /true \/ false \| 可不填，默认 `false`/],
    ['laws[].source', new RegExp(`网址 \\| 必填 \\|.*${escape(commentAbove("webUrl('laws.source 官方文本地址'"))}`)],
    ['review.reviewer', /status: reviewed 时必填/],
    ['people[].alias', new RegExp(escape(commentAbove("hint('people.alias 化名'")))],
    ['venue.name', new RegExp(escape(commentAbove("text('venue.name 地点名称'")))],
  ])('describes %s with its type, requirement, values and doc comment', (path, expected) => {
    expect(row(path)).toMatch(expected);
  });

  it('lists the allowed values of an enum', () => {
    expect(doc).toMatch(/\| `kind` \| 选项 \| 必填 \| `real`、`scenario` \|/);
  });

  it('takes each comment from the object the field belongs to (source of a case ≠ source of a law)', () => {
    const rows = doc.split('\n').filter((l) => l.startsWith('| `source` |'));
    const caseSource = commentAbove("text('source.publisher 来源'");
    const figureSource = commentAbove("text('source 出处'");
    expect(caseSource).not.toBe(figureSource);
    expect(rows.some((l) => l.includes(caseSource))).toBe(true);
    expect(rows.some((l) => l.includes(figureSource))).toBe(true);
  });

  it('gives editors the 说明 column in Chinese', () => {
    expect(docCells.length).toBeGreaterThan(0);
    for (const cell of docCells.filter(Boolean)) expect(cell).toMatch(/\p{Script=Han}/u);
    expect(doc).not.toContain('（英文）');
  });

  it('reads comments through spreads of shared fields', () => {
    const { literals } = readDocComments('const base = {\n  /** The title. */\n  title: x,\n};\nconst a = {\n  ...base,\n  /** More. */\n  more: y,\n};\n');
    const a = literals.find((l) => l.keys.has('more'))!;
    expect(Object.fromEntries(a.docs)).toEqual({ title: 'The title.', more: 'More.' });
  });

  it('is deterministic', () => {
    expect(renderFieldReference(schemas, source)).toBe(doc);
  });

  it('docs/fields.md is up to date, and --check says so with exit 0', () => {
    const res = spawnSync(process.execPath, [resolve(root, 'scripts/field-reference.ts'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    expect(readFileSync(resolve(root, 'docs/fields.md'), 'utf8')).toBe(doc);
  });
});
