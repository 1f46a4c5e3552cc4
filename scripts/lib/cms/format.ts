/**
 * The file formats the browser editor (Decap CMS) reads and writes, one per
 * collection, registered with `CMS.registerCustomFormat`. Pure (no DOM, no
 * Node): the admin bundle and the unit tests import the same code.
 *
 * Why custom formats: Decap's own front-matter format re-serialises the whole
 * YAML block, so opening an entry and saving it unchanged would reorder keys,
 * drop comments, unquote dates (which YAML then reads as Date objects the
 * schema refuses) and rewrap long lines. These formats keep the file's own
 * text: `fromFile` remembers the original text in the entry data (key
 * {@link SOURCE_KEY}, never written out); `toFile` returns that text
 * byte-for-byte when nothing changed, and otherwise edits the parsed YAML
 * document in place, so comments, key order, quoting and list styles of the
 * untouched fields stay as they were. The MDX body is kept as raw text.
 *
 * Some schema shapes have no Decap widget (a ["08:30", "12:00"] pair, a value
 * that is a number or the word `full`); {@link Transform}s map them to what the
 * form can show and back.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { Node as YamlNode, YAMLMap, YAMLSeq } from 'yaml';

/** Entry-data key holding the file's original text between load and save. */
export const SOURCE_KEY = '__gardenia_source';
/** Entry-data key of the file-name field of a new entry (used for the slug, never written). */
export const FILENAME_KEY = 'filename';
/** Entry-data key of the raw text of a file edited as text. */
export const RAW_KEY = 'raw';
/** Entry-data key of the list inside a file that is a YAML list at its root. */
export const ITEMS_KEY = 'items';

/** How a collection's files are laid out. */
export type FileKind = 'frontmatter' | 'yaml' | 'yaml-list' | 'raw';

/**
 * A value the form shows differently from the file. `path` walks the data;
 * `*` stands for every item of a list.
 * - `pairs`: a list of ["08:30", "12:00"] pairs ↔ a list of "08:30-12:00" strings.
 * - `number-or-text`: a number or a fixed word ↔ text ("12" → 12, "full" stays).
 */
export interface Transform {
  path: string[];
  kind: 'pairs' | 'number-or-text';
}

/** What a format needs to know about its collection. */
export interface FormatSpec {
  kind: FileKind;
  transforms?: Transform[];
}

type Data = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of YAML-shaped values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

// ---------------------------------------------------------------- transforms

function mapAt(data: unknown, path: string[], fn: (v: unknown) => unknown): unknown {
  if (path.length === 0) return data === undefined ? data : fn(data);
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') return Array.isArray(data) ? data.map((v) => mapAt(v, rest, fn)) : data;
  if (!isPlainObject(data) || data[head] === undefined) return data;
  return { ...data, [head]: mapAt(data[head], rest, fn) };
}

/** The separator between the two times of an opening-hours range in the form. */
export const PAIR_SEPARATOR = '-';

/** File → form. */
export function toForm(data: Data, transforms: Transform[] = []): Data {
  let out: unknown = data;
  for (const t of transforms) {
    out = mapAt(out, t.path, (v) => {
      if (t.kind === 'pairs' && Array.isArray(v)) return v.map((p) => (Array.isArray(p) ? p.join(PAIR_SEPARATOR) : p));
      if (t.kind === 'number-or-text' && typeof v === 'number') return String(v);
      return v;
    });
  }
  return out as Data;
}

/** Form → file. */
export function fromForm(data: Data, transforms: Transform[] = []): Data {
  let out: unknown = data;
  for (const t of transforms) {
    out = mapAt(out, t.path, (v) => {
      if (t.kind === 'pairs' && Array.isArray(v))
        return v.map((p) => (typeof p === 'string' && p.includes(PAIR_SEPARATOR) ? p.split(PAIR_SEPARATOR).map((s) => s.trim()) : p));
      if (t.kind === 'number-or-text' && typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v.trim());
      return v;
    });
  }
  return out as Data;
}

// ---------------------------------------------------------------- cleaning

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.values(v).every(isEmpty));

