import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/lib/lint/run.ts';

const FIXTURE = resolve(__dirname, '../../fixtures/lint/site');
const SCRIPT = resolve(__dirname, '../../../scripts/lint-content.ts');
const temps: string[] = [];

/** Runs the CLI in-process against `root`, capturing output. */
async function run(args: string[], root = FIXTURE): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), cwd: root });
  return { code, out, err };
}

function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-cli-'));
  cpSync(FIXTURE, dir, { recursive: true });
  temps.push(dir);
  return dir;
}

afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

describe('lint-content CLI', () => {
  it('exits 1 and prints one sorted line per finding when there are errors', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(1);
    const lines = out.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l));
    expect(lines).toContain('content/articles/bad.md:2:8  error  traditional-chars  “權”是繁体字，本站使用简体中文  （修改建议：改为“权”）');
    expect(lines).toContain(
      'content/cases/real-case.mdx:16:4  error  privacy-address  真实案例中出现了村（社区）一级的地名“岭头村”，可能让人找到当事人  （修改建议：地点最多写到乡镇一级，例如“福鼎市某镇”或“福鼎市某村”）',
    );
    expect(lines.some((l) => l.startsWith('public/images/gps.jpg:1:1  error  privacy-image-gps'))).toBe(true);
    expect(lines).toContain(
      'content/cases/real-case.mdx:11:5  error  schema  people.1.alias：「people.alias 化名」没有标注（化名）  （修改建议：案例中的人一律用化名，并写成“李李（化名）”）',
    );
    expect(lines.some((l) => l.startsWith('content/cases/real-case.mdx:') && l.includes('privacy-named-person'))).toBe(true);
    const keys = lines.map((l) => l.split('  ')[0]!);
    const parsed = keys.map((k) => k.split(':')).map(([f, l, c]) => [f!, Number(l), Number(c)] as const);
    const sorted = [...parsed].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(parsed).toEqual(sorted);
  });

  it('exits 0 when only warnings remain (clean article + station files)', async () => {
    const { code, out } = await run(['content/articles/good.mdx', 'content/stations']);
    expect(code).toBe(0);
    expect(out).toContain('stale-verification');
    expect(out).not.toContain('  error  ');
  });

  it('prints the documented JSON fields with --format json', async () => {
    const { code, out } = await run(['--format', 'json', 'content/articles/bad.md']);
    expect(code).toBe(1);
    const findings = JSON.parse(out) as Record<string, unknown>[];
    expect(Object.keys(findings[0]!)).toEqual(['file', 'line', 'column', 'endColumn', 'severity', 'rule', 'message', 'hint', 'fixable']);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([
      '2:8 traditional-chars',
      '17:4 pinyin-annotation',
      '17:14 halfwidth-punctuation',
      '17:18 halfwidth-punctuation',
      '17:27 broken-link',
    ]);
    expect(findings[0]).toMatchObject({ file: 'content/articles/bad.md', endColumn: 9, severity: 'error', fixable: true });
  });

  it('fixes what is safe on a temp copy, reports it, and keeps the rest', async () => {
    const root = tempCopy();
    const before = readFileSync(join(root, 'content/articles/good.mdx'), 'utf8');
    const { code, out } = await run(['--fix', 'content/articles'], root);
    expect(out).toContain('已修复 content/articles/bad.md：4 处');
    expect(readFileSync(join(root, 'content/articles/bad.md'), 'utf8')).toBe(
      readFileSync(join(FIXTURE, 'content/articles/bad.md'), 'utf8').replace('權', '权').replace('权(quán)益的问题,请注意.', '权益的问题，请注意。'),
    );
    // Untouched files are not rewritten; the broken link is left for a human.
    expect(readFileSync(join(root, 'content/articles/good.mdx'), 'utf8')).toBe(before);
    expect(code).toBe(1);
    expect(out).toContain('broken-link');
    expect(out).not.toContain('  halfwidth-punctuation  ');
    // A second run finds nothing more to fix.
    const again = await run(['--fix', 'content/articles'], root);
    expect(again.out).not.toContain('已修复');
  });

  it('runs as a real process under Node type stripping and sets the exit code', () => {
    const res = spawnSync(process.execPath, [SCRIPT, '--root', FIXTURE, '--format', 'json', join(FIXTURE, 'content/articles/good.mdx')], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([]);
  });
});
