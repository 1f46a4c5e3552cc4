/**
 * Parses a content file once into what every rule needs: the original text,
 * the frontmatter data with offsets, and a "prose mask" — a copy of the text
 * of equal length where everything that is not running text is blanked out.
 *
 * Why a mask rather than an AST: rules then work with plain regexes on the
 * prose while still reporting offsets in the original file, and the text
 * editors pasted from Word/WeChat is often not valid enough Markdown for a
 * parser to be trusted with positions anyway.
 */
import { parseDocument, isMap, isSeq, isScalar, isPair } from 'yaml';
import type { FileKind, SourceFile, YamlScalar } from './types.ts';
import { matchBrace } from './braces.ts';

/** Returns the file kind for a path, or undefined when the lint ignores it. */
export function fileKindOf(path: string): FileKind | undefined {
  const m = /\.(md|mdx|ya?ml)$/i.exec(path);
  if (!m) return undefined;
  const ext = m[1]!.toLowerCase();
  if (ext === 'md') return 'md';
  if (ext === 'mdx') return 'mdx';
  return 'yaml';
}

/** Offsets of the first character of every line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Converts an offset into a 1-based line and column (UTF-16 units). */
export function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** Replaces [start, end) of a char array with spaces, keeping newlines. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = Math.max(0, start); i < end && i < chars.length; i++) {
    if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
}

/** Copies [start, end) of `text` into `chars` (used to un-blank YAML values). */
function copy(chars: string[], text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) chars[i] = text[i]!;
}

// URLs and e-mail addresses are ASCII by nature and full of digits, dots and
// colons: every punctuation and privacy rule would misfire on them. The URL
// class stops at the first non-ASCII char because Chinese text often glues
// a URL to the next word without a space.
const URL_RE = /\b(?:https?|ftp|mailto|tel):[!#-;=?-~]*[A-Za-z0-9/#=&_~-]|\bwww\.[!#-;=?-~]*[A-Za-z0-9/]/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const DOMAIN_RE = /\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org|gov|edu|info)\b(?:\/[!#-;=?-~]*)?/g;

/** Blanks URLs, e-mail addresses and bare domains within [start, end). */
function blankUrls(chars: string[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  for (const re of [URL_RE, EMAIL_RE, DOMAIN_RE]) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) blank(chars, start + m.index, start + m.index + m[0].length);
  }
}

/** Splits off YAML frontmatter delimited by `---` lines at the very top. */
function splitFrontmatter(text: string): { start: number; end: number; bodyStart: number } | undefined {
  const open = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const m = /(^|\n)---[ \t]*(?:\r?\n|$)/.exec(rest);
  if (!m) return undefined;
  const fmEnd = open[0].length + m.index + (m[1] ? 1 : 0);
  return { start: open[0].length, end: fmEnd, bodyStart: open[0].length + m.index + m[0].length };
}

/** Collects scalars with their value offsets (shifted by `base`). */
function collectScalars(src: string, base: number): { data: Record<string, unknown>; scalars: YamlScalar[] } {
  const scalars: YamlScalar[] = [];
  let data: Record<string, unknown> = {};
  try {
    const doc = parseDocument(src, { prettyErrors: false });
    const js = doc.toJS();
    if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (isMap(node)) {
        for (const item of node.items) {
          if (!isPair(item)) continue;
          const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
          walk(item.value, [...path, key]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((child, i) => walk(child, [...path, i]));
      } else if (isScalar(node) && node.range) {
        let [start, end] = node.range;
        if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
          start += 1;
          end -= 1;
        } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
          // Skip the `|` / `>-` header line; the content starts on the next line.
          const nl = src.indexOf('\n', start);
          start = nl === -1 ? end : nl + 1;
        }
        if (end > start) scalars.push({ path, value: node.value, start: base + start, end: base + end });
      }
    };
    walk(doc.contents, []);
  } catch {
    // Invalid YAML is the schema check's business; lint what we can.
  }
  return { data, scalars };
}

