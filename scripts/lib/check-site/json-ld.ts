/**
 * Every JSON-LD block parses and each entity carries what search engines need
 * for its type; an entity of a type not listed here must still say its @type.
 */
import type { Check, Finding, Page } from './types.ts';

/** Required properties by schema.org type. */
export const REQUIRED: Record<string, readonly string[]> = {
  Article: ['headline', 'datePublished', 'author'],
  NewsArticle: ['headline', 'datePublished', 'author'],
  BlogPosting: ['headline', 'datePublished', 'author'],
  Event: ['name', 'startDate', 'location'],
  EducationEvent: ['name', 'startDate', 'location'],
  GovernmentOffice: ['name'],
  GovernmentOrganization: ['name'],
  Organization: ['name'],
  Place: ['name'],
};

/** Properties that must be ISO 8601 dates when present. */
const DATE_PROPS = ['datePublished', 'dateModified', 'startDate', 'endDate'];
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const BLOCK_RE = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/** Problems with one top-level entity. */
export function checkEntity(entity: unknown): string[] {
  if (!entity || typeof entity !== 'object' || Array.isArray(entity)) return ['a JSON-LD entity is not an object'];
  const e = entity as Record<string, unknown>;
  const type = e['@type'];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string' && t !== '');
  if (types.length === 0) return ['a JSON-LD entity has no @type'];
  const out: string[] = [];
  for (const t of types) {
    for (const prop of REQUIRED[t] ?? []) if (isEmpty(e[prop])) out.push(`${t} has no ${prop}`);
  }
  for (const prop of DATE_PROPS) {
    const v = e[prop];
    if (v !== undefined && (typeof v !== 'string' || !ISO_DATE_RE.test(v) || Number.isNaN(Date.parse(v)))) {
      out.push(`${types.join('/')} ${prop} "${String(v)}" is not an ISO 8601 date`);
    }
  }
  return out;
}

/** Top-level entities of a parsed block (a single object, an array, or @graph). */
function entities(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap(entities);
  if (data && typeof data === 'object' && Array.isArray((data as Record<string, unknown>)['@graph'])) {
    return (data as Record<string, unknown[]>)['@graph']!;
  }
  return [data];
}

/** Line number (1-based) of an offset in text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function findingsFor(page: Page): Finding[] {
  const out: Finding[] = [];
  for (const m of page.html.matchAll(BLOCK_RE)) {
    const line = lineAt(page.html, m.index);
    let data: unknown;
    try {
      data = JSON.parse(m[1]!);
    } catch (e) {
      out.push({ file: page.file, line, message: `JSON-LD does not parse: ${(e as Error).message}` });
      continue;
    }
    for (const ent of entities(data)) for (const message of checkEntity(ent)) out.push({ file: page.file, line, message: `JSON-LD: ${message}` });
  }
  return out;
}

export const jsonLd: Check = {
  id: 'json-ld',
  description: 'JSON-LD parses and has the required fields for its type',
  run: (site) => site.pages.flatMap(findingsFor),
};
