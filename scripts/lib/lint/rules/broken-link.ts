/**
 * broken-link: internal links that lead nowhere. Which addresses exist comes
 * from the route table in src/lib/routes.ts (the same one the pages are built
 * from) filled with the content's ids, plus the files in public/. Fragments
 * and queries are ignored; external links are not checked (no network in CI).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { findLinks } from '../markdown.ts';
import { matchRoute, routes } from '../../../../src/lib/routes.ts';

/** True when an internal path (starting with `/`) resolves to a page or file. */
export function routeExists(path: string, ctx: LintContext): boolean {
  let clean: string;
  try {
    clean = decodeURI(path.split(/[?#]/)[0]!);
  } catch {
    return false;
  }
  if (clean === '' || matchRoute(clean, ctx.slugs)) return true;
  const pub = join(ctx.root, 'public', clean);
  return existsSync(pub) && statSync(pub).isFile();
}

const HINT_ROUTE = `检查链接地址是否拼错；文章链接的格式是“${routes.article('文件名')}”（文件名不带 .md/.mdx），独立页面是“${routes.page('文件名')}”。如果目标页面还没写好，先去掉链接`;

/** Finds internal links and case-file references that do not resolve. */
export function findBrokenLinks(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const link of findLinks(file)) {
    if (!link.url.startsWith('/') || link.url.startsWith('//')) continue;
    if (routeExists(link.url, ctx)) continue;
    out.push({ start: link.start, end: link.end, message: `站内链接“${link.url}”指向的页面不存在`, hint: HINT_ROUTE });
  }
  // A case story names the stations and articles it relates to by file name.
  if (!/(^|\/)content\/cases\//.test(file.relPath)) return out;
  for (const s of file.scalars) {
    if (typeof s.value !== 'string' || s.path.length < 1) continue;
    const field = s.path[0];
    const value = s.value.trim();
    if (field === 'services' && !ctx.slugs.stations.has(value)) {
      const example = [...ctx.slugs.stations][0];
      out.push({
        start: s.start,
        end: s.end,
        message: `services 中的服务站“${value}”不存在`,
        hint: `填写 content/stations/ 下服务站的文件名（不带 .yaml）${example ? `，例如 ${example}` : ''}`,
      });
    } else if (field === 'articles' && !ctx.slugs.articles.has(value)) {
      out.push({ start: s.start, end: s.end, message: `articles 中的文章“${value}”不存在`, hint: '填写 content/articles/ 下文章的文件名（不带 .md/.mdx）' });
    }
  }
  return out;
}

/** The rule: see findBrokenLinks. */
export const brokenLink: Rule = {
  id: 'broken-link',
  severity: 'error',
  fixable: false,
  description: '指向不存在页面的站内链接和引用',
  check: findBrokenLinks,
};
