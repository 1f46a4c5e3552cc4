/**
 * law-quote-cited: every <LawQuote law="…" article={N}> must be listed in the
 * frontmatter `laws` (same law name, article N). The list is what readers see
 * under 法律依据 and what reviewers check, so a quote missing from it escapes review.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';

const TAG = /<LawQuote\b[^>]*>/g;

/** Laws and article numbers the frontmatter declares. */
function declared(data: Record<string, unknown>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const laws = Array.isArray(data.laws) ? data.laws : [];
  for (const law of laws as { name?: unknown; articles?: unknown }[]) {
    if (typeof law?.name !== 'string') continue;
    const set = out.get(law.name) ?? new Set<number>();
    for (const n of Array.isArray(law.articles) ? law.articles : []) if (typeof n === 'number') set.add(n);
    out.set(law.name, set);
  }
  return out;
}

/** Finds LawQuote tags whose law or article is not in `laws`. */
export function findUncitedQuotes(file: SourceFile): RawFinding[] {
  if (file.kind !== 'mdx') return [];
  const laws = declared(file.data);
  const out: RawFinding[] = [];
  const markup = file.markup;
  for (const m of markup.matchAll(TAG)) {
    // Read the attributes from the original text: `markup` only blanks code and comments.
    const tag = file.text.slice(m.index, m.index + m[0].length);
    const law = /\blaw="([^"]+)"/.exec(tag)?.[1];
    const article = Number(/\barticle=\{(\d+)\}/.exec(tag)?.[1] ?? NaN);
    const at = { start: m.index, end: m.index + m[0].length };
    if (!law || !Number.isInteger(article)) {
      out.push({
        ...at,
        message: 'LawQuote 缺少 law="法律全称" 或 article={条号}',
        hint: '写成 <LawQuote law="中华人民共和国反家庭暴力法" article={23}>条文原文</LawQuote>',
      });
    } else if (!laws.has(law)) {
      out.push({
        ...at,
        message: `引用了《${law}》，但 frontmatter 的 laws 里没有这部法律`,
        hint: `在 laws 里加一项 name: "${law}"，并写上条号 ${article}、施行日期和官方文本地址；或检查法律名称是否与 laws 里写的完全一致`,
      });
    } else if (!laws.get(law)!.has(article)) {
      out.push({
        ...at,
        message: `引用了《${law}》第 ${article} 条，但 laws 里这部法律的 articles 没有 ${article}`,
        hint: `在这部法律的 articles 里加上 ${article}，或核对条号是否写错`,
      });
    }
  }
  return out;
}

/** The rule: see findUncitedQuotes. */
export const lawQuoteCited: Rule = {
  id: 'law-quote-cited',
  severity: 'error',
  fixable: false,
  description: '正文引用的法条没有列入 frontmatter 的 laws',
  check: (file) => findUncitedQuotes(file),
};
