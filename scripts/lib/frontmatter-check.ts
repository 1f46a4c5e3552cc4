/**
 * Validates content files against the site's own schemas (src/content.config.ts)
 * outside Astro, so each problem can be reported with its line and column:
 * `file:line:column  字段  message`. YAML is read with js-yaml, as Astro reads
 * it, so an unquoted date is caught exactly as the build would catch it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** One schema problem, located in the file. */
export interface SchemaProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. sessions.0.end. */
  field: string;
  message: string;
}

/** A Zod-like schema: only safeParse is used. */
export interface SafeParser {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string; keys?: string[] }[] } };
}

const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?\r?\n)?---/;

/** Splits a Markdown/MDX file into its YAML source and the line the YAML starts on (1-based). */
export function extractYaml(source: string, isDataFile: boolean): { yaml: string; firstLine: number } | null {
  if (isDataFile) return { yaml: source, firstLine: 1 };
  const m = FRONTMATTER.exec(source);
  if (!m) return null;
  return { yaml: m[1] ?? '', firstLine: 2 };
}

/** Finds the line/column of `path` in the YAML, falling back to the nearest existing parent. */
export function locate(yamlSource: string, path: PropertyKey[]): { line: number; column: number } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlSource, { lineCounter: counter });
  let node: unknown = doc.contents;
  let range: [number, number, number] | undefined = (doc.contents as Node | null)?.range ?? undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      range = keyNode.range ?? range;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      range = item.range ?? range;
      node = item;
    } else break;
  }
  const pos = counter.linePos(range?.[0] ?? 0);
  return { line: pos.line, column: pos.col };
}

/** Validates one file's frontmatter (or whole YAML data file) against `schema`. */
export function checkSource(file: string, source: string, schema: SafeParser, isDataFile = /\.ya?ml$/.test(file)): SchemaProblem[] {
  const extracted = extractYaml(source, isDataFile);
  if (!extracted) {
    return [
      {
        file,
        line: 1,
        column: 1,
        field: '',
        message: '文件开头缺少 frontmatter（用 --- 包起来的字段区）。修改建议：用 `npm run new` 生成新条目，或从同类文件复制开头部分。',
      },
    ];
  }
  let data: unknown;
  try {
    data = jsYaml.load(extracted.yaml) ?? {};
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    return [
      {
        file,
        line: (mark?.line ?? 0) + extracted.firstLine,
        column: (mark?.column ?? 0) + 1,
        field: '',
        message: `YAML 格式错误，无法读取字段。修改建议：检查这一行的冒号、缩进和引号是否成对（${(e as Error).message.split('\n')[0]}）。`,
      },
    ];
  }
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    // An unknown field is reported where it is written, not at its parent.
    const path = issue.keys?.length ? [...issue.path, issue.keys[0]!] : issue.path;
    const { line, column } = locate(extracted.yaml, path);
    return { file, line: line + extracted.firstLine - 1, column, field: path.map(String).join('.'), message: issue.message };
  });
}

/** Validates a file on disk. */
export function checkFile(path: string, schema: SafeParser, root = process.cwd()): SchemaProblem[] {
  return checkSource(relative(root, path) || path, readFileSync(path, 'utf8'), schema);
}

/** `file:line:column  field  message` for editors. */
export function formatProblem(p: SchemaProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.field || '(frontmatter)'}  ${p.message}`;
}
