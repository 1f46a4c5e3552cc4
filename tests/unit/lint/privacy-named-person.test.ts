import { describe, expect, it } from 'vitest';
import { privacyNamedPerson } from '../../../scripts/lib/lint/rules/privacy-named-person.ts';
import { lintWith, where } from './helpers.ts';

const CASE = 'content/cases/c.mdx';
const fm = (...aliases: string[]): string => `---\npeople:\n${aliases.map((a) => `  - alias: ${a}\n`).join('')}---\n`;

describe('privacy-named-person', () => {
  it.each([
    ['a frontmatter alias without （化名）', `${fm('王芳')}`, ['3:12 privacy-named-person']],
    ['the first body mention without （化名）', `${fm('李李（化名）')}\n李李在家。`, ['6:1 privacy-named-person']],
    ['a role word followed by a full name', `${fm()}\n受害人王丽受伤。`, ['5:4 privacy-named-person']],
    ['a three-character name', `${fm()}\n被告人张晓明与其`, ['5:4 privacy-named-person']],
    ['a name in the title of a case', `---\ntitle: 受害人王丽\npeople: []\n---\n`, ['2:11 privacy-named-person']],
    ['a name right after 姓名', `${fm()}\n姓名张丽，住在镇上。`, ['5:3 privacy-named-person']],
  ])('reports %s', async (_name, text, expected) => {
    expect(where(await lintWith(privacyNamedPerson, text, CASE))).toEqual(expected);
  });

  it('reports names outside case files too (articles, pages)', async () => {
    expect(where(await lintWith(privacyNamedPerson, '受害人王丽', 'content/articles/a.mdx'))).toEqual(['1:4 privacy-named-person']);
  });

  it('reads the complete surname list from pinyin-pro (a moved or shrunk list fails here)', async () => {
    const { SURNAMES } = await import('../../../scripts/lib/lint/surnames.ts');
    expect(SURNAMES.length).toBeGreaterThan(400);
    expect(SURNAMES).toEqual(expect.arrayContaining(['王', '詹', '欧阳', '司马', '钟离']));
  });

  it.each([
    ['marked aliases and later mentions', `${fm('李李（化名）')}\n李李（化名）在家。后来李李报警，受害人李李获得救助。`],
    ['half-width (化名) in the body', `${fm('李李（化名）')}\n李李(化名)在家。`],
    ['某-forms', `${fm('王某')}\n受害人王某、被告人李某某、申请人张某甲`],
    ['姓名 starting a list of fields', `${fm()}\n写清双方的姓名和联系方式、姓名、住址等。`],
    ['ordinary words after a role', `${fm()}\n当事人陈述，被告人于2020年，丈夫常年在外，原告向法院起诉`],
  ])('does not report %s', async (_name, text) => {
    const path = text.startsWith('---') ? CASE : 'content/articles/a.mdx';
    expect(await lintWith(privacyNamedPerson, text, path)).toEqual([]);
  });
});
