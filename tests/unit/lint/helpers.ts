/**
 * Test helpers: lint a string with one rule and get back plain findings.
 */
import type { Finding, LintContext, Rule } from '../../../scripts/lib/lint/types.ts';
import { parseSource } from '../../../scripts/lib/lint/source.ts';
import { lintSource } from '../../../scripts/lib/lint/run.ts';
import { emptyContext } from '../../../scripts/lib/lint/context.ts';

/** Lints `text` as if it were `path` with only `rule`; returns sorted findings. */
export async function lintWith(rule: Rule, text: string, path = 'content/articles/test.mdx', ctx: LintContext = emptyContext()): Promise<Finding[]> {
  const found = await lintSource(parseSource(text, path, path), ctx, [rule]);
  return found.map(({ fix: _fix, ...f }) => f);
}

/** Short form for table assertions: "line:column rule". */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.rule}`);
}

/** Applies every fix of `rule` once and returns the new text. */
export async function fixWith(rule: Rule, text: string, path = 'content/articles/test.mdx', ctx: LintContext = emptyContext()): Promise<string> {
  const { applyFixes } = await import('../../../scripts/lib/lint/run.ts');
  const found = await lintSource(parseSource(text, path, path), ctx, [rule]);
  return applyFixes(
    text,
    found.flatMap((f) => (f.fix ? [f.fix] : [])),
  ).text;
}
