/**
 * The lint runner: finds files, runs every rule, resolves positions, applies
 * safe fixes and prints the report. The CLI entry (scripts/lint-content.ts)
 * only forwards argv and the exit code.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Finding, FindingWithFix, Fix, LintContext, Rule, SourceFile } from './types.ts';
import { fileKindOf, parseSource, positionOf } from './source.ts';
import { buildContext, contentDir, walkFiles } from './context.ts';
import { RULES } from './rules/index.ts';
import { isImageFile } from './rules/privacy-image-gps.ts';

/** Turns a path into the forward-slash path relative to the lint root. */
export function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/** Stable order: file, line, column, then rule id and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Runs `rules` over one parsed file; findings come back sorted. */
export async function lintSource(file: SourceFile, ctx: LintContext, rules: readonly Rule[] = RULES): Promise<FindingWithFix[]> {
  const out: FindingWithFix[] = [];
  for (const rule of rules) {
    for (const raw of await rule.check(file, ctx)) {
      const pos = positionOf(file.lineStarts, raw.start);
      const endPos = positionOf(file.lineStarts, Math.max(raw.start, raw.end));
      // Multi-line spans (rare) end at the end of their first line.
      const nextLineStart = file.lineStarts[pos.line] ?? file.text.length + 1;
      const endColumn = endPos.line === pos.line ? endPos.column : nextLineStart - 1 - file.lineStarts[pos.line - 1]! + 1;
      out.push({
        file: raw.file ?? file.relPath,
        line: pos.line,
        column: pos.column,
        endColumn,
        severity: raw.severity ?? rule.severity,
        rule: rule.id,
        message: raw.message,
        hint: raw.hint,
        fixable: rule.fixable && raw.fix !== undefined,
        ...(rule.fixable && raw.fix ? { fix: raw.fix } : {}),
      });
    }
  }
  return out.sort(compareFindings);
}

/**
 * Applies non-overlapping fixes (first come, first served by offset) and
 * returns the new text. Overlapping fixes wait for the next pass, which
 * lints the fixed text again.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    if (f.start < pos) continue;
    out += text.slice(pos, f.start) + f.text;
    pos = f.end;
    applied.push(f);
  }
  return { text: out + text.slice(pos), applied };
}

const MAX_FIX_PASSES = 10;

/** What fixSource did: the new text, the findings left in it, and counts per rule. */
export interface FixResult {
  text: string;
  findings: FindingWithFix[];
  total: number;
  counts: Record<string, number>;
}

/**
 * Applies every safe fix of `rules` to `text` (as the file `rel`), re-linting
 * after each pass because one fix may enable or overlap another. Used by
 * `--fix` and by the importer, so both clean text the same way.
 */
export async function fixSource(text: string, rel: string, abs: string, ctx: LintContext, rules: readonly Rule[] = RULES): Promise<FixResult> {
  const counts: Record<string, number> = {};
  let total = 0;
  let findings = await lintSource(parseSource(text, rel, abs), ctx, rules);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = findings.filter((f) => f.fix).map((f) => ({ ...f.fix!, rule: f.rule }));
    if (fixes.length === 0) break;
    const { text: next, applied } = applyFixes(text, fixes);
    if (next === text) break;
    for (const f of applied as (Fix & { rule: string })[]) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    total += applied.length;
    text = next;
    findings = await lintSource(parseSource(text, rel, abs), ctx, rules);
  }
  return { text, findings, total, counts };
}

/** Which files a run covers: text files to lint and image assets to inspect. */
export interface FileSet {
  texts: string[];
  assets: string[];
}

/**
 * Where images can enter the site besides the content tree: public/ (copied as
 * is) and src/ (src/assets and any image a component imports).
 */
export const IMAGE_ROOTS = ['public', 'src'] as const;

/**
 * Expands CLI paths (files or folders) into text files and image assets.
 * Without paths: the content tree's texts, and images (by content, not by
 * name) in the content tree, public/ and src/.
 */
export function collectFiles(root: string, paths: string[], cwd: string): FileSet {
  const texts = new Set<string>();
  const assets = new Set<string>();
  const add = (abs: string, withTexts: boolean): void => {
    if (fileKindOf(abs)) {
      if (withTexts) texts.add(abs);
    } else if (isImageFile(abs)) assets.add(abs);
  };
  const visit = (abs: string, withTexts: boolean): void => {
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) walkFiles(abs).forEach((f) => add(f, withTexts));
    else add(abs, withTexts);
  };
  if (paths.length > 0) for (const p of paths) visit(resolve(cwd, p), true);
  else {
    visit(contentDir(root), true);
    for (const dir of IMAGE_ROOTS) visit(resolve(root, dir), false);
  }
  return { texts: [...texts].sort(), assets: [...assets].sort() };
}

/** Options of one lint run. */
export interface RunOptions {
  root: string;
  files: FileSet;
  fix?: boolean;
  ctx?: LintContext;
  rules?: readonly Rule[];
}

