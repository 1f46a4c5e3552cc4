/**
 * The build's own privacy and safety gate, as an Astro integration, so it
 * holds however the build is started (npm run build, astro build, astro dev):
 *
 * - every .mdx module is checked (mdx-guard.ts) when Vite transforms it; a
 *   file with import/export, an expression or raw HTML stops the build with
 *   the same Chinese report as the content lint. Throwing in the transform
 *   means the compiled module is never evaluated: its code never runs.
 * - after the build, images the build wrote are stripped of metadata and every
 *   image in the output is scanned for GPS (dist-gps.ts); any left fails the build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { allowedComponents, scanMdx } from './mdx-guard.ts';
import { computeLineStarts, positionOf } from './source.ts';
import { formatDistGps, scanDistForGps, stripBuildImages } from './dist-gps.ts';

/** The report for one refused MDX file, in the lint's line format. */
export function mdxGuardReport(text: string, file: string, allowed: readonly string[]): string | undefined {
  const problems = scanMdx(text, allowed);
  if (problems.length === 0) return undefined;
  const starts = computeLineStarts(text);
  return problems
    .map((p) => {
      const { line, column } = positionOf(starts, p.start);
      const rule = p.kind === 'esm' || p.kind === 'expression' ? 'mdx-code' : 'raw-html';
      return `${file}:${line}:${column}  error  ${rule}  ${p.message}  （修改建议：${p.hint}）`;
    })
    .join('\n');
}

/** The integration; add it to astro.config.mjs after mdx(). */
export function gardeniaGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gardenia:guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        const allowed = allowedComponents(root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gardenia:mdx-guard',
                enforce: 'pre',
                // Read the file itself, not `code`: whichever plugin ran first, the check sees what the editor wrote.
                load(id: string) {
                  guard(id);
                  return null;
                },
                transform(_code: string, id: string) {
                  guard(id);
                  return null;
                },
              },
            ],
          },
        });
        // Both hooks see every .mdx file; a text that passed once is not scanned again (the second
        // scan was a quarter of a second per 1,000 articles). Keyed by a hash of the text, so an edit
        // under `astro dev` is always scanned.
        const passed = new Map<string, string>();
        function guard(id: string): void {
          const path = id.split('?')[0]!;
          if (!path.endsWith('.mdx') || path.startsWith('\0')) return;
          let text: string;
          try {
            text = readFileSync(path, 'utf8');
          } catch {
            return;
          }
          const hash = createHash('sha1').update(text).digest('base64');
          if (passed.get(path) === hash) return;
          const rel = relative(root, path).split(sep).join('/');
          const report = mdxGuardReport(text, rel, allowed);
          if (report) throw new Error(`内容文件含有不允许的代码或 HTML，构建已停止，文件里的代码没有执行：\n${report}`);
          passed.set(path, hash);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const stripped = await stripBuildImages(dist);
        if (stripped.length) logger.info(`已去除 ${stripped.length} 张构建图片的元数据（EXIF/XMP）：${stripped.join(', ')}`);
        const found = await scanDistForGps(dist);
        if (found.length)
          throw new Error(`构建出的网站里仍有带 GPS 位置的图片，构建失败：\n${formatDistGps(found, relative(root, dist).split(sep).join('/') || 'dist')}`);
      },
    },
  };
}