/**
 * Drops what a form leaves behind for fields nobody filled in (empty text,
 * empty lists, objects of empty fields), unless the file already had exactly
 * that value: an empty optional field is the same as no field in the schema,
 * but `updatedDate: ""` would be refused.
 */
export function dropEmpty(next: unknown, prev: unknown): unknown {
  if (Array.isArray(next)) return next.map((v, i) => dropEmpty(v, Array.isArray(prev) ? prev[i] : undefined));
  if (!isPlainObject(next)) return next;
  const out: Data = {};
  for (const [k, v] of Object.entries(next)) {
    const before = isPlainObject(prev) ? prev[k] : undefined;
    if (isEmpty(v) && !(before !== undefined && deepEqual(v, before))) continue;
    out[k] = dropEmpty(v, before);
  }
  return out;
}

// ---------------------------------------------------------------- YAML writing

const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * Styles new nodes like the hand-written files: identifiers plain (`kind: station`),
 * every other text in double quotes (so dates stay text), lists of plain values inline.
 */
function styleNodes(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') node.type = /^[a-z][a-z0-9-]*$/.test(node.value) && !YAML_WORDS.test(node.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    return;
  }
  if (isSeq(node)) {
    node.flow = node.items.every((i) => isScalar(i));
    node.items.forEach(styleNodes);
  } else if (isMap(node)) for (const pair of node.items) styleNodes(pair.value);
}

function newNode(doc: Document, value: unknown, like?: unknown): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  styleNodes(node);
  // A list or object written inline (`[a, b]`, `{ lat: 1 }`) stays inline; one written as a block stays a block.
  if ((isSeq(like) || isMap(like)) && (isSeq(node) || isMap(node))) node.flow = like.flow ?? false;
  if (isScalar(like) && isScalar(node) && typeof like.value === 'string' && typeof value === 'string') {
    if (like.type) node.type = like.type;
  }
  return node;
}

/** Applies `next` to the map node `map` (whose plain value is `prev`), touching only what changed. */
function patchMap(doc: Document, map: YAMLMap, prev: Data, next: Data, order: string[] = []): void {
  for (const key of Object.keys(prev)) if (next[key] === undefined) map.delete(key);
  const keys = Object.keys(next).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  });
  for (const key of keys) {
    const value = next[key];
    if (value === undefined || deepEqual(prev[key], value)) continue;
    const node = map.get(key, true) as unknown;
    if (isMap(node) && isPlainObject(value) && isPlainObject(prev[key])) {
      patchMap(doc, node, prev[key] as Data, value);
    } else if (isSeq(node) && Array.isArray(value) && Array.isArray(prev[key]) && value.length === (prev[key] as unknown[]).length) {
      patchSeq(doc, node, prev[key] as unknown[], value);
    } else if (map.has(key)) {
      map.set(key, newNode(doc, value, node));
    } else {
      // A new key goes after the last present key that comes before it in the form's order.
      const pos = order.indexOf(key);
      const after = map.items.findLastIndex((p) => {
        const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
        const i = order.indexOf(k);
        return i >= 0 && pos >= 0 && i < pos;
      });
      const pair = doc.createPair(key, newNode(doc, value));
      if (pos >= 0 && after < map.items.length - 1) map.items.splice(after + 1, 0, pair as never);
      else map.items.push(pair as never);
    }
  }
}

function patchSeq(doc: Document, seq: YAMLSeq, prev: unknown[], next: unknown[]): void {
  next.forEach((value, i) => {
    if (deepEqual(prev[i], value)) return;
    const node = seq.get(i, true) as unknown;
    if (isMap(node) && isPlainObject(value) && isPlainObject(prev[i])) patchMap(doc, node, prev[i] as Data, value);
    else seq.set(i, newNode(doc, value, node));
  });
}

const STRINGIFY = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** Text of one top-level entry (a map pair or a list item) on its own, without the comments above it. */
function serializeAlone(entry: unknown, asSeq: boolean): string {
  const doc = new Document();
  const node = (isScalar(entry) || isMap(entry) || isSeq(entry) ? entry : (entry as { key: unknown }).key) as {
    commentBefore?: string | null;
    spaceBefore?: boolean;
  };
  const saved = { commentBefore: node.commentBefore ?? null, spaceBefore: node.spaceBefore ?? false };
  node.commentBefore = null;
  node.spaceBefore = false;
  const holder = (asSeq ? doc.createNode([]) : doc.createNode({})) as YAMLMap | YAMLSeq;
  (holder.items as unknown[]).push(entry);
  doc.contents = holder as never;
  const text = doc.toString(STRINGIFY);
  node.commentBefore = saved.commentBefore;
  node.spaceBefore = saved.spaceBefore;
  return text;
}

