/**
 * Extracts links, images and headings from a file's `markup` (text with
 * code blanked), with offsets. Regex-based on purpose: see source.ts.
 */
import type { SourceFile } from './types.ts';

/** A link or image target with the offsets of the URL text itself. */
export interface Target {
  url: string;
  start: number;
  end: number;
}

/** An image reference and what we know about its alt text. */
export interface ImageRef extends Target {
  /** Offset of the `!` or `<` that starts the image. */
  at: number;
  /** Alt text; undefined when an <img> has no alt attribute at all. */
  alt: string | undefined;
  syntax: 'markdown' | 'html';
}

/** Markdown images `![alt](src "title")`. */
function markdownImages(file: SourceFile): ImageRef[] {
  const out: ImageRef[] = [];
  const re = /!\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
  for (const m of file.markup.slice(file.bodyStart).matchAll(re)) {
    const at = file.bodyStart + m.index;
    // `![` + alt + `](` puts the destination at least this far into the match.
    const afterParen = 2 + m[1]!.length + 2;
    const urlStart = at + (m[2] ? m[0].indexOf(m[2]!, afterParen) : afterParen);
    out.push({ at, alt: m[1]!, url: m[2]!, start: urlStart, end: urlStart + m[2]!.length, syntax: 'markdown' });
  }
  return out;
}

/** Reads the attributes of an HTML/JSX tag source: name → [value, offset of value]. */
export function tagAttributes(tag: string): Map<string, { value: string; offset: number }> {
  const attrs = new Map<string, { value: string; offset: number }>();
  const re = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|\{([^}]*)\}))?/g;
  const nameEnd = /^<\/?[A-Za-z][\w.:-]*/.exec(tag)?.[0].length ?? 1;
  re.lastIndex = nameEnd;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) {
    const value = m[2] ?? m[3] ?? m[4] ?? m[5];
    const valueIdx = value === undefined ? m.index : m.index + m[0].lastIndexOf(value);
    attrs.set(m[1]!, { value: value ?? '', offset: valueIdx });
    if (value === undefined) attrs.set(m[1]!, { value: '\u0000', offset: m.index });
  }
  return attrs;
}

/** All HTML/JSX opening tags named `names` (case-sensitive list). */
export function findTags(file: SourceFile, names: string[]): { name: string; at: number; source: string }[] {
  const out: { name: string; at: number; source: string }[] = [];
  const re = new RegExp(`<(${names.join('|')})(?=[\\s/>])(?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*>`, 'g');
  for (const m of file.markup.slice(file.bodyStart).matchAll(re)) out.push({ name: m[1]!, at: file.bodyStart + m.index, source: m[0] });
  return out;
}

/** HTML/JSX images (<img>, and Astro's <Image>/<Picture>). */
function htmlImages(file: SourceFile): ImageRef[] {
  const out: ImageRef[] = [];
  for (const tag of findTags(file, ['img', 'Image', 'Picture'])) {
    const attrs = tagAttributes(tag.source);
    const src = attrs.get('src');
    const alt = attrs.get('alt');
    const url = src && src.value !== '\u0000' ? src.value : '';
    out.push({
      at: tag.at,
      alt: alt ? (alt.value === '\u0000' ? '' : alt.value) : undefined,
      url,
      start: src ? tag.at + src.offset : tag.at,
      end: src ? tag.at + src.offset + url.length : tag.at + tag.name.length + 1,
      syntax: 'html',
    });
  }
  return out;
}

/** Every image referenced from the body, in file order. */
export function findImages(file: SourceFile): ImageRef[] {
  if (file.kind === 'yaml') return [];
  return [...markdownImages(file), ...htmlImages(file)].sort((a, b) => a.at - b.at);
}

/** Every link target in the body: Markdown links (not images) and href attributes. */
export function findLinks(file: SourceFile): Target[] {
  if (file.kind === 'yaml') return [];
  const out: Target[] = [];
  const body = file.markup.slice(file.bodyStart);
  const md = /(?<!!)\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
  for (const m of body.matchAll(md)) {
    const rel = m[0].indexOf(m[2]!, m[1]!.length + 2);
    const start = file.bodyStart + m.index + rel;
    out.push({ url: m[2]!, start, end: start + m[2]!.length });
  }
  const def = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
  for (const m of body.matchAll(def)) {
    const start = file.bodyStart + m.index + m[0].indexOf(m[1]!);
    out.push({ url: m[1]!, start, end: start + m[1]!.length });
  }
  const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
  for (const m of body.matchAll(href)) {
    const url = m[1] ?? m[2] ?? m[3] ?? '';
    const start = file.bodyStart + m.index + m[0].lastIndexOf(url);
    out.push({ url, start, end: start + url.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A heading in the body. */
export interface Heading {
  level: number;
  at: number;
  end: number;
  text: string;
}

/** ATX (`## x`), setext (`x\n===`) and HTML (`<h2>`) headings in the body. */
export function findHeadings(file: SourceFile): Heading[] {
  if (file.kind === 'yaml') return [];
  const out: Heading[] = [];
  const body = file.markup.slice(file.bodyStart);
  for (const m of body.matchAll(/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/gm)) {
    out.push({
      level: m[1]!.length,
      at: file.bodyStart + m.index + m[0].indexOf('#'),
      end: file.bodyStart + m.index + m[0].length,
      text: (m[2] ?? '').replace(/\s#+$/, ''),
    });
  }
  // Setext: a non-blank paragraph line directly followed by === or ---.
  for (const m of body.matchAll(/^(?! {0,3}(?:[-*+>#|]|\d+[.)]|<|$))( {0,3}\S.*)\n {0,3}(=+|-+)[ \t]*$/gm)) {
    const prevEnd = m.index === 0 ? -1 : body.lastIndexOf('\n', m.index - 1);
    const prevLine = body.slice(prevEnd + 1, m.index - 1);
    // Only the first line of a paragraph is taken, so the line above must be blank.
    if (m.index !== 0 && prevLine.trim() !== '') continue;
    const lead = m[1]!.length - m[1]!.trimStart().length;
    out.push({ level: m[2]![0] === '=' ? 1 : 2, at: file.bodyStart + m.index + lead, end: file.bodyStart + m.index + m[1]!.length, text: m[1]!.trim() });
  }
  for (const m of body.matchAll(/<h([1-6])(?=[\s>])[^>]*>/g)) {
    out.push({ level: Number(m[1]), at: file.bodyStart + m.index, end: file.bodyStart + m.index + m[0].length, text: '' });
  }
  return out.sort((a, b) => a.at - b.at);
}
