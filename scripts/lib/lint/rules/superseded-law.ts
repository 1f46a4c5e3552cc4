/**
 * superseded-law: an article cites a rule the law dictionary marks as
 * `status: superseded` (e.g. the 2016 procuratorate relief rules, replaced in
 * 2021). A reader acting on outdated rules may give up on help they are due.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { citedLawNames } from './law-in-dictionary.ts';

/** Finds cited laws whose dictionary entry is superseded. */
export function findSupersededLaws(file: SourceFile, ctx: LintContext): RawFinding[] {
  if (!ctx.laws || file.kind === 'yaml') return [];
  const out: RawFinding[] = [];
  for (const s of citedLawNames(file)) {
    const entry = ctx.laws.get(s.value as string);
    if (!entry || entry.status !== 'superseded') continue;
    const successor = entry.successorName ? `《${entry.successorName}》` : undefined;
    out.push({
      start: s.start,
      end: s.end,
      message: `《${entry.name}》已被取代${successor ? `，现行的是${successor}` : '（词典里没有写明由哪一条目取代）'}`,
      hint: successor
        ? `按${successor}重新核对这篇文章的说法，把 laws.name 改成它，并更新条号和施行日期`
        : '查明现行的规定，在词典条目里写上 supersededBy，再按现行规定改写文章',
    });
  }
  return out;
}

/** The rule: see findSupersededLaws. */
export const supersededLaw: Rule = {
  id: 'superseded-law',
  severity: 'warning',
  fixable: false,
  description: '文章引用的法律或规定已被取代（以法律词典的 status 为准）',
  check: (file, ctx) => findSupersededLaws(file, ctx),
};