/**
 * Splices changed top-level entries into the original text: every unchanged
 * entry, and every comment and blank line between entries, keeps its exact
 * bytes; a changed entry is written in the standard style.
 */
function splice(source: string, before: YAMLMap | YAMLSeq, after: YAMLMap | YAMLSeq, prev: unknown, next: unknown): string | undefined {
  const lineStart = (pos: number): number => source.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = (pos: number): number => {
    const i = source.indexOf('\n', pos);
    return i < 0 ? source.length : i + 1;
  };
  const asSeq = isSeq(before);
  const rangeOf = (item: unknown): [number, number] | undefined => {
    const start = (asSeq ? (item as YamlNode).range : ((item as { key: YamlNode }).key?.range ?? undefined)) ?? undefined;
    const valueNode = asSeq ? (item as YamlNode) : ((item as { value?: YamlNode | null }).value ?? (item as { key: YamlNode }).key);
    if (!start || !valueNode?.range) return undefined;
    return [lineStart(start[0]), lineEnd(Math.max(start[0], valueNode.range[1] - 1))];
  };
  const keyOf = (item: unknown, i: number): string =>
    asSeq ? String(i) : String(isScalar((item as { key: unknown }).key) ? ((item as { key: Scalar }).key.value as unknown) : (item as { key: unknown }).key);
  const ranges = before.items.map(rangeOf);
  if (ranges.some((r) => !r)) return undefined;
  const parts = new Map<string, { core: string; tail: string }>();
  before.items.forEach((item, i) => {
    const [start, coreEnd] = ranges[i]!;
    const end = ranges[i + 1]?.[0] ?? source.length;
    if (coreEnd > end) return;
    parts.set(keyOf(item, i), { core: source.slice(start, coreEnd), tail: source.slice(coreEnd, end) });
  });
  if (parts.size !== before.items.length) return undefined;
  const valueAt = (data: unknown, key: string): unknown => (Array.isArray(data) ? data[Number(key)] : isPlainObject(data) ? data[key] : undefined);
  let out = source.slice(0, ranges[0]?.[0] ?? 0);
  // Comments and blank lines after an entry usually introduce the next one: a new entry goes before them.
  let pendingTail = '';
  const seen = new Set<string>();
  after.items.forEach((item, i) => {
    const key = keyOf(item, i);
    seen.add(key);
    const part = parts.get(key);
    if (!part) {
      out += serializeAlone(item, asSeq);
      return;
    }
    out += pendingTail;
    out += deepEqual(valueAt(prev, key), valueAt(next, key)) ? part.core : serializeAlone(item, asSeq);
    pendingTail = part.tail;
  });
  for (const [key, part] of parts) if (!seen.has(key)) pendingTail += part.tail;
  return out + pendingTail;
}

/**
 * Writes `next` into the YAML text `source`: the text itself when nothing
 * changed; otherwise only the changed top-level entries are rewritten and
 * everything else keeps its bytes.
 */
export function patchYaml(source: string, next: unknown, order: string[] = []): string {
  const original = parseDocument(source);
  const prev = original.toJS() as unknown;
  if (deepEqual(prev, next)) return source;
  const doc = parseDocument(source);
  if (isMap(doc.contents) && isPlainObject(prev) && isPlainObject(next)) patchMap(doc, doc.contents, prev, next, order);
  else if (isSeq(doc.contents) && Array.isArray(prev) && Array.isArray(next) && prev.length === next.length) patchSeq(doc, doc.contents, prev, next);
  else doc.contents = newNode(doc, next) as never;
  const a = original.contents;
  const b = doc.contents;
  if ((isMap(a) && isMap(b) && !a.flow) || (isSeq(a) && isSeq(b) && !a.flow && a.items.length === b.items.length)) {
    const spliced = splice(source, a as YAMLMap | YAMLSeq, b as YAMLMap | YAMLSeq, prev, next);
    // Only use the splice when it reads back as exactly the intended data.
    if (spliced !== undefined && deepEqual(parseDocument(spliced).toJS(), next)) return spliced;
  }
  return doc.toString(STRINGIFY);
}

