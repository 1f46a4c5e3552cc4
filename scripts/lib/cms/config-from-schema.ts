/**
 * Generates the browser editor's configuration (scripts/lib/cms/config.yml) from
 * the schemas in src/content.config.ts, so the form can never drift from what
 * the build accepts: every collection, every field with its Chinese label, the
 * schema's doc comment and fix hint as help text, required flags, defaults,
 * length limits, date and time patterns with the schema's own Chinese error
 * messages, and the fixed lists (topics, audiences, services, townships…).
 *
 * Walks Zod with the field reference's helpers (scripts/lib/fields), so the
 * field docs and the form read the schema the same way. Any collection the
 * schema file exports is handled the same way; content files that have no
 * schema (synonyms.yaml, townships.yaml) are offered as plain text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { COLLECTION_INFO, docsFor, enumValues, hintOf, readDocComments, unwrap } from '../fields/field-reference.ts';
import type { LiteralDocs, ZodLike } from '../fields/field-reference.ts';
import type { FileKind, Transform } from './format.ts';
import { FILENAME_KEY, ITEMS_KEY, PAIR_SEPARATOR, RAW_KEY } from './format.ts';

/** A Decap field (only the options this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  allow_add?: boolean;
}

/** What the generator reads besides the schemas. */
export interface GeneratorInput {
  /** The schema objects by collection name (`schemas` from src/content.config.ts). */
  schemas: Record<string, unknown>;
  /** The schema file's source text (for the doc comments). */
  schemaSource: string;
  /** The project root (content/ is read to find each collection's folder or file). */
  root: string;
  /** The UI dictionary, for the Chinese names of list values (topic.*, audience.*, …). */
  dict: Record<string, string>;
  /** Extra option lists by field name whose values the schema checks with a function (townships). */
  optionSources: Record<string, { label: string; value: string }[]>;
  /** UI strings of the editor itself (cms.* keys of the dictionary). */
  strings: Record<string, string>;
  /** The Git server (site.cms in src/site.config.ts). */
  backend: { backend: 'gitlab' | 'gitea'; baseUrl: string; repo: string; branch: string; appId: string };
}

/** One collection's file layout and transforms, for the admin bundle's formats. */
export interface FormatInfo {
  kind: FileKind;
  transforms: Transform[];
}

// ---------------------------------------------------------------- patterns

/** A real calendar date YYYY-MM-DD (leap years included), as the schema's z.iso.date() accepts. */
export const ISO_DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';
/** An opening-hours range as the form shows it: "08:30-12:00". */
export const TIME_RANGE_PATTERN = `^(?:[01]\\d|2[0-3]):[0-5]\\d${PAIR_SEPARATOR}(?:[01]\\d|2[0-3]):[0-5]\\d$`;

/** The message the schema itself gives for `value`, or ''. */
function messageFor(s: ZodLike, value: unknown): string {
  const r = s.safeParse(value);
  return r.success ? '' : (r.error?.issues[0]?.message ?? '');
}

/** Zod's string checks: regex patterns and length limits. */
function stringChecks(s: ZodLike): { regexes: RegExp[]; min?: number; max?: number } {
  const regexes: RegExp[] = [];
  for (const c of (s.def.checks as { _zod?: { def?: { format?: string; pattern?: RegExp } } }[] | undefined) ?? []) {
    const d = c._zod?.def;
    if (d?.format === 'regex' && d.pattern) regexes.push(d.pattern);
  }
  const out: { regexes: RegExp[]; min?: number; max?: number } = { regexes };
  if (s.minLength) out.min = s.minLength;
  if (typeof s.maxLength === 'number' && Number.isFinite(s.maxLength)) out.max = s.maxLength;
  return out;
}

/** The string schema behind a pipe (isoDate: string → z.iso.date()). */
function stringOf(s: ZodLike): ZodLike | undefined {
  if (s.type === 'string') return s;
  if (s.type === 'pipe') {
    const out = s.def.out as ZodLike;
    if (out.type === 'string') return out;
    const input = s.def.in as ZodLike;
    if (input.type === 'string') return input;
  }
  return undefined;
}

// ---------------------------------------------------------------- labels

