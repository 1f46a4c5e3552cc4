/**
 * page-size (warning): a page with far more text than any real guide. The
 * longest articles on the site are a few thousand characters; a page ten times
 * that is a pasted document, a duplicated body or generated filler, and it is
 * slow to load and to read on a phone.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';

/** Characters of text (Han characters plus letters and digits) above which a page is flagged. */
export const PAGE_SIZE_LIMIT = 30_000;

/** Counts the text of the body (not the frontmatter, not markup) and warns above the limit. */
export function findOversizedPage(file: SourceFile): RawFinding[] {
  if (file.kind === 'yaml') return [];
  const prose = file.prose.slice(file.bodyStart);
  const count = (prose.match(/[\p{Script=Han}\p{L}\p{N}]/gu) ?? []).length;
  if (count <= PAGE_SIZE_LIMIT) return [];
  return [
    {
      start: file.bodyStart,
      end: file.bodyStart,
      message: `这个页面的正文约有 ${count} 个字，远多于一篇普法文章（通常几千字，上限按 ${PAGE_SIZE_LIMIT} 字提醒）`,
      hint: '检查是否误粘贴了整份文件或重复了正文；内容确实很多时，拆成几篇文章并互相链接',
    },
  ];
}

/** The rule: see findOversizedPage. */
export const pageSize: Rule = {
  id: 'page-size',
  severity: 'warning',
  fixable: false,
  description: `正文超过 ${PAGE_SIZE_LIMIT} 字的页面（远超正常文章）`,
  check: findOversizedPage,
};
