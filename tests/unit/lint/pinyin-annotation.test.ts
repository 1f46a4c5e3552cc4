import { describe, expect, it } from 'vitest';
import { pinyinAnnotation } from '../../../scripts/lib/lint/rules/pinyin-annotation.ts';
import { fixWith, lintWith, where } from './helpers.ts';

describe('pinyin-annotation', () => {
  it.each([
    ['权(quán)益', ['1:2 pinyin-annotation'], '权益'],
    ['权（quán）益', ['1:2 pinyin-annotation'], '权益'],
    ['保护权益（quán yì）很重要', ['1:5 pinyin-annotation'], '保护权益很重要'],
    ['侵(qin1)权', ['1:2 pinyin-annotation'], '侵权'],
  ])('reports and removes the annotation in %s', async (text, expected, fixed) => {
    const found = await lintWith(pinyinAnnotation, text);
    expect(where(found)).toEqual(expected);
    expect(found[0]!.fixable).toBe(true);
    expect(await fixWith(pinyinAnnotation, text)).toBe(fixed);
  });

  it.each([['微信(WeChat)公众号'], ['应用(app)下载'], ['李李(化名)'], ['第(1)项'], ['```\n权(quán)益\n```']])('leaves %s alone', async (text) => {
    expect(await lintWith(pinyinAnnotation, text)).toEqual([]);
  });

  it('reports positions in the original file, frontmatter included', async () => {
    const found = await lintWith(pinyinAnnotation, '---\ntitle: 维权(wéi quán)\n---\n\n家(jiā)');
    expect(where(found)).toEqual(['2:10 pinyin-annotation', '5:2 pinyin-annotation']);
  });
});
