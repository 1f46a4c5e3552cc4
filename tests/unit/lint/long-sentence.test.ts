import { describe, expect, it } from 'vitest';
import { longSentence, MAX_SENTENCE_HAN } from '../../../scripts/lib/lint/rules/long-sentence.ts';
import { lintWith, where } from './helpers.ts';

const page = (body: string) => `---\ntitle: "测试"\n---\n${body}\n`;
const han = (n: number) => '字'.repeat(n);

describe('long-sentence', () => {
  it('reports a sentence over the limit, with its length, as a warning', async () => {
    const found = await lintWith(longSentence, page(`短句。${han(MAX_SENTENCE_HAN + 1)}。`));
    expect(where(found)).toEqual(['4:4 long-sentence']);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain(`${MAX_SENTENCE_HAN + 1} 个汉字`);
  });

  it('counts Chinese characters only, so numbers and spaces do not tip a sentence over', async () => {
    expect(await lintWith(longSentence, page(`${han(MAX_SENTENCE_HAN)} 2023 12338 100%。`))).toEqual([]);
  });

  it('reports a long list item', async () => {
    expect(where(await lintWith(longSentence, page(`- ${han(70)}；\n- 短。`)))).toEqual(['4:3 long-sentence']);
  });

  it.each([
    ['a sentence split by 。', `${han(40)}。${han(40)}。`],
    ['a sentence split by ；', `${han(40)}；${han(40)}。`],
    ['a LawQuote, whose wording is the law’s', `<LawQuote law="中华人民共和国反家庭暴力法" article={14}>${han(90)}。</LawQuote>`],
    ['a heading', `## ${han(70)}`],
    ['a table row', `| ${han(70)} | 说明 |\n|---|---|`],
    ['the frontmatter', ''],
  ])('accepts %s', async (_name, body) => {
    expect(await lintWith(longSentence, page(body))).toEqual([]);
  });
});
