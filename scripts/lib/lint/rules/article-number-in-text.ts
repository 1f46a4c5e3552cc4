/**
 * article-number-in-text: “第二十三条” in running text. Readers need what the
 * law says, not where; the citations belong in the final “## 法律依据”
 * section (and in LawQuote captions), where readers who want them find them.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { LAW_BASIS_HEADING, runningText } from '../running-text.ts';

const ARTICLE = /第[一二三四五六七八九十百千零〇两\d]+条/g;

/** Finds article numbers outside LawQuote and the final 法律依据 section. */
export function findArticleNumbers(file: SourceFile): RawFinding[] {
  if (file.kind === 'yaml') return [];
  const text = runningText(file, { withoutLawBasis: true });
  return [...text.matchAll(ARTICLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    message: `正文里写了条文序号“${m[0]}”`,
    hint: `正文只用大白话说法律规定了什么；条文序号移到文末的“## ${LAW_BASIS_HEADING}”一节，需要原文的用 <LawQuote>`,
  }));
}

/** The rule: see findArticleNumbers. */
export const articleNumberInText: Rule = {
  id: 'article-number-in-text',
  severity: 'warning',
  fixable: false,
  description: `正文里写了“第X条”（应放到文末“${LAW_BASIS_HEADING}”一节或 LawQuote 里）`,
  check: (file) => findArticleNumbers(file),
};
