/**
 * What an MDX content file may contain beyond Markdown: the editor components
 * (the names exported by src/components/mdx/index.ts, read from that file so a
 * component another helper adds is allowed at once) with literal attributes.
 * Never ESM (`import`/`export`: code that runs on the build machine), never an
 * expression (`{…}`: code too), never raw HTML (`<meta http-equiv="refresh">`
 * sends every reader elsewhere; `<iframe>`, `<script>`, `on*=` are worse).
 *
 * One scanner, two users: the content lint (rules/mdx-safety.ts) and the build
 * (build-guard.ts), which throws before the MDX compiler sees the file, so the
 * code in it never runs. Plain text scanning on purpose: the guard must not
 * depend on the MDX compiler it protects, and fails closed (anything that
 * looks like a tag or an expression outside code counts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchBrace } from './braces.ts';

/** One forbidden construct, with offsets into the file's text. */
export interface MdxProblem {
  start: number;
  end: number;
  kind: 'esm' | 'expression' | 'html' | 'attribute';
  message: string;
  hint: string;
}

/** Where the editor components are registered, relative to the project root. */
export const MDX_COMPONENTS_FILE = 'src/components/mdx/index.ts';

/**
 * The component names editors may use: the keys of `export const mdxComponents
 * = { … }` in src/components/mdx/index.ts (shorthand `A` or `A: B` both count).
 */
