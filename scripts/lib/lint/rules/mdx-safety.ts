/**
 * mdx-code and raw-html: what an MDX/Markdown file may contain besides text
 * (see mdx-guard.ts). mdx-code: `import`/`export` and `{…}` expressions, which
 * run on the build machine. raw-html: HTML tags and components other than the
 * editor components registered in src/components/mdx/index.ts, and script or
 * event attributes on those. The build refuses the same files
 * (build-guard.ts), so a file that slips past the lint never compiles.
 */
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { allowedComponents, scanMdx, type MdxProblem } from '../mdx-guard.ts';

const componentCache = new Map<string, string[]>();

/** The problems of one file, cached per parsed file so both rules share one scan. */
const scans = new WeakMap<SourceFile, MdxProblem[]>();
function problemsOf(file: SourceFile, ctx: LintContext): MdxProblem[] {
  if (file.kind === 'yaml') return [];
  let found = scans.get(file);
  if (!found) {
    let allowed = componentCache.get(ctx.root);
    if (!allowed) {
      allowed = allowedComponents(ctx.root);
      // Unit tests lint from a made-up root: fall back to this checkout's registry.
      if (allowed.length === 0) allowed = allowedComponents(new URL('../../../../', import.meta.url).pathname);
      componentCache.set(ctx.root, allowed);
    }
    found = scanMdx(file.text, allowed, file.kind === 'mdx' ? 'mdx' : 'md');
    scans.set(file, found);
  }
  return found;
}

const toRaw = (p: MdxProblem): RawFinding => ({ start: p.start, end: p.end, message: p.message, hint: p.hint });

/** import/export statements and {…} expressions. */
export const mdxCode: Rule = {
  id: 'mdx-code',
  severity: 'error',
  fixable: false,
  description: 'MDX 里的 import/export 语句和 {…} 表达式（会在构建时执行代码）',
  check: (file, ctx) =>
    problemsOf(file, ctx)
      .filter((p) => p.kind === 'esm' || p.kind === 'expression')
      .map(toRaw),
};

/** Raw HTML and unknown components; script URLs and event attributes on known ones. */
export const rawHtml: Rule = {
  id: 'raw-html',
  severity: 'error',
  fixable: false,
  description: '正文里的 HTML 标签和未登记的组件（只允许 src/components/mdx/index.ts 里的编辑组件）',
  check: (file, ctx) =>
    problemsOf(file, ctx)
      .filter((p) => p.kind === 'html' || p.kind === 'attribute')
      .map(toRaw),
};