/** Parses a file's text into a SourceFile. */
export function parseSource(text: string, relPath: string, absPath = relPath): SourceFile {
  const kind = fileKindOf(relPath) ?? 'md';
  const chars = text.split('').map((c) => (c === '\n' || c === '\r' ? c : ' '));
  // Code and MDX statements blanked, everything else kept: for rules that
  // read Markdown/HTML syntax (links, images, headings) but must skip code.
  const markup = text.split('');
  let data: Record<string, unknown> = {};
  let scalars: YamlScalar[] = [];
  let bodyStart = 0;
  let frontmatter = { start: 0, end: 0 };

  const unmaskScalars = (): void => {
    for (const s of scalars) {
      if (typeof s.value !== 'string') continue;
      copy(chars, text, s.start, s.end);
      blankUrls(chars, text, s.start, s.end);
    }
  };

  if (kind === 'yaml') {
    ({ data, scalars } = collectScalars(text, 0));
    unmaskScalars();
    bodyStart = text.length;
  } else {
    const fm = splitFrontmatter(text);
    if (fm) {
      frontmatter = { start: fm.start, end: fm.end };
      ({ data, scalars } = collectScalars(text.slice(fm.start, fm.end), fm.start));
      unmaskScalars();
      bodyStart = fm.bodyStart;
    }
    maskBody(chars, markup, text, bodyStart, kind === 'mdx');
  }
  // In-place fixes of half-width quotes inside YAML double-quoted strings would
  // break the YAML, so the mask never lets a quote delimiter through (done above
  // by shrinking quoted ranges by one on each side).
  return {
    absPath,
    relPath,
    kind,
    text,
    prose: chars.join(''),
    markup: markup.join(''),
    data,
    scalars,
    bodyStart,
    frontmatter,
    lineStarts: computeLineStarts(text),
  };
}

/**
 * Masks the tag syntax of a JSX/HTML tag starting at `i` (on `<`). String
 * attribute values that hold Chinese text (alt, title, caption) stay visible
 * as prose; names, expressions and URL/path values are blanked.
 * Returns the offset just past the tag, or -1 when this is not a tag.
 */
