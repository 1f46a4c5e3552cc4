/**
 * `npm run import -- <file> --as <collection>`: turns a plain-text report
 * copied from a news site or exported from Word into a draft MDX entry.
 *
 * The text is cleaned with the lint's own fixers (pinyin annotations,
 * Traditional characters, half-width punctuation), paragraphs glued together
 * are split again, bylines move into the frontmatter, and everything the
 * tools cannot decide — lost characters, phone numbers, names — is printed
 * with its line in the new file for a person to check. No text is dropped:
 * what is not body is kept in the frontmatter, word for word.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { todayInShanghai } from '../../../src/lib/shanghai-time.ts';
import { now } from '../../../src/lib/clock.ts';
import { emptyContext } from '../lint/context.ts';
import { fixSource, formatText } from '../lint/run.ts';
import type { Finding } from '../lint/types.ts';
import { contentDirOf, parseCollection, planEntry, SAFE_FIX_RULES, type Io, type PlannedEntry } from '../entry/new-entry.ts';
import { COLLECTION_NAMES, routeOf, type EntryCollection, type SourceInfo } from '../entry/template.ts';
import { PLACEHOLDER } from '../lint/rules/placeholder.ts';
import { decodeReport, inputProblem, normaliseWhitespace } from './decode.ts';
import { isByline, sourceFrom } from './byline.ts';
import { headingMarker, splitLong, splitRunTogether } from './paragraphs.ts';

/** Collections a report can become (stations are structured data, not prose). */
export const IMPORT_COLLECTIONS = ['articles', 'cases', 'opendays', 'pages'] as const;

/** The structure read from a report. */
export interface ParsedReport {
  title?: string;
  bylines: string[];
  /** Body blocks: paragraphs, and headings as `## …`. */
  blocks: string[];
  /** What was changed, for the person importing. */
  notes: string[];
}

/** Escapes what MDX would read as JSX or an expression; the characters themselves stay. */
export function escapeMdx(p: string): string {
  return p.replace(/[{}<>]/g, (c) => `\\${c}`);
}

/** Cleans text with the lint's safe fixers, paragraph by paragraph (one per line). */
export async function cleanText(text: string): Promise<{ text: string; counts: Record<string, number> }> {
  const paragraphs = normaliseWhitespace(text).split('\n').filter(Boolean);
  const fixed = await fixSource(paragraphs.join('\n\n'), 'import.md', 'import.md', emptyContext(), SAFE_FIX_RULES);
  return { text: fixed.text, counts: fixed.counts };
}

const FIX_NAMES: Record<string, string> = {
  'pinyin-annotation': '删除拼音注音',
  'traditional-chars': '繁体改简体',
  'halfwidth-punctuation': '半角标点改全角',
};

/** Splits cleaned text into title, bylines and body blocks. */
export function parseReport(cleaned: string, options: { title?: string } = {}): ParsedReport {
  const notes: string[] = [];
  let paragraphs = cleaned
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  let title = options.title;
  if (!title && paragraphs[0] && !isByline(paragraphs[0])) {
    const first = paragraphs[0];
    if ([...first].length >= 2 && [...first].length <= 40 && !/[。！？；，]$/.test(first) && !headingMarker(first)) {
      title = first;
      paragraphs = paragraphs.slice(1);
    }
  }
  const bylines = paragraphs.filter(isByline);
  paragraphs = paragraphs.filter((p) => !isByline(p));

  let glued = 0;
  let long = 0;
  const pieces: string[] = [];
  for (const p of paragraphs) {
    const parts = splitRunTogether(p);
    glued += parts.length - 1;
    for (const part of parts) {
      const short = splitLong(part);
      long += short.length - 1;
      pieces.push(...short);
    }
  }
  if (glued) notes.push(`拆开了 ${glued} 处连在一起的段落（句号后紧跟“一、”“（一）”或日期的地方），请对照原文核对分段。`);
  if (long) notes.push(`在过长段落的句号处另起了 ${long} 段，方便手机阅读；引号里的话没有拆开。`);

  // The first kind of heading marker seen becomes ##, the other ###, so headings never skip a level.
  const kinds = [...new Set(pieces.map(headingMarker).filter(Boolean))];
  const blocks = pieces.map((p) => {
    const kind = headingMarker(p);
    return kind ? `${kinds.indexOf(kind) === 0 ? '##' : '###'} ${escapeMdx(p)}` : escapeMdx(p);
  });
  return { ...(title ? { title } : {}), bylines, blocks, notes };
}

/** The result of an import: the planned file and what a person must check. */
export interface ImportResult {
  plan: PlannedEntry;
  notes: string[];
  /** Findings in the new file the tools could not fix (with lines in the new file). */
  findings: Finding[];
}

