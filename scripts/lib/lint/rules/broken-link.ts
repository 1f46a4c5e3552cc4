/**
 * broken-link: internal links that lead nowhere. Routes come from content
 * files (articles, cases, opendays, stations, pages, cards), the static routes in
 * static-routes.ts and files in public/. Fragments and queries are ignored;
 * external links are not checked (no network in CI).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { findLinks } from '../markdown.ts';
import { isStaticRoute } from '../static-routes.ts';

/** True when an internal path (starting with `/`) resolves to a page or file. */
export function routeExists(path: string, ctx: LintContext): boolean {
  const clean = decodeURI(path.split(/[?#]/)[0]!);
  if (clean === '' || isStaticRoute(clean)) return true;
  const m = /^\/(articles|cases|opendays|stations|pages|cards)\/(.+?)\/?$/.exec(clean);
  if (m && ctx.slugs[m[1] as keyof LintContext['slugs']].has(m[2]!)) return true;
  const top = /^\/([^/]+)\/?$/.exec(clean);
  if (top && ctx.slugs.pages.has(top[1]!)) return true;
  const pub = join(ctx.root, 'public', clean);
  return existsSync(pub) && statSync(pub).isFile();
}

const HINT_ROUTE = '检查链接地址是否拼错；文章链接的格式是“/articles/文件名/”（文件名不带 .md/.mdx）。如果目标页面还没写好，先去掉链接';

/** Finds internal links and frontmatter references that do not resolve. */
export function findBrokenLinks(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const link of findLinks(file)) {
    if (!link.url.startsWith('/') || link.url.startsWith('//')) continue;
    if (routeExists(link.url, ctx)) continue;
    out.push({ start: link.start, end: link.end, message: `站内链接“${link.url}”指向的页面不存在`, hint: HINT_ROUTE });
  }
  // Frontmatter references by slug. services/articles are case-file fields;
  // related may appear anywhere and may hold slugs or paths.
  const isCase = /(^|\/)content\/cases\//.test(file.relPath);
  const collectionOf = /(?:^|\/)content\/(articles|cases|opendays|stations|pages)\//.exec(file.relPath)?.[1] as keyof LintContext['slugs'] | undefined;
  for (const s of file.scalars) {
    if (typeof s.value !== 'string' || s.path.length < 1) continue;
    const field = s.path[0];
    const value = s.value.trim();
    if (isCase && field === 'services' && !ctx.slugs.stations.has(value)) {
      out.push({ start: s.start, end: s.end, message: `services 中的服务站“${value}”不存在`, hint: '填写 content/stations/ 下服务站的文件名（不带 .yaml），例如 fuding-city-station' });
    } else if (isCase && field === 'articles' && !ctx.slugs.articles.has(value)) {
      out.push({ start: s.start, end: s.end, message: `articles 中的文章“${value}”不存在`, hint: '填写 content/articles/ 下文章的文件名（不带 .md/.mdx）' });
    } else if (field === 'related') {
      const ok = value.startsWith('/')
        ? routeExists(value, ctx)
        : (collectionOf !== undefined && ctx.slugs[collectionOf].has(value)) || ctx.slugs.articles.has(value);
      if (!ok) out.push({ start: s.start, end: s.end, message: `related 中的“${value}”不存在`, hint: '填写同类内容的文件名（不带扩展名），或以“/”开头的站内地址' });
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