/** Result of a run: sorted findings, plus what --fix changed per file. */
export interface RunResult {
  findings: Finding[];
  fixed: { file: string; count: number; rules: Record<string, number> }[];
}

/** Lints (and optionally fixes) a set of files. */
export async function runLint(options: RunOptions): Promise<RunResult> {
  const { root, files } = options;
  const rules = options.rules ?? RULES;
  const ctx = options.ctx ?? buildContext(root);
  const findings: Finding[] = [];
  const fixed: RunResult['fixed'] = [];
  for (const abs of files.texts) {
    const rel = toRel(root, abs);
    const original = readFileSync(abs, 'utf8');
    let text = original;
    let result = await lintSource(parseSource(text, rel, abs), ctx, rules);
    if (options.fix) {
      const done = await fixSource(text, rel, abs, ctx, rules);
      text = done.text;
      result = done.findings;
      // Write only when something changed, so mtimes and git stay quiet.
      if (text !== original) {
        writeFileSync(abs, text, 'utf8');
        fixed.push({ file: rel, count: done.total, rules: done.counts });
      }
    }
    for (const f of result) {
      const { fix: _fix, ...plain } = f;
      findings.push(plain);
    }
  }
  if (files.assets.length > 0) {
    for (const rule of rules) {
      if (!rule.checkAssets) continue;
      for (const raw of await rule.checkAssets(files.assets, ctx)) {
        findings.push({
          file: raw.file ?? '',
          line: 1,
          column: 1,
          endColumn: 1,
          severity: raw.severity ?? rule.severity,
          rule: rule.id,
          message: raw.message,
          hint: raw.hint,
          fixable: false,
        });
      }
    }
  }
  return { findings: findings.sort(compareFindings), fixed };
}

/** One line per finding, as editors see it in the terminal and CI log. */
export function formatText(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}  （修改建议：${f.hint}）`;
}

/** JSON output: exactly the documented fields, in a fixed order. */
export function formatJson(findings: Finding[]): string {
  return JSON.stringify(
    findings.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      endColumn: f.endColumn,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      hint: f.hint,
      fixable: f.fixable,
    })),
    null,
    2,
  );
}

const USAGE = `用法：node scripts/lint-content.ts [选项] [文件或文件夹…]

检查内容文件夹（content/，或 GARDENIA_CONTENT 指定的文件夹）下的 .md / .mdx / .yaml / .yml 文件，
并按文件内容（不看扩展名）检查内容文件夹、public/ 和 src/ 里的图片。

选项：
  --fix            自动修复可以安全修复的问题（拼音注音、繁体字、半角标点），并报告改动；
                   其余问题（乱码、隐私、字段错误等）需要人工修改
  --format json    以 JSON 数组输出结果（默认 text）
  --root <目录>    网站根目录（包含 content/ 和 public/），默认当前目录
  --help           显示本帮助

退出码：有任何 error 时为 1，只有 warning 或没有问题时为 0。

规则：
${RULES.map((r) => `  ${r.id.padEnd(24)}${r.severity === 'error' ? 'error  ' : 'warning'}${r.fixable ? ' 可修复' : '       '}  ${r.description}`).join('\n')}
`;

/** Minimal output sinks, so tests can capture what the CLI prints. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

/** The CLI: parses argv, runs, prints; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let fix = false;
  let format: 'text' | 'json' = 'text';
  let root = io.cwd;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--fix') fix = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (v !== 'json' && v !== 'text') {
        io.err(`未知的输出格式：${v ?? '（空）'}，可选 text 或 json\n`);
        return 2;
      }
      format = v;
    } else if (a === '--root' || a.startsWith('--root=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      root = resolve(io.cwd, v ?? '.');
    } else if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      io.err(`未知选项：${a}\n\n${USAGE}`);
      return 2;
    } else paths.push(a);
  }
  const files = collectFiles(root, paths, io.cwd);
  const { findings, fixed } = await runLint({ root, files, fix });
  const log = format === 'json' ? io.err : io.out;
  for (const f of fixed) {
    const detail = Object.entries(f.rules)
      .sort()
      .map(([rule, n]) => `${rule} ×${n}`)
      .join('，');
    log(`已修复 ${f.file}：${f.count} 处（${detail}）\n`);
  }
  if (format === 'json') io.out(`${formatJson(findings)}\n`);
  else {
    for (const f of findings) io.out(`${formatText(f)}\n`);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    const fixable = findings.filter((f) => f.fixable).length;
    io.out(
      findings.length === 0
        ? `检查了 ${files.texts.length} 个文件，没有发现问题。\n`
        : `\n检查了 ${files.texts.length} 个文件：${errors} 个错误，${warnings} 个警告${fixable ? `；其中 ${fixable} 个可用 --fix 自动修复` : ''}。\n`,
    );
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
