/**
 * The field reference (docs/fields.md), generated from the schemas in
 * src/content.config.ts so it can never drift from what the build accepts:
 * each field's name, type, whether it is required (or its default), the
 * allowed values, the one-line doc comment written above it in the schema
 * file, and the Chinese fix hint the schema gives when it is missing.
 *
 * Zod keeps no comments, so they are read from the schema file's source with
 * the TypeScript parser and matched to Zod objects by their set of keys (the
 * schema file builds every object from one literal, spreading `base` in).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The slice of Zod's runtime shape this module reads. */
export interface ZodLike {
  type: string;
  def: Record<string, unknown> & { type: string };
  minLength?: number | null;
  maxLength?: number | null;
  description?: string;
  isInt?: boolean;
  safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } };
}

/** One row of the reference. */
export interface FieldRow {
  path: string;
  type: string;
  required: string;
  values: string;
  doc: string;
  hint: string;
}

// ---------------------------------------------------------------- doc comments

/** Object literals of the schema source: their keys and each key's doc comment. */
export interface LiteralDocs {
  keys: Set<string>;
  docs: Map<string, string>;
}

function docOf(node: ts.Node, text: string): string {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  if (!last) return '';
  return text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((l) => l.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Reads every object literal of `source` with its keys (spreads resolved) and comments. */
export function readDocComments(source: string): { literals: LiteralDocs[]; variables: Map<string, string> } {
  const file = ts.createSourceFile('content.config.ts', source, ts.ScriptTarget.Latest, true);
  const objectVars = new Map<string, ts.ObjectLiteralExpression>();
  const variables = new Map<string, string>();
  const visitVars = (node: ts.Node): void => {
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        variables.set(d.name.text, docOf(node, source));
        if (d.initializer && ts.isObjectLiteralExpression(d.initializer)) objectVars.set(d.name.text, d.initializer);
      }
    }
    ts.forEachChild(node, visitVars);
  };
  visitVars(file);
  const read = (lit: ts.ObjectLiteralExpression, into: LiteralDocs): void => {
    for (const p of lit.properties) {
      if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression)) {
        const target = objectVars.get(p.expression.text);
        if (target) read(target, into);
      } else if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        into.keys.add(p.name.text);
        const doc = docOf(p, source);
        if (doc) into.docs.set(p.name.text, doc);
      }
    }
  };
  const literals: LiteralDocs[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const entry: LiteralDocs = { keys: new Set(), docs: new Map() };
      read(node, entry);
      if (entry.keys.size) literals.push(entry);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { literals, variables };
}

export function docsFor(keys: string[], literals: LiteralDocs[]): Map<string, string> {
  const match = literals.find((l) => l.keys.size === keys.length && keys.every((k) => l.keys.has(k)));
  return match?.docs ?? new Map();
}

// ---------------------------------------------------------------- Zod walking

const asZod = (v: unknown): ZodLike => v as ZodLike;

/** Unwraps optional/default/nullable; says whether the field may be left out and its default. */
export function unwrap(s: ZodLike): { inner: ZodLike; optional: boolean; fallback?: unknown } {
  let inner = s;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    if (inner.type === 'optional' || inner.type === 'nullable') optional = true;
    else if (inner.type === 'default' || inner.type === 'prefault') {
      optional = true;
      const d = inner.def.defaultValue;
      fallback = typeof d === 'function' ? (d as () => unknown)() : d;
    } else break;
    inner = asZod(inner.def.innerType);
  }
  return fallback === undefined ? { inner, optional } : { inner, optional, fallback };
}

