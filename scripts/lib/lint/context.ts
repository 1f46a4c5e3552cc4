/**
 * Builds the site-wide knowledge rules need: which slugs exist (for links)
 * and which phone numbers/addresses are public (for the privacy rules).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { digitsOnly } from './text.ts';
import { parseSource } from './source.ts';
import type { LawEntry, LintContext, SourceFile } from './types.ts';
import { site } from '../../../src/site.config.ts';
import { now as clockNow } from '../../../src/lib/clock.ts';

/** Nationwide public numbers (police, fire, ambulance, traffic, SMS police, citizen service line). */
export const NATIONAL_HOTLINES: readonly string[] = ['110', '119', '120', '122', '12110', '12345'];

/**
 * Public hotlines that may appear anywhere: the nationwide emergency numbers
 * and the hotlines of the site's own config (src/site.config.ts).
 */
export const PUBLIC_HOTLINES: readonly string[] = [...new Set([...NATIONAL_HOTLINES, ...site.hotlines.map((h) => h.number)])];

/** Public e-mail addresses of the site itself (src/site.config.ts). */
export const PUBLIC_EMAILS: readonly string[] = [site.correctionsEmail];

/** The collections under content/ that become routes. */
export const COLLECTIONS = ['articles', 'cases', 'opendays', 'stations', 'pages', 'cards'] as const;

/** Lists files under `dir` recursively (sorted, so output is deterministic). */
export function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(p);
    }
  };
  visit(dir);
  return out;
}

/** Recursively collects string values of keys matching `keyRe`. */
function collectValues(node: unknown, keyRe: RegExp, out: string[], underKey = false): void {
  if (Array.isArray(node)) {
    for (const item of node) collectValues(item, keyRe, out, underKey);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) collectValues(v, keyRe, out, keyRe.test(k));
  } else if (underKey && (typeof node === 'string' || typeof node === 'number')) {
    out.push(String(node));
  }
}

/**
 * Normalises a phone for comparison: digits only, without a +86/0086 prefix,
 * so "0593-7812345", "0593 781 2345" and "+86 593 7812345" compare equal.
 */
export function normalizePhone(s: string): string {
  let d = digitsOnly(s);
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length >= 12) d = d.slice(2);
  if (d.length >= 9 && !d.startsWith('0') && !d.startsWith('1')) d = `0${d}`;
  return d;
}

/** Options for buildContext; tests inject `now` and extra phones. */
export interface ContextOptions {
  now?: Date;
  extraPhones?: string[];
}

/**
 * The content folder: $GARDENIA_CONTENT when set (the same variable the build
 * reads, so lint and build always look at the same tree), else `root`/content.
 */
export function contentDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.GARDENIA_CONTENT ? resolve(root, env.GARDENIA_CONTENT) : join(root, 'content');
}

/** Scans the content folder (see contentDir) to build the LintContext. */
export function buildContext(root: string, options: ContextOptions = {}): LintContext {
  const slugs = {
    articles: new Set<string>(),
    cases: new Set<string>(),
    opendays: new Set<string>(),
    stations: new Set<string>(),
    pages: new Set<string>(),
    cards: new Set<string>(),
  };
  const phones: string[] = [...PUBLIC_HOTLINES, ...(options.extraPhones ?? [])];
  const emails: string[] = [...PUBLIC_EMAILS];
  const addresses: string[] = [];
  for (const col of COLLECTIONS) {
    const dir = join(contentDir(root), col);
    for (const abs of walkFiles(dir)) {
      const m = /\.(mdx?|ya?ml)$/i.exec(abs);
      if (!m) continue;
      const id = relative(dir, abs)
        .split(sep)
        .join('/')
        .replace(/\.(mdx?|ya?ml)$/i, '');
      slugs[col].add(id.replace(/\/index$/, ''));
      let text = '';
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        continue;
      }
      const data = /\.ya?ml$/i.test(abs) ? safeYaml(text) : parseSource(text, abs).data;
      if (typeof data.slug === 'string') slugs[col].add(data.slug);
      if (col === 'stations') {
        collectValues(data, /^(?:phone|phones|tel|telephone|hotline|mobile)$/i, phones);
        collectValues(data, /^address$/i, addresses);
        collectValues(data, /^(?:email|e-mail|mail|mailbox)$/i, emails);
      }
    }
  }
  const laws = readLawDictionary(join(contentDir(root), 'laws'));
  const reportIds = readListIds(join(contentDir(root), 'report.yaml'));
  const figureIds = readListIds(join(contentDir(root), 'figures.yaml'));
  return {
    root,
    contentDir: contentDir(root),
    slugs,
    allowedEmails: new Set(emails.map((e) => e.trim().toLowerCase())),
    allowedPhones: new Set(phones.map(normalizePhone).filter(Boolean)),
    publicAddresses: addresses.map((a) => a.replace(/\s+/g, '')).filter(Boolean),
    now: options.now ?? clockNow(),
    ...(laws ? { laws } : {}),
    ...(reportIds ? { reportIds } : {}),
    ...(figureIds ? { figureIds } : {}),
  };
}

