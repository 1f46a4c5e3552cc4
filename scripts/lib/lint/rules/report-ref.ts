/**
 * report-ref: every <ReportFact id="…"> names a fact in content/report.yaml and
 * every <Figure id="…"> a figure in content/figures.yaml. The build stops on a
 * wrong id too; the lint says where, before anyone builds.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { tagAttributes } from '../markdown.ts';

const TAG = /<(ReportFact|Figure)\b[^>]*>/g;

/** Finds ReportFact/Figure tags whose id is missing or unknown. */
export function findBadReportRefs(file: SourceFile, ctx: LintContext): RawFinding[] {
  if (file.kind !== 'mdx') return [];
  const out: RawFinding[] = [];
  for (const m of file.markup.matchAll(TAG)) {
    const tag = file.text.slice(m.index, m.index + m[0].length);
    const isFact = m[1] === 'ReportFact';
    const known = isFact ? ctx.reportIds : ctx.figureIds;
    const where = isFact ? 'content/report.yaml' : 'content/figures.yaml';
    const id = tagAttributes(tag).get('id');
    const at = { start: m.index, end: m.index + m[0].length };
    if (!id || id.value === '\u0000' || !id.value) {
      out.push({ ...at, message: `<${m[1]}> 缺少 id`, hint: `写成 <${m[1]} id="…" />，id 是 ${where} 里某一项的 id` });
    } else if (known && !known.has(id.value)) {
      out.push({
        start: m.index + id.offset,
        end: m.index + id.offset + id.value.length,
        message: `${where} 里没有 id 为“${id.value}”的一项`,
        hint: `检查拼写；要引用新的事实或数字，先在 ${where} 里加上这一项`,
      });
    }
  }
  return out;
}

/** The rule: see findBadReportRefs. */
export const reportRef: Rule = {
  id: 'report-ref',
  severity: 'error',
  fixable: false,
  description: '<ReportFact>/<Figure> 的 id 在 report.yaml / figures.yaml 里找不到',
  check: (file, ctx) => findBadReportRefs(file, ctx),
};
