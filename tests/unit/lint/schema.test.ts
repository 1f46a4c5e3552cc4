import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionOf, schema, splitHint } from '../../../scripts/lib/lint/rules/schema.ts';
import { formatText } from '../../../scripts/lib/lint/run.ts';
import { lintWith, where } from './helpers.ts';
import { site } from '../../../src/site.config.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/frontmatter/${name}`, import.meta.url), 'utf8');

const VALID_PAGE = '---\ntitle: "关于"\nsummary: "测试用的关于页面，用来检查独立页面。"\npublishDate: "2026-01-05"\n---\n正文。\n';

describe('schema', () => {
  describe.each([
    ['content/articles/a.mdx', 'articles'],
    ['content/articles/2026/a.md', 'articles'],
    ['content/cases/a.mdx', 'cases'],
    ['content/opendays/a.mdx', 'opendays'],
    ['content/pages/about.mdx', 'pages'],
    ['content/stations/a.yaml', 'stations'],
    ['content/stations/a.yml', 'stations'],
    ['content/figures.yaml', 'figures'],
    ['content/report.yaml', 'report'],
    ['content/laws/civil-code.yaml', 'laws'],
    ['articles/a.mdx', 'articles'],
    ['tests/fixtures/lint/site/content/cases/a.mdx', 'cases'],
  ])('maps %s', (path, expected) => {
    it(`to the ${expected} schema by its folder`, () => expect(collectionOf(path)).toBe(expected));
  });

  it.each([['content/townships.yaml'], ['content/articles/notes.yaml'], ['content/stations/readme.md'], ['content/laws/readme.md'], ['docs/editors.md']])(
    'leaves %s alone because Astro does not load it as an entry',
    (path) => expect(collectionOf(path)).toBeUndefined(),
  );

  it('accepts a valid entry', async () => {
    expect(await lintWith(schema, VALID_PAGE, 'content/pages/about.mdx')).toEqual([]);
  });

  it.each([
    ['bad-impossible-date.mdx', 'content/articles/x.mdx', '4:1 schema', /^publishDate：「publishDate 发布日期」不是真实存在的日期/],
    ['bad-unquoted-date.mdx', 'content/articles/x.mdx', '4:1 schema', /没有加引号/],
    ['bad-misspelled-field.mdx', 'content/articles/x.mdx', '5:1 schema', /^topic：不认识的字段「topic」/],
    ['bad-missing-summary.mdx', 'content/articles/x.mdx', '2:1 schema', /^summary：缺少必填字段「summary 摘要」$/],
    ['bad-case-alias.mdx', 'content/cases/x.mdx', '7:', /^people\.0\.alias：「people\.alias 化名」没有标注（化名）$/],
    [
      'bad-station-township.yaml',
      'content/stations/x.yaml',
      '4:1 schema',
      new RegExp(`^township：「township 乡镇代码」"350982999" 不是${site.region.name}的乡镇`),
    ],
  ])('reports %s at the line of the field, with the fix hint split off', async (name, path, at, message) => {
    const found = await lintWith(schema, fixture(name), path);
    const hit = found.find((f) => message.test(f.message));
    expect(hit, found.map(formatText).join('\n')).toBeDefined();
    expect(`${hit!.line}:${hit!.column} ${hit!.rule}`.startsWith(at)).toBe(true);
    expect(hit!.severity).toBe('error');
    expect(hit!.fixable).toBe(false);
    expect(hit!.hint.length).toBeGreaterThan(2);
    expect(hit!.message).not.toContain('修改建议');
  });

  it('underlines the field name', async () => {
    const [f] = await lintWith(schema, fixture('bad-misspelled-field.mdx'), 'content/articles/x.mdx');
    expect(f!.endColumn - f!.column).toBe('topic'.length);
  });

  it('reports YAML that cannot be read at its line', async () => {
    const found = await lintWith(schema, '---\ntitle: "关于\nsummary: x\n---\n', 'content/pages/x.mdx');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/YAML 格式错误/);
  });

  it('reports a Markdown file without frontmatter', async () => {
    expect(where(await lintWith(schema, '正文。\n', 'content/pages/x.mdx'))).toEqual(['1:1 schema']);
  });

  it('checks each figure in figures.yaml and points at the item', async () => {
    const text =
      '- id: a\n  value: "1 件"\n  label: "接待来访"\n  period: "2023年"\n  source: "报道"\n- id: b\n  value: "2 件"\n  label: "接待来访"\n  period: "2023年"\n';
    const found = await lintWith(schema, text, 'content/figures.yaml');
    expect(found.map((f) => f.message)).toEqual(['1.source：缺少必填字段「source 出处」']);
    expect(found[0]!.line).toBe(6);
  });

  describe('law dictionary entries', () => {
    const LAW =
      'name: "中华人民共和国反家庭暴力法"\nkind: 法律\nissuer: "全国人民代表大会常务委员会"\ninForce: "2016-03-01"\nstatus: current\nsource: "https://www.gov.cn/zhengce/2015-12/28/content_5029898.htm"\ncheckedAgainst: "LawRefBook/Laws 社会法"\n';
    it('accepts a complete entry, with amendments labelled 修正 or 修订', async () => {
      expect(await lintWith(schema, LAW, 'content/laws/a.yaml')).toEqual([]);
      expect(await lintWith(schema, LAW + 'amended:\n  - { date: "2024-04-26", label: 修正 }\n', 'content/laws/a.yaml')).toEqual([]);
    });
    it.each([
      ['an unknown kind', LAW.replace('kind: 法律', 'kind: 法规'), /^kind：「kind 类别」填写有误/],
      ['an unquoted date', LAW.replace('inForce: "2016-03-01"', 'inForce: 2016-03-01'), /^inForce：「inForce 施行日期」的日期没有加引号/],
      [
        'an amendment that is neither 修正 nor 修订',
        LAW + 'amended:\n  - { date: "2024-04-26", label: 修改 }\n',
        /^amended\.0\.label：「amended\.label 修改方式」填写有误/,
      ],
      ['a plain http source', LAW.replace('https://www.gov.cn', 'http://www.gov.cn'), /^source：「source 官方文本地址」必须以 https:\/\/ 开头/],
      ['a missing checkedAgainst', LAW.replace(/checkedAgainst.*\n/, ''), /^checkedAgainst：缺少必填字段「checkedAgainst 核对依据」/],
    ])('reports %s in Chinese, naming the field', async (_name, text, message) => {
      const found = await lintWith(schema, text, 'content/laws/a.yaml');
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toMatch(message);
    });
  });

  it('checks each fact in report.yaml', async () => {
    const found = await lintWith(
      schema,
      '- id: ok\n  text: "服务站于2023年3月揭牌。"\n  source: "报道"\n- id: Bad_Id\n  text: "一条事实的文字。"\n  source: "报道"\n',
      'content/report.yaml',
    );
    expect(found.map((f) => f.message)).toEqual(['1.id：「id 标识」只能用英文小写字母、数字和连字符']);
    expect(found[0]!.line).toBe(4);
  });

  it('splits “修改建议：” into the hint and keeps messages without one', () => {
    expect(splitHint('「x」太短。修改建议：多写几个字。')).toEqual({ message: '「x」太短', hint: '多写几个字' });
    expect(splitHint('无效输入').hint).toMatch(/docs\/fields\.md/);
  });
});