/** Imports a report's bytes as a draft entry of `collection` (does not write). */
export async function importReport(
  bytes: Uint8Array,
  collection: EntryCollection,
  options: { contentDir: string; today: string; fileName: string; title?: string; slug?: string },
): Promise<ImportResult> {
  const decoded = decodeReport(bytes);
  const cleaned = await cleanText(decoded.text);
  const report = parseReport(cleaned.text, options.title ? { title: options.title } : {});
  const notes = [...decoded.notes];
  const fixes = Object.entries(cleaned.counts).map(([rule, n]) => `${FIX_NAMES[rule] ?? rule} ${n} 处`);
  if (fixes.length) notes.push(`已自动修正：${fixes.join('，')}。`);
  notes.push(...report.notes);
  const title = report.title ?? `${PLACEHOLDER}标题`;
  if (!report.title) notes.push('没有找到标题（第一行太长或像正文），请在 title 里填写。');

  let source: SourceInfo | undefined;
  const comments: string[] = [];
  if (report.bylines.length) {
    comments.push(`原文署名（导入时从正文移到这里，发布前请核实）：${report.bylines.join(' / ')}`);
    notes.push(`把 ${report.bylines.length} 行署名（来源、记者、编辑等）移到了文件开头${collection === 'cases' ? '的 source 字段' : '的注释'}里。`);
  }
  if (collection === 'cases') {
    source = report.bylines.length
      ? sourceFrom(report.bylines)
      : { note: '导入的原文没有署名：请写明发布单位；如果是为普法编写的情景案例，把 kind 改为 scenario 并删除 source' };
    notes.push('案例的 kind 设为 real（真实案例），category 是默认值 domestic-violence，人物 people 为空：请按实际情况修改，人物一律用化名。');
  } else if (collection === 'articles') {
    notes.push('topics、audiences 是默认值，laws 是占位：请按文章内容修改，引用的每一条法律都要列出并核对官方原文。');
  } else if (collection === 'opendays') {
    notes.push('status 默认是 scheduled（将要举办）；已经办完的活动报道请改为 completed。');
  }
  const body = `${report.blocks.join('\n\n')}\n`;
  const plan = await planEntry(collection, options.contentDir, {
    title,
    today: options.today,
    body,
    notes: comments,
    madeBy: `由 npm run import 从 ${options.fileName} 导入，是草稿`,
    ...(source ? { source } : {}),
    ...(options.slug ? { slug: options.slug } : report.title ? {} : { slug: 'imported' }),
  });
  return { plan, notes, findings: plan.findings };
}

const USAGE = `用法：npm run import -- <文本文件> --as <类型> [选项]

把从新闻网站复制或从 Word 另存的纯文本（.txt）变成一篇草稿（draft: true）。

类型：${IMPORT_COLLECTIONS.map((c) => `${c}（${COLLECTION_NAMES[c]}）`).join('、')}

选项：
  --title <标题>      指定标题（默认用第一行）
  --slug <英文地址>   指定文件名（默认用标题的拼音）
  --dry-run           只显示结果，不写文件
  --content <目录>    内容目录，默认 content/
`;

/** The CLI; resolves to the exit code (0 when the draft was written, whatever it still needs). */
export async function main(argv: string[], io: Io): Promise<number> {
  let file: string | undefined;
  let as: string | undefined;
  let title: string | undefined;
  let slug: string | undefined;
  let content: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else if (a === '--as') as = argv[++i];
    else if (a.startsWith('--as=')) as = a.slice(5);
    else if (a === '--title') title = argv[++i];
    else if (a === '--slug') slug = argv[++i];
    else if (a === '--content') content = argv[++i];
    else if (a === '--dry-run') dryRun = true;
    else if (a.startsWith('--')) {
      io.err(`未知选项：${a}\n\n${USAGE}`);
      return 2;
    } else file = a;
  }
  const collection = parseCollection(as);
  if (!file || !collection || !(IMPORT_COLLECTIONS as readonly string[]).includes(collection)) {
    io.err(
      `${!file ? '缺少要导入的文件。' : collection === 'stations' ? '服务站点是结构化信息，不能从文章导入：请用 npm run new -- stations "名称" 新建后手动填写。' : `请用 --as 指定类型。`}\n\n${USAGE}`,
    );
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.startsWith('/') ? file : `${io.cwd}/${file}`);
  } catch {
    io.err(`找不到文件：${file}\n`);
    return 2;
  }
  const problem = inputProblem(bytes);
  if (problem) {
    io.err(`无法导入 ${file}：${problem}\n`);
    return 1;
  }
  const result = await importReport(bytes, collection, {
    contentDir: contentDirOf(io.cwd, content),
    today: todayInShanghai(io.now ?? now()),
    fileName: basename(file),
    ...(title ? { title } : {}),
    ...(slug ? { slug } : {}),
  });
  const { plan } = result;
  if (dryRun) io.out(plan.text);
  else {
    mkdirSync(dirname(plan.path), { recursive: true });
    writeFileSync(plan.path, plan.text, 'utf8');
  }
  const shown = relative(io.cwd, plan.path).split('\\').join('/') || plan.path;
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const lines = [
    `${dryRun ? '（试运行，没有写文件）将' : '已'}导入为${COLLECTION_NAMES[collection]}草稿：${shown}`,
    ...result.notes.map((n) => `  · ${n}`),
    '',
  ];
  if (result.findings.length) {
    lines.push(`还有 ${result.findings.length} 处需要人工检查（${errors} 个错误，行号是新文件里的行号）：`);
    lines.push(...result.findings.map((f) => `  ${formatText(f)}`), '');
  } else lines.push('检查没有发现问题。', '');
  lines.push(`预览：运行 npm run dev，然后在浏览器打开 http://localhost:4321${routeOf(collection, plan.slug)}`);
  lines.push('核对无误、填好所有“【待填写】”后，把 draft 改为 false 再提交。', '');
  io.out(lines.join('\n'));
  return 0;
}
