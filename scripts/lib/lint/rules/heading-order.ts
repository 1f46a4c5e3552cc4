/**
 * heading-order: the page layout renders the title as the only <h1>, so the
 * body starts at ## and never skips a level (## then ####). Screen-reader
 * users navigate by headings; a skipped level reads as missing content.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { findHeadings } from '../markdown.ts';

/** Finds h1 headings in the body and skipped heading levels. */
export function findHeadingProblems(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  let prev = 1; // the title rendered by the layout
  for (const h of findHeadings(file)) {
    if (h.level === 1) {
      out.push({
        start: h.at,
        end: h.end,
        message: '正文里出现了一级标题（# 或 ===），页面标题已经是一级标题了',
        hint: '改用二级标题“## ”；文章标题请写在 title 字段里',
      });
    } else if (h.level > prev + 1) {
      const want = '#'.repeat(prev + 1);
      out.push({
        start: h.at,
        end: h.end,
        message: `标题跳级：上一级是 ${prev} 级标题，这里直接用了 ${h.level} 级`,
        hint: `改为“${want} ”（${prev + 1} 级标题），标题要一级一级往下用`,
      });
    }
    prev = Math.max(h.level, 1);
  }
  return out;
}

/** The rule: see findHeadingProblems. */
export const headingOrder: Rule = {
  id: 'heading-order',
  severity: 'error',
  fixable: false,
  description: '正文一级标题、标题跳级',
  check: (file) => findHeadingProblems(file),
};
