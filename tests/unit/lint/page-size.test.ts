import { describe, expect, it } from 'vitest';
import { pageSize, PAGE_SIZE_LIMIT } from '../../../scripts/lib/lint/rules/page-size.ts';
import { lintWith, where } from './helpers.ts';

describe('page-size', () => {
  it('warns about a body far larger than any real guide', async () => {
    const found = await lintWith(pageSize, `---\ntitle: "长"\n---\n${'家庭暴力'.repeat(PAGE_SIZE_LIMIT / 4 + 1)}\n`);
    expect(where(found)).toEqual(['4:1 page-size']);
    expect(found[0]!.severity).toBe('warning');
  });

  it('stays quiet for a long but real article, and does not count markup', async () => {
    expect(await lintWith(pageSize, `---\ntitle: "长"\n---\n${'家庭暴力'.repeat(2000)}\n\`\`\`\n${'x'.repeat(PAGE_SIZE_LIMIT * 2)}\n\`\`\`\n`)).toEqual([]);
  });
});
