import { describe, expect, it } from 'vitest';
import { headingOrder } from '../../../scripts/lib/lint/rules/heading-order.ts';
import { lintWith, where } from './helpers.ts';

describe('heading-order', () => {
  it.each([
    ['an h1 in the body', '---\ntitle: 标题\n---\n\n# 又一个标题', ['5:1 heading-order']],
    ['a setext h1', '标题\n===', ['1:1 heading-order']],
    ['## then ####', '## 一\n\n#### 二', ['3:1 heading-order']],
    ['a first heading at level 3', '### 一', ['1:1 heading-order']],
    ['an HTML h4 after h2', '## 一\n\n<h4>二</h4>', ['3:1 heading-order']],
  ])('reports %s', async (_name, text, expected) => {
    expect(where(await lintWith(headingOrder, text))).toEqual(expected);
  });

  it.each([
    ['levels stepping down and back up', '## 一\n\n### 二\n\n#### 三\n\n## 四\n\n### 五'],
    ['a # in code', '```sh\n# comment\n```\n\n## 一'],
    ['a hashtag without space', '#话题'],
    ['a frontmatter-only file', '---\ntitle: x\n---\n'],
    ['a thematic break after a blank line', '文字\n\n---\n\n## 一'],
  ])('accepts %s', async (_name, text) => {
    expect(await lintWith(headingOrder, text)).toEqual([]);
  });
});