/** Chinese name of a type, with its format. */
function typeName(s: ZodLike): string {
  switch (s.type) {
    case 'string': {
      const format = s.def.format as string | undefined;
      if (format === 'url') return '网址';
      if (format === 'date') return '日期 "YYYY-MM-DD"';
      const min = s.minLength ?? undefined;
      const max = s.maxLength ?? undefined;
      return min || max ? `文字（${min ?? 0}–${max ?? '不限'} 字）` : '文字';
    }
    case 'pipe':
      return typeName(asZod(s.def.out).type === 'string' && (asZod(s.def.out).def.format as string) ? asZod(s.def.out) : asZod(s.def.in));
    case 'number':
      return s.isInt ? '整数' : '数字';
    case 'boolean':
      return 'true / false';
    case 'enum':
      return '选项';
    case 'literal':
      return '固定值';
    case 'array': {
      const el = unwrap(asZod(s.def.element)).inner;
      return el.type === 'object' ? '列表（每项的字段见下）' : `列表，每项是${typeName(el)}`;
    }
    case 'tuple':
      return `[${(s.def.items as unknown[]).map((i) => typeName(asZod(i))).join(', ')}]`;
    case 'object':
      return '对象（字段见下）';
    case 'record':
      return `按${(enumValues(asZod(s.def.keyType)) ?? []).length ? '星期' : '键'}分组，每组是${typeName(asZod(s.def.valueType))}`;
    case 'union':
      return s.def.discriminator
        ? `以下写法之一（按 ${String(s.def.discriminator)} 区分）`
        : (s.def.options as unknown[]).map((o) => typeName(asZod(o))).join(' 或 ');
    default:
      return s.type;
  }
}

/** Allowed values of an enum, literal or union of literals. */
export function enumValues(s: ZodLike): string[] | undefined {
  if (s.type === 'enum') return Object.values(s.def.entries as Record<string, string>).map(String);
  if (s.type === 'literal') return (s.def.values as unknown[]).map(String);
  if (s.type === 'union' && !s.def.discriminator) {
    const all = (s.def.options as unknown[]).flatMap((o) => enumValues(asZod(o)) ?? []);
    return all.length ? all : undefined;
  }
  if (s.type === 'array') return enumValues(unwrap(asZod(s.def.element)).inner);
  if (s.type === 'record') return enumValues(asZod(s.def.keyType));
  return undefined;
}

/** The Chinese label and fix hint a schema gives for a missing value, when it has its own. */
export function hintOf(s: ZodLike): string {
  const r = s.safeParse(undefined);
  const msg = r.success ? '' : (r.error?.issues[0]?.message ?? '');
  if (!msg.includes('修改建议：')) return '';
  const label = /「([^」]+)」/.exec(msg)?.[1];
  const fix = msg.slice(msg.indexOf('修改建议：') + 5).trim();
  return label ? `${label.replace(/^\S+\s/, '')}：${fix}` : fix;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: unknown): string => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/** Rows for the fields of a Zod object, recursing into objects, lists of objects and tagged unions. */
export function rowsOf(object: ZodLike, literals: LiteralDocs[], prefix = '', note = ''): FieldRow[] {
  const shape = object.def.shape as Record<string, unknown>;
  const docs = docsFor(Object.keys(shape), literals);
  const rows: FieldRow[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    const field = asZod(raw);
    const { inner, optional, fallback } = unwrap(field);
    const path = `${prefix}${key}`;
    const values = enumValues(inner);
    rows.push({
      path,
      type: typeName(inner),
      required: `${note}${optional ? (fallback === undefined ? '可不填' : `可不填，默认 ${code(fallback)}`) : '必填'}`,
      values: values ? values.map(code).join('、') : '',
      doc: docs.get(key) ?? field.description ?? inner.description ?? '',
      hint: hintOf(inner),
    });
    if (inner.type === 'object') rows.push(...rowsOf(inner, literals, `${path}.`));
    if (inner.type === 'array') {
      const el = unwrap(asZod(inner.def.element)).inner;
      if (el.type === 'object') rows.push(...rowsOf(el, literals, `${path}[].`));
    }
    if (inner.type === 'union' && inner.def.discriminator) {
      const tag = String(inner.def.discriminator);
      const options = (inner.def.options as unknown[]).map(asZod);
      const tagOf = (o: ZodLike) => enumValues(asZod((o.def.shape as Record<string, unknown>)[tag]))?.[0] ?? '';
      rows.push({ path: `${path}.${tag}`, type: '选项', required: '必填', values: options.map((o) => code(tagOf(o))).join('、'), doc: '', hint: '' });
      for (const o of options) rows.push(...rowsOf(o, literals, `${path}.`, `${tag}: ${tagOf(o)} 时`).filter((r) => r.path !== `${path}.${tag}`));
    }
  }
  return rows;
}

