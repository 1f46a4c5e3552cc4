import { describe, expect, it } from 'vitest';
import { brokenEncoding } from '../../../scripts/lib/lint/rules/broken-encoding.ts';
import { makeMojibake } from '../../../scripts/lib/lint/mojibake.ts';
import { lintWith, where } from './helpers.ts';

describe('broken-encoding', () => {
  it.each([
    ['replacement char', '家庭\uFFFD\uFFFD力', ['1:3 broken-encoding']],
    ['? between characters', '家?暴', ['1:2 broken-encoding']],
    ['< between characters', '家<暴', ['1:2 broken-encoding']],
    ['锟斤拷', '文字锟斤拷锟斤拷', ['1:3 broken-encoding']],
    ['烫烫烫', '烫烫烫烫', ['1:1 broken-encoding']],
    ['UTF-8 read as GBK', `标题：${makeMojibake('家庭暴力')}`, ['1:4 broken-encoding']],
    ['UTF-8 read as Latin-1', 'æ–‡å­—', ['1:1 broken-encoding']],
    ['unclosed bracket', '根据《民法典规定', ['1:3 broken-encoding']],
    ['stray closing quote', '他说：你好”', ['1:6 broken-encoding']],
    ['Extension A char', '㐀字', ['1:1 broken-encoding']],
    ['Extension B char', '\u{20000}字', ['1:1 broken-encoding']],
    ['Kangxi radical from a PDF', '⼈⺠法院', ['1:1 broken-encoding']],
    ['lone pinyin fragment', '保护妇女 quán yì 的法律', ['1:6 broken-encoding']],
  ])('reports %s', async (_name, text, expected) => {
    const found = await lintWith(brokenEncoding, text);
    expect(where(found)).toEqual(expected);
    expect(found.every((f) => !f.fixable)).toBe(true);
  });

  it('reports the exact span of the damage', async () => {
    const [f] = await lintWith(brokenEncoding, '文字锟斤拷锟斤拷');
    expect([f!.column, f!.endColumn]).toEqual([3, 9]);
  });

  it.each([
    ['ordinary text', '人身安全保护令由人民法院作出。'],
    ['a real question', '怎么办？'],
    ['balanced brackets across a line break', '根据《中华人民共和国\n反家庭暴力法》规定'],
    ['quotes closed in the same paragraph', '“栀子花”服务站和“春蕾姐姐”信箱'],
    ['rare place names in the basic block', '渔江楠村村委会'],
    ['English with ?', 'What? 怎么办'],
    ['pinyin annotation (other rule)', '权(quán)益'],
    ['code block', '```\n家?暴 锟斤拷\n```'],
    ['a comparison in a JSX expression', '<Count value={a<b} />'],
  ])('leaves %s alone', async (_name, text) => {
    expect(await lintWith(brokenEncoding, text)).toEqual([]);
  });

  it('checks brackets per paragraph', async () => {
    const found = await lintWith(brokenEncoding, '第一段（未闭合\n\n第二段）');
    expect(where(found)).toEqual(['1:4 broken-encoding', '3:4 broken-encoding']);
  });
});
