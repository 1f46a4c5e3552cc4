import { describe, expect, it } from 'vitest';
import { placeholder } from '../../../scripts/lib/lint/rules/placeholder.ts';
import { lintWith } from './helpers.ts';

const entry = (draft: boolean) =>
  `---\ntitle: "新文章"\nsummary: "【待填写】用一段话说明这页讲什么。"\ndraft: ${draft}\n---\n# 说明：把【待填写】都换掉\n\n{/* 注释里的【待填写】不算 */}\n\n【待填写】正文。\n`;

describe('placeholder', () => {
  it('warns about each marker in a draft, naming the field', async () => {
    const found = await lintWith(placeholder, entry(true), 'content/pages/x.mdx');
    expect(found.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['3:11 warning', '6:7 warning', '10:1 warning']);
    expect(found[0]!.message).toMatch(/^「summary」还是占位文字/);
    expect(found[2]!.message).toMatch(/^正文还是占位文字/);
  });

  it('turns the markers into errors once the entry is no longer a draft', async () => {
    const found = await lintWith(placeholder, entry(false), 'content/pages/x.mdx');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[0]!.message).toMatch(/发布前必须填写/);
  });

  it('ignores YAML comments that mention the marker', async () => {
    expect(await lintWith(placeholder, '# 把【待填写】换掉\nname: "站点"\n', 'content/stations/x.yaml')).toEqual([]);
  });
});