/** The `id`s of a list file such as report.yaml; undefined when the file is absent. */
export function readListIds(path: string): Set<string> | undefined {
  if (!existsSync(path)) return undefined;
  let list: unknown;
  try {
    list = parseYaml(readFileSync(path, 'utf8'));
  } catch {
    return new Set();
  }
  return new Set(
    (Array.isArray(list) ? list : []).flatMap((e) =>
      e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [],
    ),
  );
}

/**
 * Reads content/laws/<id>.yaml into a map by official name, resolving each
 * supersededBy to the successor's name. Undefined when the folder is absent.
 */
export function readLawDictionary(dir: string): Map<string, LawEntry> | undefined {
  if (!existsSync(dir)) return undefined;
  const byId = new Map<string, LawEntry>();
  for (const abs of walkFiles(dir)) {
    if (!/\.ya?ml$/i.test(abs)) continue;
    const data = safeYaml(readFileSync(abs, 'utf8'));
    if (typeof data.name !== 'string') continue;
    const id = relative(dir, abs)
      .split(sep)
      .join('/')
      .replace(/\.ya?ml$/i, '');
    byId.set(id, {
      id,
      name: data.name,
      status: typeof data.status === 'string' ? data.status : 'current',
      ...(typeof data.supersededBy === 'string' ? { supersededBy: data.supersededBy } : {}),
    });
  }
  return lawMap([...byId.values()]);
}

/** Builds the by-name map from entries, resolving successors by id (also used by tests). */
export function lawMap(entries: LawEntry[]): Map<string, LawEntry> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out = new Map<string, LawEntry>();
  for (const e of entries) {
    const successor = e.supersededBy ? byId.get(e.supersededBy) : undefined;
    out.set(e.name, successor ? { ...e, successorName: successor.name } : e);
  }
  return out;
}

function safeYaml(text: string): Record<string, unknown> {
  try {
    const v = parseYaml(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** An empty context for unit tests of rules that need nothing site-wide. */
export function emptyContext(overrides: Partial<LintContext> = {}): LintContext {
  return {
    root: '/nonexistent',
    contentDir: join(overrides.root ?? '/nonexistent', 'content'),
    allowedEmails: new Set(PUBLIC_EMAILS),
    slugs: { articles: new Set(), cases: new Set(), opendays: new Set(), stations: new Set(), pages: new Set(), cards: new Set() },
    allowedPhones: new Set(PUBLIC_HOTLINES),
    publicAddresses: [],
    now: new Date('2025-06-01T00:00:00+08:00'),
    ...overrides,
  };
}

/**
 * The collection a file belongs to, from its place under the content tree
 * (ctx.contentDir, which follows GARDENIA_CONTENT like the build), never from
 * the name of the content folder itself. Files outside the tree (a single file
 * linted by path) fall back to their nearest parent folder named like a collection.
 */
export function collectionOfFile(file: SourceFile, ctx: LintContext): (typeof COLLECTIONS)[number] | undefined {
  const abs = resolve(ctx.root, file.absPath);
  const inTree = relative(ctx.contentDir, abs).split(sep);
  const parts = inTree[0] === '..' ? file.relPath.split('/') : inTree;
  for (let i = parts.length - 2; i >= 0; i--) {
    if ((COLLECTIONS as readonly string[]).includes(parts[i]!)) return parts[i] as (typeof COLLECTIONS)[number];
    if (inTree[0] !== '..') break;
  }
  return undefined;
}

/**
 * True for a case story: a file of the cases collection, or any file whose
 * frontmatter says it is one (kind real/scenario with people), wherever it sits.
 */
export function isCaseFile(file: SourceFile, ctx: LintContext): boolean {
  if (collectionOfFile(file, ctx) === 'cases') return true;
  return (file.data.kind === 'real' || file.data.kind === 'scenario') && Array.isArray(file.data.people);
}
