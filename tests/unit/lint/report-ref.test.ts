import { describe, expect, it } from 'vitest';
import { reportRef } from '../../../scripts/lib/lint/rules/report-ref.ts';
import { emptyContext } from '../../../scripts/lib/lint/context.ts';
import { lintWith, where } from './helpers.ts';

const page = (body: string) => `---\ntitle: "测试"\n---\n${body}\n`;
const ctx = emptyContext({ reportIds: new Set(['station-founder']), figureIds: new Set(['visits']) });

describe('report-ref', () => {
  it.each([
    ['an unknown fact id, at the id', '见 <ReportFact id="station-founded" />。', ['4:19 report-ref']],
    ['an unknown figure id', '<Figure id="visit" />', ['4:13 report-ref']],
    ['a tag without an id', '<ReportFact />', ['4:1 report-ref']],
  ])('reports %s', async (_name, body, expected) => {
    const found = await lintWith(reportRef, page(body), 'content/pages/a.mdx', ctx);
    expect(where(found)).toEqual(expected);
    expect(found[0]!.severity).toBe('error');
  });

  it.each([
    ['known ids', '<ReportFact id="station-founder" withSource={false} /><Figure id="visits" noPeriod />'],
    ['a tag in a code block', '```mdx\n<ReportFact id="nope" />\n```'],
  ])('accepts %s', async (_name, body) => {
    expect(await lintWith(reportRef, page(body), 'content/pages/a.mdx', ctx)).toEqual([]);
  });

  it('does not guess when the content tree has no report.yaml', async () => {
    expect(await lintWith(reportRef, page('<ReportFact id="anything" />'), 'content/pages/a.mdx', emptyContext())).toEqual([]);
  });
});
