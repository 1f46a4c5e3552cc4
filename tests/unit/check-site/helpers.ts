/** Builds small in-memory sites for the check-site unit tests. */
import { siteFromFiles } from '../../../scripts/lib/check-site/site.ts';
import type { BuiltSite, Check } from '../../../scripts/lib/check-site/types.ts';

/** A valid page at `url` with `body` in <main> and `head` appended to <head>. */
export function page(url: string, body = '<h1>页面</h1>', head = ''): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面</title>
<link rel="canonical" href="https://example.org${url}">
<meta property="og:type" content="website"><meta property="og:title" content="页面">
<meta property="og:description" content="说明"><meta property="og:url" content="https://example.org${url}">
${head}</head><body><main>${body}</main></body></html>`;
}

/** A BuiltSite from file name → content. */
export function site(files: Record<string, string>): Promise<BuiltSite> {
  return siteFromFiles('/virtual', new Map(Object.entries(files).map(([k, v]) => [k, () => v])));
}

/** Runs one check and returns "file: message" lines. */
export async function run(check: Check, files: Record<string, string>): Promise<string[]> {
  return (await check.run(await site(files))).map((f) => `${f.file}: ${f.message}`);
}