export function allowedComponents(root: string): string[] {
  const path = join(root, MDX_COMPONENTS_FILE);
  if (!existsSync(path)) return [];
  const src = readFileSync(path, 'utf8');
  const obj = /export\s+const\s+mdxComponents\s*(?::[^=]+)?=\s*\{([^}]*)\}/.exec(src)?.[1];
  if (!obj) return [];
  return obj
    .split(',')
    .map((part) =>
      part
        .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
        .trim()
        .split(/\s*:\s*/)[0]!
        .replace(/^['"]|['"]$/g, ''),
    )
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

/** End of the frontmatter block (offset where the body starts), 0 when none. */
function bodyStartOf(text: string): number {
  const open = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const m = /(^|\n)---[ \t]*(?:\r?\n|$)/.exec(text.slice(open[0].length));
  return m ? open[0].length + m.index + m[0].length : 0;
}

/** A literal attribute expression: a number, a string, true/false/null, or a list of those. */
const LITERAL =
  /^\s*(?:-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|true|false|null|\[\s*(?:(?:-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*(?:,\s*(?:-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*)*)?\])\s*$/;
/** `{/* a comment *\/}`: MDX's own comment syntax, which runs nothing. */
const COMMENT_ONLY = /^\{\s*\/\*[\s\S]*?\*\/\s*\}$/;
/** Attribute values that would navigate or run script when rendered. */
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data|file):/i;

const HINT_ESM = '删除这一行。内容文件不能导入或导出任何东西：编辑组件（LawQuote、Steps、Step、QA、Callout 等）不用导入就能直接使用';
const HINT_EXPR =
  '删除大括号 { }：正文里的大括号会被当作程序代码执行。要写大括号本身，请写成全角“｛｝”；组件属性只能写固定的值，如 article={1085} 或 title="标题"';

/**
 * Scans an MDX file's text. `allowed` are the component names editors may use.
 * Code (fenced blocks, inline code spans) is skipped: MDX prints it, never runs it.
 */
export function scanMdx(text: string, allowed: readonly string[], mode: 'mdx' | 'md' = 'mdx'): MdxProblem[] {
  const out: MdxProblem[] = [];
  // Plain Markdown renders no components and runs no code, but passes raw HTML through.
  if (mode === 'md') allowed = [];
  const allowedSet = new Set(allowed);
  const list = allowed.length ? allowed.join('、') : '（无）';
  const body = bodyStartOf(text);
  let i = body;
  let lineStart = true;
  let fence: string | undefined;
  while (i < text.length) {
    const c = text[i]!;
    if (lineStart) {
      const eol = text.indexOf('\n', i);
      const line = text.slice(i, eol === -1 ? text.length : eol);
      if (fence) {
        if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined;
        i = eol === -1 ? text.length : eol + 1;
        continue;
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        fence = open[1]!;
        i = eol === -1 ? text.length : eol + 1;
        continue;
      }
      const esm = mode === 'mdx' ? /^\s*(import|export)(?=[\s{*])/.exec(line) : null;
      if (esm) {
        out.push({
          start: i + esm[0].length - esm[1]!.length,
          end: eol === -1 ? text.length : eol,
          kind: 'esm',
          message: `内容文件里不能有 ${esm[1]} 语句：它会在构建网站的电脑上执行代码`,
          hint: HINT_ESM,
        });
        i = eol === -1 ? text.length : eol + 1;
        continue;
      }
      lineStart = false;
    }
    if (c === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (c === '\\' && i + 1 < text.length) {
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const close = text.indexOf(run, i + run.length);
      const para = text.indexOf('\n\n', i);
      if (close !== -1 && (para === -1 || close < para)) {
        i = close + run.length;
        continue;
      }
      i += run.length;
      continue;
    }
    if (c === '{' && mode === 'mdx') {
      const e = matchBrace(text, i);
      const end = e === -1 ? text.length : e;
      if (!COMMENT_ONLY.test(text.slice(i, end))) {
        out.push({ start: i, end, kind: 'expression', message: '正文里有大括号表达式 {…}：它会在构建网站的电脑上作为程序代码执行', hint: HINT_EXPR });
      }
      i = end;
      continue;
    }
    if (c === '<') {
      const rest = text.slice(i, i + 2048);
      // Autolinks <https://…> are links, not tags.
      if (/^<[a-z][a-z0-9+.-]*:[^\s<>]*>/i.test(rest)) {
        i += rest.indexOf('>') + 1;
        continue;
      }
      if (rest.startsWith('<!--')) {
        const close = text.indexOf('-->', i);
        const end = close === -1 ? text.length : close + 3;
        // In .md a comment is harmless (the privacy rules read it too); MDX rejects it.
        if (mode === 'mdx')
          out.push({
            start: i,
            end,
            kind: 'html',
            message: 'MDX 文件里不能用 HTML 注释 <!-- -->',
            hint: '删除注释；给其他编辑看的备注请写成 {/* 备注 */}，它不会出现在网页上',
          });
        i = end;
        continue;
      }
      const tag = /^<(\/?)([A-Za-z][\w.:-]*)?/.exec(rest)!;
      const name = tag[2] ?? '';
      if (tag[0] === '<' && !/^<>/.test(rest)) {
        // A lone “<” (1 < 2): text, not a tag.
        i++;
        continue;
      }
      const end = scanTagEnd(text, i);
      if (!allowedSet.has(name)) {
        out.push({
          start: i,
          end: end === -1 ? i + tag[0].length : end,
          kind: 'html',
          message: name ? `不能在内容里直接写 HTML 或组件 <${name}>：只允许编辑组件 ${list}` : '不能在内容里写 <> 片段',
          hint: `删除这段 HTML，用 Markdown 写（标题 ##、列表 -、链接 [文字](地址)、图片 ![说明](地址)）；需要特殊版式时用编辑组件 ${list}`,
        });
        i = end === -1 ? i + tag[0].length : end;
        continue;
      }
      if (end === -1) {
        i += tag[0].length;
        continue;
      }
      out.push(...checkAttributes(text, i + tag[0].length, end, name));
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

/** The offset just past the `>` closing the tag at `i`, or -1. */
function scanTagEnd(text: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') {
      const e = matchBrace(text, j);
      if (e === -1) return -1;
      j = e - 1;
    } else if (c === '>') return j + 1;
    else if (c === '<') return -1;
  }
  return -1;
}

/** Attributes of an allowed component: literal values only, no script URLs, no spreads. */
function checkAttributes(text: string, from: number, to: number, name: string): MdxProblem[] {
  const out: MdxProblem[] = [];
  let j = from;
  while (j < to) {
    const c = text[j]!;
    if (c === '{') {
      const e = matchBrace(text, j);
      const end = e === -1 ? to : e;
      const inner = text.slice(j + 1, end - 1);
      const prev = text.slice(from, j).trimEnd();
      if (!prev.endsWith('=') || !LITERAL.test(inner)) {
        out.push({ start: j, end, kind: 'expression', message: `组件 <${name}> 的属性里有程序代码 {${inner.slice(0, 30)}}`, hint: HINT_EXPR });
      }
      j = end;
      continue;
    }
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      const end = close === -1 || close > to ? to : close + 1;
      const value = text.slice(j + 1, end - 1);
      if (DANGEROUS_URL.test(value)) {
        out.push({
          start: j + 1,
          end: end - 1,
          kind: 'attribute',
          message: `组件 <${name}> 的属性值“${value.slice(0, 30)}”是脚本或数据地址`,
          hint: '链接只能用 https:// 或 http:// 开头的网址，或以 / 开头的站内地址',
        });
      }
      j = end;
      continue;
    }
    const attr = /^on[a-z]+\s*=/i.exec(text.slice(j, to));
    if (attr && /[\s<]/.test(text[j - 1] ?? ' ')) {
      out.push({
        start: j,
        end: j + attr[0].length,
        kind: 'attribute',
        message: `组件 <${name}> 上不能写事件属性 ${attr[0].replace(/\s*=$/, '')}`,
        hint: '删除这个属性',
      });
      j += attr[0].length;
      continue;
    }
    j++;
  }
  return out;
}
