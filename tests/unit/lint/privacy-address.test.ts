import { describe, expect, it } from 'vitest';
import { privacyAddress } from '../../../scripts/lib/lint/rules/privacy-address.ts';
import { emptyContext } from '../../../scripts/lib/lint/context.ts';
import { lintWith, where } from './helpers.ts';

const REAL = '---\nkind: real\n---\n';
const SCENARIO = '---\nkind: scenario\n---\n';
const ctx = emptyContext({ publicAddresses: ['福鼎市桐山街道示例路1号'] });

describe('privacy-address', () => {
  it.each([
    ['a street number in an article', 'content/articles/a.mdx', '住在福鼎市某某路88号', ['1:8 privacy-address']],
    ['building, unit and room as one span', 'content/articles/a.mdx', '住在3号楼2单元301室', ['1:3 privacy-address']],
    ['a street number in a scenario case', 'content/cases/s.mdx', `${SCENARIO}她住在文化路12号`, ['4:6 privacy-address']],
    ['a village in a real case', 'content/cases/r.mdx', `${REAL}李李住在岭头村，务农为生`, ['4:5 privacy-address']],
    ['a village with its group', 'content/cases/r.mdx', `${REAL}家住岭头村3组`, ['4:3 privacy-address']],
    ['a community in a real case', 'content/cases/r.mdx', `${REAL}她搬到太姥社区居住`, ['4:4 privacy-address']],
    ['a 自然村', 'content/cases/r.mdx', `${REAL}来自下洋自然村`, ['4:3 privacy-address']],
  ])('reports %s', async (_name, path, text, expected) => {
    expect(where(await lintWith(privacyAddress, text, path, ctx))).toEqual(expected);
  });

  it.each([
    ['a township in a real case', 'content/cases/r.mdx', `${REAL}她住在福鼎市某镇`],
    ['common nouns with 村/社区', 'content/cases/r.mdx', `${REAL}农村妇女、村民委员会、社区矫正、本村村民、某村`],
    ['a village in a scenario case', 'content/cases/s.mdx', `${SCENARIO}她住在岭头村`],
    ['a village in an article', 'content/articles/a.mdx', '到岭头村开展普法'],
    ['a case number', 'content/articles/a.mdx', '（2023）闽0982民初1234号'],
    ['a law article', 'content/articles/a.mdx', '《反家庭暴力法》第二十三条'],
    ['a public station address', 'content/articles/a.mdx', '地址：福鼎市桐山街道示例路1号'],
    ['an open-day venue field', 'content/opendays/o.mdx', '---\nlocation: 福鼎市某某路8号\n---\n'],
  ])('does not report %s', async (_name, path, text) => {
    expect(await lintWith(privacyAddress, text, path, ctx)).toEqual([]);
  });
});