/** "标题" from a schema label "title 标题" or from the doc comment. */
function labelFor(key: string, s: ZodLike, doc: string): string {
  const fromHint = hintOf(s);
  const missing = messageFor(s, undefined);
  const named = /「([^」]+)」/.exec(missing)?.[1] ?? '';
  const chinese = named.replace(/^[\w.[\]]+\s+/, '').trim();
  if (chinese && chinese !== named) return `${chinese}（${key}）`;
  const fromDoc = doc.split(/[，。；：（(]/)[0]?.trim() ?? '';
  if (fromDoc && fromDoc.length <= 12) return `${fromDoc}（${key}）`;
  void fromHint;
  // A list without its own label: its items' label ("hotlines 求助热线").
  if (s.type === 'array') {
    const item = labelFor(key, unwrap(s.def.element as ZodLike).inner, '');
    if (item !== key) return item;
  }
  return key;
}

function helpFor(s: ZodLike, doc: string): string {
  const hint = hintOf(s);
  const fix = hint.includes('：') ? hint.slice(hint.indexOf('：') + 1) : hint;
  // Hints written for YAML (quotes, [lists], {objects}) would confuse someone filling in a form.
  const forForm = fix && !/引号|\[|\{|true|false/.test(fix) && !doc.includes(fix);
  return [doc, forForm ? `填写建议：${fix}` : ''].filter(Boolean).join(' ');
}

/** Chinese names of list values from the UI dictionary: the key prefix that names every value. */
export function optionLabels(key: string, values: string[], dict: Record<string, string>): { label: string; value: string }[] {
  const singular = key.replace(/ies$/, 'y').replace(/s$/, '');
  const prefixes = new Set<string>();
  for (const k of Object.keys(dict)) {
    for (const v of values) if (k.endsWith(`.${v}`)) prefixes.add(k.slice(0, -v.length - 1));
  }
  // Only a prefix that names the field (topic.*, audience.*, station.kind.*) and short names: a sentence is not a label.
  const candidates = [...prefixes]
    .filter((p) => p.split('.').some((seg) => seg === key || seg === singular))
    .filter((p) => values.every((v) => (dict[`${p}.${v}`]?.length ?? 99) <= 16))
    .sort((a, b) => a.length - b.length);
  const prefix = candidates[0];
  return values.map((v) => {
    const name = prefix ? dict[`${prefix}.${v}`] : undefined;
    return { label: name && name !== v ? `${name}（${v}）` : v, value: v };
  });
}

// ---------------------------------------------------------------- fields

interface Ctx {
  literals: LiteralDocs[];
  input: GeneratorInput;
  transforms: Transform[];
}

function objectFields(object: ZodLike, ctx: Ctx, path: string[]): CmsField[] {
  const shape = object.def.shape as Record<string, ZodLike>;
  const docs = docsFor(Object.keys(shape), ctx.literals);
  return Object.entries(shape).map(([key, raw]) => fieldOf(key, raw, docs.get(key) ?? raw.description ?? '', ctx, [...path, key]));
}

/** The same field, not required (recursively), saying when it is needed. */
function optionalField(f: CmsField): CmsField {
  const out: CmsField = { ...f, required: false };
  if (f.fields) out.fields = f.fields.map(optionalField);
  return out;
}

/** One Decap field for one schema field. */
export function fieldOf(key: string, raw: ZodLike, doc: string, ctx: Ctx, path: string[]): CmsField {
  const { inner, optional, fallback } = unwrap(raw);
  const base: CmsField = { name: key, label: labelFor(key, inner, doc), widget: 'string', required: !optional };
  const help = helpFor(inner, doc);
  if (help) base.hint = help;
  if (fallback !== undefined && (typeof fallback !== 'object' || (Array.isArray(fallback) && fallback.length > 0))) base.default = fallback;
  const str = stringOf(inner);
  const values = enumValues(inner);
  const source = ctx.input.optionSources[key];

  if (source && str) return { ...base, widget: 'select', options: source };
  if (str) {
    const format = (str.def.format as string | undefined) ?? '';
    // The schema's own message, without the sample value it was produced with.
    if (format === 'date') return { ...base, pattern: [ISO_DATE_PATTERN, messageFor(inner, '2024-02-30').replace(/（收到 [^）]*）/, '')] };
    if (format === 'url') return { ...base, pattern: ['^https?://\\S+$', messageFor(inner, 'x') || '请填写 https:// 开头的网址。'] };
    const { regexes, min, max } = stringChecks(str);
    const field: CmsField = { ...base, widget: (max ?? 0) > 100 || /summary|outcome|note|description|notice/.test(key) ? 'text' : 'string' };
    if (regexes.length === 1) field.pattern = [regexes[0]!.source, messageFor(inner, '\u0000') || `「${field.label}」格式不对。`];
    else if (min !== undefined || max !== undefined) {
      // One message for both limits, in the schema's words: its label and its fix hint.
      const said = messageFor(inner, 'x'.repeat((max ?? 0) + 1)) || messageFor(inner, 'x'.repeat(Math.max(0, (min ?? 1) - 1)));
      const named = /「[^」]+」/.exec(said)?.[0] ?? `「${field.label}」`;
      const fix = said.includes('修改建议：') ? said.slice(said.indexOf('修改建议：')) : '';
      const span = max ? `${min ?? 0}–${max}` : `至少 ${min}`;
      field.pattern = [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, `${named}的字数不对（要 ${span} 个字）。${fix}`];
    }
    return field;
  }
  switch (inner.type) {
    case 'number': {
      const field: CmsField = { ...base, widget: 'number', value_type: inner.isInt ? 'int' : 'float' };
      const n = inner as ZodLike & { minValue?: number | null; maxValue?: number | null };
      if (typeof n.minValue === 'number' && Number.isFinite(n.minValue)) field.min = n.minValue;
      if (typeof n.maxValue === 'number' && n.maxValue < Number.MAX_SAFE_INTEGER) field.max = n.maxValue;
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'enum':
      return { ...base, widget: 'select', options: optionLabels(key, values ?? [], ctx.input.dict) };
    case 'literal':
      return { ...base, widget: 'select', options: optionLabels(key, values ?? [], ctx.input.dict), default: values?.[0] };
    case 'object': {
      const fields = objectFields(inner, ctx, path);
      // Decap checks the fields of an object even when the whole object is left out; an optional
      // object's own required fields are therefore checked by the build and the lint instead.
      return { ...base, widget: 'object', collapsed: optional, fields: optional ? fields.map(optionalField) : fields };
    }
    case 'array': {
      const el = unwrap(inner.def.element as ZodLike).inner;
      const min = (inner as ZodLike).minLength ?? undefined;
      const max = (inner as ZodLike).maxLength ?? undefined;
      const limits = { ...(min ? { min } : {}), ...(typeof max === 'number' && Number.isFinite(max) ? { max } : {}) };
      const elValues = enumValues(el);
      const elSource = ctx.input.optionSources[key];
      if (elValues && el.type !== 'union')
        return { ...base, widget: 'select', multiple: true, options: optionLabels(key, elValues, ctx.input.dict), ...limits };
      if (elSource && stringOf(el)) return { ...base, widget: 'select', multiple: true, options: elSource, ...limits };
      if (el.type === 'object') {
        const fields = objectFields(el, ctx, [...path, '*']);
        return { ...base, widget: 'list', collapsed: true, summary: `{{fields.${fields[0]?.name ?? key}}}`, fields, ...limits };
      }
      if (el.type === 'tuple') {
        ctx.transforms.push({ path, kind: 'pairs' });
        const items = (el.def.items as ZodLike[]) ?? [];
        const day = ctx.input.strings[`cms.day.${key}`] ?? base.label;
        const message = (ctx.input.strings['cms.range.error'] ?? '').replace('{day}', day);
        void items;
        return {
          ...base,
          widget: 'list',
          hint: ctx.input.strings['cms.range.hint'] ?? '',
          field: { name: 'range', label: ctx.input.strings['cms.range.label'] ?? 'range', widget: 'string', pattern: [TIME_RANGE_PATTERN, message] },
          ...limits,
        };
      }
      const item = fieldOf('item', el, '', ctx, [...path, '*']);
      return { ...base, widget: 'list', field: { ...item, label: base.label.replace(/（.*$/, ''), required: true }, ...limits };
    }
    case 'record': {
      const keys = enumValues(inner.def.keyType as ZodLike) ?? [];
      const value = inner.def.valueType as ZodLike;
      const fields = keys.map((k) => {
        const f = fieldOf(k, value, '', ctx, [...path, k]);
        return { ...f, label: ctx.input.strings[`cms.day.${k}`] ?? k, required: false };
      });
      return { ...base, widget: 'object', collapsed: optional, fields };
    }
    case 'union': {
      if (inner.def.discriminator) {
        const tag = String(inner.def.discriminator);
        const options = (inner.def.options as ZodLike[]).map((o) => o);
        const tags = options.map((o) => enumValues((o.def.shape as Record<string, ZodLike>)[tag]!)?.[0] ?? '');
        const seen = new Map<string, CmsField>();
        const usedBy = new Map<string, string[]>();
        options.forEach((o, i) => {
          for (const f of objectFields(o, ctx, path)) {
            if (f.name === tag) continue;
            if (!seen.has(f.name)) seen.set(f.name, { ...f, required: false });
            usedBy.set(f.name, [...(usedBy.get(f.name) ?? []), tags[i]!]);
          }
        });
        const tagField: CmsField = {
          name: tag,
          label: `${ctx.input.strings['cms.status'] ?? tag}（${tag}）`,
          widget: 'select',
          required: true,
          options: optionLabels(tag, tags, ctx.input.dict),
        };
        const rest = [...seen.values()].map((f) => ({
          ...f,
          hint: [f.hint, (ctx.input.strings['cms.onlyWhen'] ?? '{tag}: {values}').replace('{tag}', tag).replace('{values}', usedBy.get(f.name)!.join('、'))]
            .filter(Boolean)
            .join(' '),
        }));
        return { ...base, widget: 'object', fields: [tagField, ...rest] };
      }
      ctx.transforms.push({ path, kind: 'number-or-text' });
      const words = values ?? [];
      return { ...base, pattern: [`^(?:\\d+${words.map((w) => `|${w}`).join('')})$`, helpFor(inner, '') || base.label] };
    }
    default:
      return { ...base, widget: 'text' };
  }
}

// ---------------------------------------------------------------- collections

/** Where a collection lives under content/. */
export function locate(root: string, name: string): { folder?: string; file?: string; extension: string } | undefined {
  const dir = join(root, 'content', name);
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    const counts = new Map<string, number>();
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else {
          const ext = extname(e.name).slice(1);
          if (['md', 'mdx', 'yaml', 'yml', 'json'].includes(ext)) counts.set(ext, (counts.get(ext) ?? 0) + 1);
        }
      }
    };
    walk(dir);
    const extension = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'mdx';
    return { folder: `content/${name}`, extension };
  }
  for (const ext of ['yaml', 'yml', 'json']) if (existsSync(join(root, 'content', `${name}.${ext}`))) return { file: `content/${name}.${ext}`, extension: ext };
  return undefined;
}

const kindOfExtension = (ext: string): FileKind => (ext === 'md' || ext === 'mdx' ? 'frontmatter' : 'yaml');

/** The whole Decap configuration plus each collection's format info. */
export function buildCmsConfig(input: GeneratorInput): { config: Record<string, unknown>; formats: Record<string, FormatInfo> } {
  const { literals, variables } = readDocComments(input.schemaSource);
  const s = input.strings;
  const collections: Record<string, unknown>[] = [];
  const formats: Record<string, FormatInfo> = {};
  const claimed = new Set<string>();

  for (const [name, schema] of Object.entries(input.schemas)) {
    const where = locate(input.root, name);
    const object = unwrap(schema as ZodLike).inner;
    const ctx: Ctx = { literals, input, transforms: [] };
    const label = COLLECTION_INFO[name]?.name ?? (variables.get(name)?.split(/[，。（(]/)[0] || name);
    const description = [variables.get(name), COLLECTION_INFO[name]?.where].filter(Boolean).join(' ');
    const format = `gardenia-${name}`;
    if (where?.file) {
      claimed.add(where.file);
      const parsed = parseYaml(readFileSync(join(input.root, where.file), 'utf8')) as unknown;
      const list = Array.isArray(parsed);
      const fields = objectFields(object, { ...ctx, transforms: ctx.transforms }, list ? ['*'] : []);
      formats[format] = { kind: list ? 'yaml-list' : 'yaml', transforms: ctx.transforms };
      collections.push({
        name,
        label,
        ...(description ? { description } : {}),
        format,
        extension: where.extension,
        files: [
          {
            name,
            label,
            file: where.file,
            fields: list
              ? [{ name: ITEMS_KEY, label, widget: 'list', collapsed: true, summary: `{{fields.${fields[1]?.name ?? fields[0]?.name}}}`, fields }]
              : fields,
          },
        ],
      });
      continue;
    }
    const folder = where?.folder ?? `content/${name}`;
    claimed.add(folder);
    const extension = where?.extension ?? 'mdx';
    const kind = kindOfExtension(extension);
    const fields = objectFields(object, ctx, []);
    formats[format] = { kind, transforms: ctx.transforms };
    const filename: CmsField = {
      name: FILENAME_KEY,
      label: s['cms.filename.label']!,
      widget: 'gardenia-filename',
      // Required only for a new entry: the widget's own check (an existing entry's name is fixed).
      required: false,
      hint: s['cms.filename.hint']!,
      pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', s['cms.filename.error']!],
    };
    const body: CmsField[] =
      kind === 'frontmatter' ? [{ name: 'body', label: s['cms.body.label']!, widget: 'text', required: true, hint: s['cms.body.hint']! }] : [];
    const titleField = fields.find((f) => f.name === 'title') ?? fields.find((f) => f.name === 'name') ?? fields[0];
    collections.push({
      name,
      label,
      ...(description ? { description } : {}),
      folder,
      extension,
      format,
      create: true,
      delete: false,
      slug: `{{fields.${FILENAME_KEY}}}`,
      identifier_field: titleField?.name ?? 'title',
      summary: `{{${titleField?.name ?? 'title'}}}`,
      ...(fields.some((f) => f.name === 'publishDate') ? { sortable_fields: ['publishDate', titleField?.name ?? 'title'] } : {}),
      fields: [filename, ...fields, ...body],
    });
  }

  // Content with no schema: offered as text, so nothing under content/ is out of reach.
  const contentDir = join(input.root, 'content');
  for (const e of readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = `content/${e.name}`;
    if (claimed.has(rel) || !e.isFile() || !/\.(ya?ml|json)$/.test(e.name)) continue;
    const name = e.name.replace(/\.[^.]+$/, '');
    const format = `gardenia-raw`;
    formats[format] = { kind: 'raw', transforms: [] };
    collections.push({
      name,
      label: (s['cms.raw.label'] ?? '{file}').replace('{file}', e.name),
      description: s['cms.raw.description'],
      format,
      extension: extname(e.name).slice(1),
      files: [
        { name, label: e.name, file: rel, fields: [{ name: RAW_KEY, label: s['cms.raw.field'], widget: 'text', required: true, hint: s['cms.raw.hint'] }] },
      ],
    });
  }

  const b = input.backend;
  const commit_messages = {
    create: s['cms.commit.create'],
    update: s['cms.commit.update'],
    delete: s['cms.commit.delete'],
    uploadMedia: s['cms.commit.uploadMedia'],
    deleteMedia: s['cms.commit.deleteMedia'],
  };
  // `npm run edit` swaps the backend for the local proxy (edit-server.ts).
  const backend =
    b.backend === 'gitlab'
      ? {
          name: 'gitlab',
          repo: b.repo,
          branch: b.branch,
          base_url: b.baseUrl,
          api_root: `${b.baseUrl}/api/v4`,
          auth_type: 'pkce',
          app_id: b.appId,
          auth_endpoint: 'oauth/authorize',
          squash_merges: true,
          commit_messages,
        }
      : { name: 'gitea', repo: b.repo, branch: b.branch, base_url: b.baseUrl, api_root: `${b.baseUrl}/api/v1`, app_id: b.appId, commit_messages };
  const config = {
    locale: 'zh_Hans',
    backend,
    // Review inside the editor needs merge requests; Decap's Gitea backend has none (it refuses the setting).
    ...(b.backend === 'gitlab' ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    site_url: '/',
    display_url: '/',
    show_preview_links: false,
    editor: { preview: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
  return { config, formats };
}

/** The largest file the editor accepts for upload (bytes); docs/editors.md says the same. */
export const MAX_UPLOAD_BYTES = 1_048_576;

/** The config file's text: YAML with a do-not-edit header and the format info for the admin bundle. */
export function renderCmsConfig(input: GeneratorInput): string {
  const { config, formats } = buildCmsConfig(input);
  const header = [
    '# 浏览器编辑器（Decap CMS）的配置。由 scripts/cms-config.ts 根据 src/content.config.ts 自动生成，请不要手工修改。',
    '# 改了内容规范以后运行 npm run cms:config 重新生成；npm run check 会检查它是否过期。',
    '# gardenia_formats 和 gardenia_strings 不是 Decap 的设置：/admin/gardenia-cms.js 读它们来注册每个栏目的文件格式和文件名输入框。',
    '',
  ].join('\n');
  const runtime = Object.fromEntries(Object.entries(input.strings).filter(([k]) => k.startsWith('cms.filename.')));
  return header + stringify({ ...config, gardenia_formats: formats, gardenia_strings: runtime }, { lineWidth: 0, aliasDuplicateObjects: false });
}
