/**
 * schema: the frontmatter (or YAML file) must satisfy the site's own schema in
 * src/content.config.ts — the same check `astro build` makes, reported here
 * with a line and column so editors see it next to the other findings. The
 * collection comes from the folder: content/<collection>/…, and
 * content/figures.yaml, report.yaml, holidays.yaml and glossary.yaml for the list files.
 */
import { schemas } from '../../../../src/content.config.ts';
import { checkSource, type SafeParser, type SchemaProblem } from '../../frontmatter-check.ts';
import type { RawFinding, Rule, SourceFile } from '../types.ts';

/** Collections with a schema, as named by their folder under content/. */
export type SchemaName = keyof typeof schemas;

const FOLDERS = ['articles', 'cases', 'opendays', 'pages', 'stations', 'laws', 'cards'] as const;

/** Single-file collections at the top of content/. */
const LIST_FILES: Record<string, SchemaName> = { 'figures.yaml': 'figures', 'report.yaml': 'report', 'holidays.yaml': 'holidays', 'glossary.yaml': 'glossary' };

/**
 * Which schema a file answers to, from its path relative to the lint root, or
 * undefined for files that belong to no collection (townships.yaml, notes).
 * Works for the site (content/articles/x.mdx) and for a bare content tree such
 * as GARDENIA_CONTENT (articles/x.mdx).
 */
export function collectionOf(relPath: string): SchemaName | undefined {
  const parts = relPath.split('/');
  const at = parts.indexOf('content');
  const rest = at === -1 ? parts : parts.slice(at + 1);
  if (rest.length === 1) return LIST_FILES[rest[0]!];
  const folder = rest.find((p, i) => i < rest.length - 1 && (FOLDERS as readonly string[]).includes(p));
  if (!folder) return undefined;
  const yaml = /\.ya?ml$/i.test(relPath);
  // A Markdown file in stations/ or laws/, or a YAML file elsewhere, is not loaded by Astro's glob.
  return (folder === 'stations' || folder === 'laws') === yaml ? (folder as SchemaName) : undefined;
}

/** figures.yaml and holidays.yaml are lists; the build checks each item on its own. */
function listOf(item: SafeParser, file: string, start: string): SafeParser {
  return {
    safeParse(data: unknown) {
      if (!Array.isArray(data)) {
        return { success: false, error: { issues: [{ path: [], message: `${file} 应是一个列表，每项以“${start}”开头。修改建议：对照现有条目的格式修改。` }] } };
      }
      const issues = data.flatMap((entry, i) => {
        const r = item.safeParse(entry);
        return r.success ? [] : r.error.issues.map((iss) => ({ ...iss, path: [i, ...iss.path] }));
      });
      return issues.length ? { success: false, error: { issues } } : { success: true };
    },
  };
}

/** The parser for a collection. */
export function parserFor(name: SchemaName): SafeParser {
  const schema = schemas[name] as unknown as SafeParser;
  if (name === 'figures') return listOf(schema, 'figures.yaml', '- id:');
  if (name === 'report') return listOf(schema, 'report.yaml', '- id:');
  if (name === 'holidays') return listOf(schema, 'holidays.yaml', '- year:');
  if (name === 'glossary') return listOf(schema, 'glossary.yaml', '- id:');
  return schema;
}

const GENERIC_HINT = '对照编辑指南的字段参考（docs/fields.md）修改这个字段';

/** Splits a schema message at its 修改建议 into the lint's message and hint. */
export function splitHint(message: string): { message: string; hint: string } {
  const at = message.indexOf('修改建议：');
  if (at === -1) return { message: message.trim(), hint: GENERIC_HINT };
  return {
    message: message
      .slice(0, at)
      .replace(/[。，；\s]+$/, '')
      .trim(),
    hint: message
      .slice(at + 5)
      .replace(/。$/, '')
      .trim(),
  };
}

/** Turns a located schema problem into a finding on the file's offsets. */
function toFinding(file: SourceFile, p: SchemaProblem): RawFinding {
  const lineStart = file.lineStarts[Math.max(0, p.line - 1)] ?? 0;
  const lineEnd = file.lineStarts[p.line] !== undefined ? file.lineStarts[p.line]! - 1 : file.text.length;
  const start = Math.min(lineStart + Math.max(0, p.column - 1), lineEnd);
  // Underline the key (or value) the problem is about, up to the colon or line end.
  const rest = file.text.slice(start, lineEnd);
  const len = /^[^:\n]*/.exec(rest)![0].trimEnd().length;
  const { message, hint } = splitHint(p.message);
  return { start, end: start + (len || Math.min(1, rest.length)), message: p.field ? `${p.field}：${message}` : message, hint };
}

/** Checks one file against its collection's schema. */
export function findSchemaProblems(file: SourceFile): RawFinding[] {
  const name = collectionOf(file.relPath);
  if (!name) return [];
  return checkSource(file.relPath, file.text, parserFor(name), file.kind === 'yaml').map((p) => toFinding(file, p));
}

/** The rule: see findSchemaProblems. */
export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  fixable: false,
  description: '字段不符合内容规范（缺少必填字段、日期格式、拼错的字段名等，与 astro build 的检查相同）',
  check: (file) => findSchemaProblems(file),
};
