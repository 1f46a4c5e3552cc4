import { describe, expect, it } from 'vitest';
import { lawQuoteCited } from '../../../scripts/lib/lint/rules/law-quote-cited.ts';
import { lintWith, where } from './helpers.ts';

const front = (laws: string) => `---\ntitle: "测试"\nlaws:\n${laws}\n---\n`;
const dv = '  - name: "中华人民共和国反家庭暴力法"\n    articles: [2, 23]';
const quote = (law: string, article: number | string) => `<LawQuote law="${law}" article={${article}}>原文</LawQuote>`;

describe('law-quote-cited', () => {
  it.each([
    ['an article the laws list lacks', front(dv) + quote('中华人民共和国反家庭暴力法', 28), ['7:1 law-quote-cited']],
    ['a law the laws list lacks', front(dv) + '\n' + quote('中华人民共和国民法典', 1062), ['8:1 law-quote-cited']],
    ['a LawQuote without an article', front(dv) + '<LawQuote law="中华人民共和国反家庭暴力法">原文</LawQuote>', ['7:1 law-quote-cited']],
  ])('reports %s', async (_name, text, expected) => {
    expect(where(await lintWith(lawQuoteCited, text))).toEqual(expected);
  });

  it.each([
    ['a quoted article that is listed', front(dv) + quote('中华人民共和国反家庭暴力法', 23)],
    ['a LawQuote inside a code block', front(dv) + '```mdx\n' + quote('中华人民共和国民法典', 1) + '\n```'],
    ['a page without LawQuote', front(dv) + '正文没有引用。'],
  ])('accepts %s', async (_name, text) => {
    expect(await lintWith(lawQuoteCited, text)).toEqual([]);
  });

  it('ignores Markdown (.md) files, where components do not run', async () => {
    expect(await lintWith(lawQuoteCited, front(dv) + quote('中华人民共和国民法典', 1), 'content/articles/x.md')).toEqual([]);
  });
});