/** Writes a new YAML document, keys in the form's order: objects as blocks, short lists inline. */
export function newYaml(data: unknown, order: string[] = []): string {
  let value = data;
  if (isPlainObject(data)) {
    const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : Infinity);
    value = Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
  }
  const doc = new Document();
  doc.contents = newNode(doc, value) as never;
  return doc.toString(STRINGIFY);
}

// ---------------------------------------------------------------- front matter

const FRONT_RE = /^(---\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/;

/** Splits a Markdown/MDX file into its front-matter YAML and its body. */
export function splitFrontMatter(text: string): { open: string; yaml: string; close: string; body: string } | undefined {
  const m = FRONT_RE.exec(text);
  if (!m) return undefined;
  return { open: m[1]!, yaml: m[2] ?? '', close: m[3]!, body: text.slice(m[0].length) };
}

// ---------------------------------------------------------------- the format

/** Decap's formatter interface. */
export interface Formatter {
  fromFile(content: string): Data;
  toFile(data: Data, sortedKeys?: string[]): string;
}

/** Builds the formatter for one collection. */
export function createFormat(spec: FormatSpec): Formatter {
  const transforms = spec.transforms ?? [];
  return {
    fromFile(content) {
      if (spec.kind === 'raw') return { [RAW_KEY]: content, [SOURCE_KEY]: content };
      if (spec.kind === 'frontmatter') {
        const parts = splitFrontMatter(content);
        const data = parts ? ((parseDocument(parts.yaml).toJS() as Data | null) ?? {}) : {};
        return { ...toForm(data, transforms), body: parts ? parts.body : content, [SOURCE_KEY]: content };
      }
      const parsed = parseDocument(content).toJS() as unknown;
      if (spec.kind === 'yaml-list')
        return {
          [ITEMS_KEY]: toForm(
            { v: parsed ?? [] },
            transforms.map((t) => ({ ...t, path: ['v', ...t.path] })),
          ).v,
          [SOURCE_KEY]: content,
        };
      return { ...toForm((parsed as Data | null) ?? {}, transforms), [SOURCE_KEY]: content };
    },

    toFile(input, sortedKeys = []) {
      const { [SOURCE_KEY]: sourceValue, [FILENAME_KEY]: _filename, ...rest } = input;
      const source = typeof sourceValue === 'string' ? sourceValue : undefined;
      if (spec.kind === 'raw') return String(rest[RAW_KEY] ?? '');
      if (spec.kind === 'yaml-list') {
        const items = fromForm(
          { v: rest[ITEMS_KEY] ?? [] },
          transforms.map((t) => ({ ...t, path: ['v', ...t.path] })),
        ).v;
        const prev = source === undefined ? [] : (parseDocument(source).toJS() as unknown);
        const next = dropEmpty(items, prev);
        return source === undefined ? newYaml(next) : patchYaml(source, next);
      }
      if (spec.kind === 'yaml') {
        const prev = source === undefined ? {} : (parseDocument(source).toJS() as unknown);
        const next = dropEmpty(fromForm(rest, transforms), prev);
        return source === undefined ? newYaml(next, sortedKeys) : patchYaml(source, next, sortedKeys);
      }
      const { body, ...fields } = rest;
      const bodyText = typeof body === 'string' ? body : '';
      const parts = source === undefined ? undefined : splitFrontMatter(source);
      const prev = parts ? (parseDocument(parts.yaml).toJS() as unknown) : {};
      const next = dropEmpty(fromForm(fields, transforms), prev);
      if (parts) return `${parts.open}${patchYaml(parts.yaml, next, sortedKeys)}${parts.close}${bodyText}`;
      const yaml = newYaml(next, sortedKeys);
      return `---\n${yaml}---\n\n${bodyText.replace(/^\n+/, '')}${bodyText.endsWith('\n') || bodyText === '' ? '' : '\n'}`;
    },
  };
}
