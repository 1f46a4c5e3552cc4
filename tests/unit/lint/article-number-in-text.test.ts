import { describe, expect, it } from 'vitest';
import { articleNumberInText } from '../../../scripts/lib/lint/rules/article-number-in-text.ts';
import { lintWith, where } from './helpers.ts';

const page = (body: string) => `---\ntitle: "测试"\n---\n${body}\n`;

describe('article-number-in-text', () => {
  it.each([
    ['a citation in brackets', '三个地方任选其一（第二十五条）。', ['4:10 article-number-in-text']],
    ['an Arabic article number', '见民法典第1082条。', ['4:5 article-number-in-text']],
    [
      'one before the 法律依据 section and one in the section after it',
      '见第二条。\n\n## 法律依据\n\n- 第三条\n\n## 常见问题\n\n问第四条。',
      ['4:2 article-number-in-text', '12:2 article-number-in-text'],
    ],
  ])('reports %s', async (_name, body, expected) => {
    const found = await lintWith(articleNumberInText, page(body));
    expect(where(found)).toEqual(expected);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it.each([
    ['the final 法律依据 section', '法院会保护你。\n\n## 法律依据\n\n- 谁能申请：反家庭暴力法第二十三条'],
    ['a 法律依据 section followed by a 相关文章 list', '法院会保护你。\n\n## 法律依据\n\n- 反家庭暴力法第二十三条\n\n## 相关文章\n\n- 保护令'],
    ['a LawQuote', '<LawQuote law="中华人民共和国反家庭暴力法" article={23}>第二十三条写的内容。</LawQuote>'],
    ['a heading', '## 第一步：报警'],
    ['words that only look alike', '第一次去法院，条件不多。'],
  ])('accepts %s', async (_name, body) => {
    expect(await lintWith(articleNumberInText, page(body))).toEqual([]);
  });
});
