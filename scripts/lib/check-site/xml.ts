/** XML parsing shared by the sitemap and feed checks (fast-xml-parser). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements that may repeat and so always come back as arrays. */
const LISTS = new Set(['sitemap', 'url', 'item', 'category']);

/** Parses XML; returns an error message instead when it is not well-formed. */
export function parseXml(text: string): { ok: true; doc: Record<string, unknown> } | { ok: false; error: string } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, error: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => LISTS.has(name),
    parseTagValue: false,
    trimValues: true,
  });
  return { ok: true, doc: parser.parse(text) as Record<string, unknown> };
}

/** Text content of a parsed element (string, or {#text} when it has attributes). */
export function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}