function maskTag(chars: string[], text: string, i: number, limit: number): number {
  const head = /^<\/?(?:[A-Za-z][\w.:-]*)?/.exec(text.slice(i, i + 64));
  if (!head) return -1;
  const afterName = text[i + head[0].length];
  // `<>` fragments are fine; `<` followed by a name must continue like a tag.
  if (head[0] === '<' && afterName !== '>') return -1;
  if (head[0] === '</' && afterName !== '>') return -1;
  if (afterName !== undefined && !/[\s/>]/.test(afterName)) return -1;
  let j = i + head[0].length;
  const keep: [number, number][] = [];
  while (j < limit) {
    const c = text[j]!;
    if (c === '>') {
      j++;
      blank(chars, i, j);
      for (const [s, e] of keep) copy(chars, text, s, e);
      return j;
    }
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      if (close === -1 || close >= limit) return -1;
      const value = text.slice(j + 1, close);
      if (/\p{Script=Han}/u.test(value) && !/^(?:[a-z]+:|\/|\.\.?\/|#)/i.test(value)) keep.push([j + 1, close]);
      j = close + 1;
      continue;
    }
    if (c === '{') {
      const close = matchBrace(text, j, limit);
      if (close === -1) return -1;
      j = close;
      continue;
    }
    if (c === '<') return -1;
    j++;
  }
  return -1;
}

/** Blanks everything in the Markdown/MDX body that is not prose. */
function maskBody(chars: string[], markup: string[], text: string, bodyStart: number, mdx: boolean): void {
  copy(chars, text, bodyStart, text.length);
  const lineStarts = computeLineStarts(text);
  const lines: { start: number; end: number }[] = [];
  for (let k = 0; k < lineStarts.length; k++) {
    const start = lineStarts[k]!;
    if (start < bodyStart) continue;
    const next = lineStarts[k + 1];
    lines.push({ start, end: next === undefined ? text.length : next - 1 });
  }

  // 1. Line-level: fenced code, MDX import/export statements, block markers.
  let fence: { ch: string; len: number } | undefined;
  for (let k = 0; k < lines.length; k++) {
    const { start, end } = lines[k]!;
    const line = text.slice(start, end);
    if (fence) {
      blank(chars, start, end);
      blank(markup, start, end);
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.ch && close[1]!.length >= fence.len) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = { ch: open[1]![0]!, len: open[1]!.length };
      blank(chars, start, end);
      blank(markup, start, end);
      continue;
    }
    if (mdx && /^(?:import|export)\b/.test(line)) {
      // Statements may span lines (`import {\n a,\n} from '…'`): follow the brackets.
      let depth = 0;
      let m = k;
      for (; m < lines.length; m++) {
        const l = text.slice(lines[m]!.start, lines[m]!.end);
        for (const c of l) {
          if ('{(['.includes(c)) depth++;
          else if ('})]'.includes(c)) depth--;
        }
        blank(chars, lines[m]!.start, lines[m]!.end);
        blank(markup, lines[m]!.start, lines[m]!.end);
        if (depth <= 0) break;
      }
      k = m;
      continue;
    }
    // Reference-style link definitions are pure syntax + URL.
    if (/^ {0,3}\[[^\]]+\]:\s*\S+/.test(line)) {
      blank(chars, start, end);
      continue;
    }
    // Thematic breaks, setext underlines and table delimiter rows.
    if (/^\s*(?:[-*_=]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(line)) {
      blank(chars, start, end);
      continue;
    }
    // Leading block markers: blockquote `>`, heading `#`, list markers.
    const marker = /^(?:\s*>)*\s*(?:#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s|$)|\[[ xX]\](?=\s))?(?:\s+\[[ xX]\](?=\s))?/.exec(line);
    if (marker && marker[0].length > 0) blank(chars, start, start + marker[0].length);
    // Closing sequence of an ATX heading (`## 标题 ##`).
    const closing = /\s#+\s*$/.exec(line);
    if (closing && /^(?:\s*>)*\s*#{1,6}\s/.test(line)) blank(chars, start + closing.index, end);
  }

  // 2. Inline, on the whole body: comments, code spans, autolinks, tags, expressions, link targets.
  const limit = text.length;
  let i = bodyStart;
  while (i < limit) {
    if (chars[i] === ' ' && text[i] !== ' ') {
      i++;
      continue;
    }
    const c = text[i]!;
    if (c === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const e = close === -1 ? limit : close + 3;
      blank(chars, i, e);
      blank(markup, i, e);
      i = e;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      const para = text.indexOf('\n\n', i);
      if (close !== -1 && (para === -1 || close < para)) {
        blank(chars, i, close + run.length);
        blank(markup, i, close + run.length);
        i = close + run.length;
        continue;
      }
      i += run.length;
      continue;
    }
    if (c === '<') {
      const auto = /^<(?:[a-z][a-z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/i.exec(text.slice(i, i + 2048));
      if (auto) {
        blank(chars, i, i + auto[0].length);
        i += auto[0].length;
        continue;
      }
      const e = maskTag(chars, text, i, limit);
      if (e !== -1) {
        i = e;
        continue;
      }
    }
    if (c === '{' && mdx) {
      const e = matchBrace(text, i, limit);
      if (e !== -1) {
        blank(chars, i, e);
        i = e;
        continue;
      }
    }
    if (c === ']' && text[i + 1] === '(') {
      // Link / image destination, including the parentheses (nested parens allowed once).
      const m = /^\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/.exec(text.slice(i + 1, i + 2049));
      if (m) {
        blank(chars, i + 1, i + 1 + m[0].length);
        i += 1 + m[0].length;
        continue;
      }
    }
    if (c === '[' && text[i + 1] === '^') {
      const m = /^\[\^[^\]\s]+\]:?/.exec(text.slice(i, i + 64));
      if (m) {
        blank(chars, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  blankUrls(chars, chars.join(''), bodyStart, limit);
}

/**
 * Splits the prose into paragraphs: YAML values one by one, and in the body
 * blocks separated by blank lines, with headings, list items and table rows
 * standing alone. Bracket balancing and quote pairing work per paragraph.
 */
export function paragraphs(file: SourceFile): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of file.scalars) if (typeof s.value === 'string') out.push({ start: s.start, end: s.end });
  if (file.kind === 'yaml') return out;
  let cur: { start: number; end: number } | undefined;
  const starts = file.lineStarts;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (start < file.bodyStart) continue;
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : file.text.length;
    const raw = file.text.slice(start, end);
    const prose = file.prose.slice(start, end);
    const blankLine = prose.trim() === '';
    const standalone = /^(?:\s*>)*\s*(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|\|)/.test(raw);
    if (blankLine) {
      if (cur) out.push(cur);
      cur = undefined;
      continue;
    }
    if (standalone && cur) {
      out.push(cur);
      cur = undefined;
    }
    if (cur) cur.end = end;
    else cur = { start, end };
  }
  if (cur) out.push(cur);
  return out;
}
