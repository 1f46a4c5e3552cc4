import { describe, expect, it } from 'vitest';
import { imageAlt } from '../../../scripts/lib/lint/rules/image-alt.ts';
import { lintWith, where } from './helpers.ts';

describe('image-alt', () => {
  it.each([
    ['an empty Markdown alt', '文字\n\n![](/images/a.jpg)', ['3:1 image-alt']],
    ['a blank Markdown alt', '![  ](/images/a.jpg)', ['1:1 image-alt']],
    ['an <img> without alt', '<img src="/images/a.jpg" />', ['1:1 image-alt']],
    ['an <img> without alt after text', '见图 <img src="/a.jpg">', ['1:4 image-alt']],
  ])('reports %s', async (_name, text, expected) => {
    expect(where(await lintWith(imageAlt, text))).toEqual(expected);
  });

  it.each([
    ['a Markdown alt', '![服务站接待室](/images/a.jpg)'],
    ['an <img> with alt', '<img src="/a.jpg" alt="服务站" />'],
    ['a decorative <img alt="">', '<img src="/a.jpg" alt="" />'],
    ['an image in code', '```md\n![](/a.jpg)\n```'],
    ['a link (not an image)', '[](/a/)'],
  ])('accepts %s', async (_name, text) => {
    expect(await lintWith(imageAlt, text)).toEqual([]);
  });
});
