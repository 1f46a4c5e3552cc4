/**
 * Builds the site-wide knowledge rules need: which slugs exist (for links)
 * and which phone numbers/addresses are public (for the privacy rules).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { digitsOnly } from './text.ts';
import { parseSource } from './source.ts';
import type { LintContext } from './types.ts';

/**
 * Public hotlines that may appear anywhere: emergency numbers and the
 * national rights/legal-service lines the site promotes.
 */
export const PUBLIC_HOTLINES: readonly string[] = ['110', '119', '120', '122', '12110', '12309', '12338', '12345', '12348', '12355'];

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
  const addresses: string[] = [];
  for (const col of COLLECTIONS) {
    const dir = join(contentDir(root), col);
    for (const abs of walkFiles(dir)) {
      const m = /\.(mdx?|ya?ml)$/i.exec(abs);
      if (!m) continue;
      const id = relative(dir, abs).split(sep).join('/').replace(/\.(mdx?|ya?ml)$/i, '');
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
      }
    }
  }
  return {
    root,
    slugs,
    allowedPhones: new Set(phones.map(normalizePhone).filter(Boolean)),
    publicAddresses: addresses.map((a) => a.replace(/\s+/g, '')).filter(Boolean),
    now: options.now ?? new Date(),
  };
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
    slugs: { articles: new Set(), cases: new Set(), opendays: new Set(), stations: new Set(), pages: new Set(), cards: new Set() },
    allowedPhones: new Set(PUBLIC_HOTLINES),
    publicAddresses: [],
    now: new Date('2025-06-01T00:00:00+08:00'),
    ...overrides,
  };
}
