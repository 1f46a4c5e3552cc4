/**
 * law-in-dictionary: every `laws[].name` in an article's frontmatter must be an
 * entry of the law dictionary (content/laws/<id>.yaml), written exactly as its
 * `name`. The dictionary holds the dates and status readers are shown, so a
 * misspelt or unknown name would escape both.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';

/** Frontmatter scalars `laws[i].name` with their offsets. */
export function citedLawNames(file: SourceFile) {
  return file.scalars.filter((s) => s.path.length === 3 && s.path[0] === 'laws' && s.path[2] === 'name' && typeof s.value === 'string');
}

/** Finds cited law names the dictionary lacks. */
export function findUnknownLaws(file: SourceFile, ctx: LintContext): RawFinding[] {
  if (!ctx.laws || file.kind === 'yaml') return [];
  const known = ctx.laws;
  return citedLawNames(file)
    .filter((s) => !known.has(s.value as string))
    .map((s) => ({
      start: s.start,
      end: s.end,
      message: `laws.name：《${s.value as string}》不在法律词典（content/laws/）里`,
      hint: `检查名称是否与词典里的 name 完全一致（全称、不加书名号）；是新引用的法律就在 content/laws/ 里新建一个 <英文标识>.yaml，写明 name、kind、issuer、inForce、status、source、checkedAgainst`,
    }));
}

/** The rule: see findUnknownLaws. */
export const lawInDictionary: Rule = {
  id: 'law-in-dictionary',
  severity: 'error',
  fixable: false,
  description: '文章引用的法律不在法律词典（content/laws/）里',
  check: (file, ctx) => findUnknownLaws(file, ctx),
};
