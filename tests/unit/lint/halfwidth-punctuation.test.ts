import { describe, expect, it } from 'vitest';
import { halfwidthPunctuation } from '../../../scripts/lib/lint/rules/halfwidth-punctuation.ts';
import { fixWith, lintWith, where } from './helpers.ts';

describe('halfwidth-punctuation', () => {
  it.each([
    ['家庭暴力,怎么办', ['1:5 halfwidth-punctuation'], '家庭暴力，怎么办'],
    ['请注意.', ['1:4 halfwidth-punctuation'], '请注意。'],
    ['时间:08:30', ['1:3 halfwidth-punctuation'], '时间：08:30'],
    ['他说"你好"', ['1:3 halfwidth-punctuation', '1:6 halfwidth-punctuation'], '他说“你好”'],
    ['李李(化名)', ['1:3 halfwidth-punctuation', '1:6 halfwidth-punctuation'], '李李（化名）'],
    ['真的吗? 是的!', ['1:4 halfwidth-punctuation', '1:8 halfwidth-punctuation'], '真的吗？ 是的！'],
    ['第一;第二', ['1:3 halfwidth-punctuation'], '第一；第二'],
    ['等等...', ['1:3 halfwidth-punctuation'], '等等……'],
    ['**注意**:不要', ['1:7 halfwidth-punctuation'], '**注意**：不要'],
  ])('reports and fixes %s', async (text, expected, fixed) => {
    expect(where(await lintWith(halfwidthPunctuation, text))).toEqual(expected);
    expect(await fixWith(halfwidthPunctuation, text)).toBe(fixed);
  });

  it.each([
    ['decimal number', '利率为3.5%'],
    ['amount with thousands separator', '赔偿100,000元'],
    ['time', '开放时间08:30-17:30'],
    ['URL', '访问https://www.fdfl.gov.cn/a?b=1,2了解'],
    ['Markdown link target', '见[民法典](/articles/a-b/)'],
    ['image', '如图![服务站](/images/a.jpg)'],
    ['ordered list marker', '1. 家庭暴力'],
    ['English phrase', '标语 "Hello, world." 很好'],
    ['JSX attributes', '<Callout type="warning" title="注意">内容</Callout>'],
    ['MDX import', "import Callout from '../Callout.astro';\n\n正文"],
    ['inline code', '运行`a,b`命令'],
    ['lost character (broken-encoding)', '家?暴'],
    ['pinyin annotation (other rule)', '权(quán)益'],
    ['YAML quotes', 'title: "家庭暴力"\n'],
  ])('leaves %s alone', async (_name, text) => {
    const path = text.startsWith('title:') ? 'content/stations/x.yaml' : 'content/articles/x.mdx';
    expect(await lintWith(halfwidthPunctuation, text, path)).toEqual([]);
  });

  it('does not fix a lone quote whose direction is unknown', async () => {
    const found = await lintWith(halfwidthPunctuation, '他说"你好');
    expect(where(found)).toEqual(['1:3 halfwidth-punctuation']);
    expect(found[0]!.fixable).toBe(false);
  });
});