/** How each collection is stored and addressed, for the reference's headings. */
export const COLLECTION_INFO: Record<string, { name: string; where: string }> = {
  articles: { name: '普法文章', where: '`content/articles/<文件名>.mdx`，网址 `/articles/<文件名>/`' },
  cases: { name: '案例故事', where: '`content/cases/<文件名>.mdx`，网址 `/cases/<文件名>/`' },
  opendays: { name: '开放日', where: '`content/opendays/<文件名>.mdx`，网址 `/opendays/<文件名>/`' },
  pages: { name: '独立页面', where: '`content/pages/<文件名>.mdx`，网址 `/<文件名>/`' },
  stations: { name: '服务站点', where: '`content/stations/<文件名>.yaml`，网址 `/stations/<文件名>/`（有草稿状态，没有发布日期）' },
  figures: { name: '数字', where: '`content/figures.yaml`，一个列表，每项一个数字' },
  report: { name: '报道事实', where: '`content/report.yaml`，一个列表，每项一条事实；页面用 `<ReportFact id="…" />` 引用' },
  laws: { name: '法律词典', where: '`content/laws/<标识>.yaml`，一部法律或一份规定一个文件' },
  holidays: { name: '节假日安排', where: '`content/holidays.yaml`，一个列表，每年一项（只写 chinese-days 还没收录的年份）' },
};

/** Renders docs/fields.md from the schemas and the schema file's source text. */
export function renderFieldReference(schemas: Record<string, unknown>, source: string): string {
  const { literals, variables } = readDocComments(source);
  const out = [
    '# 字段参考',
    '',
    '<!-- 本文件由 scripts/field-reference.ts 根据 src/content.config.ts 自动生成，请不要手工修改。',
    '     改了内容规范以后运行 npm run docs:fields 重新生成；npm run check 会检查它是否过期。 -->',
    '',
    '每一类内容能写哪些字段、哪些必须写、能填什么值。写法和例子见[编辑指南](editors.md)。',
    '',
    '- **必填**：不写就无法构建，`npm run lint:content` 会报 `schema` 错误。',
    '- **可不填，默认 …**：不写时网站按默认值处理。',
    '- 日期一律写成带英文双引号的 `"2026-03-08"`；`true`/`false`、数字和选项不加引号。',
    '- “说明”一栏摘自内容规范文件里每个字段上方的注释，“填写建议”是出错时检查工具给出的中文提示。',
    '',
  ];
  for (const [name, schema] of Object.entries(schemas)) {
    const info = COLLECTION_INFO[name] ?? { name, where: '' };
    out.push(`## ${info.name}（${name}）`, '');
    if (info.where) out.push(`位置：${info.where}`, '');
    const doc = variables.get(name);
    if (doc) out.push(doc, '');
    out.push('| 字段 | 类型 | 必填 | 可选值 | 说明 | 填写建议 |', '|---|---|---|---|---|---|');
    for (const r of rowsOf(asZod(schema), literals)) {
      out.push(`| \`${r.path}\` | ${cell(r.type)} | ${cell(r.required)} | ${cell(r.values)} | ${cell(r.doc)} | ${cell(r.hint)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Reads the schema file and renders the reference. */
export function generate(schemas: Record<string, unknown>, schemaFile: string): string {
  return renderFieldReference(schemas, readFileSync(schemaFile, 'utf8'));
}
