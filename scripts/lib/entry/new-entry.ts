/**
 * `npm run new -- <collection> "<中文标题>"`: writes a draft entry that
 * passes the schema and the lint, at a pinyin file name, and says how to
 * preview it. The logic lives here; scripts/new-entry.ts only forwards argv.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { todayInShanghai } from '../../../src/lib/shanghai-time.ts';
import { now } from '../../../src/lib/clock.ts';
import { buildContext, emptyContext } from '../lint/context.ts';
import { fixSource, formatText, lintSource } from '../lint/run.ts';
import { parseSource } from '../lint/source.ts';
import { RULES } from '../lint/rules/index.ts';
import type { Finding, Rule } from '../lint/types.ts';
import { existingSlugs, reservedPageSlugs, slugify, uniqueSlug } from './slug.ts';
import { COLLECTION_NAMES, ENTRY_COLLECTIONS, extensionOf, renderEntry, routeOf, type EntryCollection, type EntryInput } from './template.ts';

/** The lint rules whose fixes are safe to apply to generated text. */
export const SAFE_FIX_RULES: readonly Rule[] = RULES.filter((r) => r.fixable);

/** Minimal output sinks, so tests can capture what the CLI prints. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  now?: Date;
}

/** The content folder: --content, else $GARDENIA_CONTENT (as the build reads it), else ./content. */
export function contentDirOf(cwd: string, option?: string): string {
  return resolve(cwd, option ?? process.env.GARDENIA_CONTENT ?? 'content');
}

/** The site root the lint runs from: the folder holding content/. */
export function siteRootOf(contentDir: string): string {
  return dirname(contentDir);
}

/** A planned entry: where it goes and what it says. */
export interface PlannedEntry {
  collection: EntryCollection;
  slug: string;
  /** Absolute path of the file. */
  path: string;
  /** Path relative to the site root, forward slashes (content/articles/x.mdx). */
  relPath: string;
  text: string;
  /** Findings left after the safe fixes (warnings only when all went well). */
  findings: Finding[];
}

/** Parses a collection argument, accepting the singular too (article → articles). */
export function parseCollection(arg: string | undefined): EntryCollection | undefined {
  if (!arg) return undefined;
  const a = arg.toLowerCase();
  return (ENTRY_COLLECTIONS as readonly string[]).find((c) => c === a || c === `${a}s` || (a === 'openday' && c === 'opendays')) as EntryCollection | undefined;
}

/**
 * Plans an entry: picks a free slug, renders the template, cleans it with the
 * lint's safe fixes (so a title pasted with half-width punctuation or
 * Traditional characters comes out right) and lints the result.
 */
export async function planEntry(
  collection: EntryCollection,
  contentDir: string,
  input: Omit<EntryInput, 'title'> & { title: string; slug?: string },
): Promise<PlannedEntry> {
  const dir = join(contentDir, collection);
  const taken = existingSlugs(dir);
  if (collection === 'pages') for (const r of reservedPageSlugs()) taken.add(r);
  const base = input.slug ? slugify(input.slug) : slugify(input.title);
  const slug = uniqueSlug(base || collection.replace(/s$/, ''), taken);
  const path = join(dir, `${slug}.${extensionOf(collection)}`);
  const root = siteRootOf(contentDir);
  const relPath = `${relative(root, path).split('\\').join('/')}`;
  const raw = renderEntry(collection, input);
  const fixed = await fixSource(raw, relPath, path, emptyContext(), SAFE_FIX_RULES);
  const ctx = existsSync(join(root, 'content')) || basename(contentDir) === 'content' ? buildContext(root) : emptyContext();
  const findings = (await lintSource(parseSource(fixed.text, relPath, path), ctx, RULES)).map(({ fix: _f, ...f }) => f);
  return { collection, slug, path, relPath, text: fixed.text, findings };
}

const USAGE = `用法：npm run new -- <类型> "<中文标题>"

类型：${ENTRY_COLLECTIONS.map((c) => `${c}（${COLLECTION_NAMES[c]}）`).join('、')}

例子：
  npm run new -- articles "离婚冷静期怎么算"
  npm run new -- stations "某某镇妇女儿童维权工作室"

选项：
  --slug <英文地址>   不用标题的拼音，自己指定文件名（小写字母、数字和连字符）
  --content <目录>    内容目录，默认 content/
`;

/** The CLI: parses argv, writes the file, prints where it is; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const positional: string[] = [];
  let slug: string | undefined;
  let content: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else if (a === '--slug') slug = argv[++i];
    else if (a === '--content') content = argv[++i];
    else if (a.startsWith('--')) {
      io.err(`未知选项：${a}\n\n${USAGE}`);
      return 2;
    } else positional.push(a);
  }
  const collection = parseCollection(positional[0]);
  const title = positional.slice(1).join(' ').trim();
  if (!collection || !title) {
    io.err(`${collection ? '缺少标题。' : `不认识的类型“${positional[0] ?? ''}”。`}\n\n${USAGE}`);
    return 2;
  }
  const max = collection === 'stations' ? 60 : 40;
  if ([...title].length < 2 || [...title].length > max) {
    io.err(`标题要有 2–${max} 个字（现在是 ${[...title].length} 个字）。请换一个${[...title].length > max ? '短一点' : '完整'}的标题。\n`);
    return 2;
  }
  const contentDir = contentDirOf(io.cwd, content);
  const today = todayInShanghai(io.now ?? now());
  const plan = await planEntry(collection, contentDir, { title, today, ...(slug ? { slug } : {}) });
  const errors = plan.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    io.err(`没有创建文件：标题里有需要先改正的问题。\n${errors.map((f) => `  ${formatText(f)}`).join('\n')}\n`);
    return 1;
  }
  mkdirSync(dirname(plan.path), { recursive: true });
  writeFileSync(plan.path, plan.text, 'utf8');
  const shown = relative(io.cwd, plan.path).split('\\').join('/') || plan.path;
  const url = `http://localhost:4321${routeOf(collection, plan.slug)}`;
  io.out(
    [
      `已新建${COLLECTION_NAMES[collection]}${collection === 'stations' ? '' : '（草稿）'}：${shown}`,
      `网页地址将是：${routeOf(collection, plan.slug)}`,
      '',
      '下一步：',
      collection === 'stations'
        ? '  1. 打开这个文件，按注释填写核实过的信息（不知道的就不写）。'
        : '  1. 打开这个文件，把所有“【待填写】”换成真实内容（文件开头的注释有说明）。',
      `  2. 预览：运行 npm run dev，然后在浏览器打开 ${url}`,
      `  3. 检查：npm run lint:content -- ${shown}`,
      collection === 'stations'
        ? '  4. 核实后把 draft: true 改为 false，再提交。'
        : '  4. 写好后把 draft: true 改为 false（或写一个将来的 publishDate），再提交。',
      '',
    ].join('\n'),
  );
  return 0;
}
