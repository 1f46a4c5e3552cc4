/**
 * Bad frontmatter gets a Chinese message naming the field, with a fix hint,
 * at the right line. These run the site's real schemas (src/content.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentRoot, schemas } from '../../src/content.config.ts';
import { site } from '../../src/site.config.ts';
import { checkSource, formatProblem, type SafeParser } from '../../scripts/lib/frontmatter-check.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/frontmatter/${name}`, import.meta.url), 'utf8');

const cases: { file: string; schema: keyof typeof schemas; field: string; line: number; message: RegExp }[] = [
  { file: 'bad-unquoted-date.mdx', schema: 'articles', field: 'publishDate', line: 4, message: /「publishDate 发布日期」的日期没有加引号.*修改建议/ },
  { file: 'bad-impossible-date.mdx', schema: 'articles', field: 'publishDate', line: 4, message: /「publishDate 发布日期」不是真实存在的日期.*"2024-02-30"/ },
  { file: 'bad-missing-summary.mdx', schema: 'articles', field: 'summary', line: 2, message: /缺少必填字段「summary 摘要」.*修改建议/ },
  { file: 'bad-unknown-topic.mdx', schema: 'articles', field: 'topics.0', line: 5, message: /「topics 主题」填写有误.*domestic-violence、protection-order/ },
  { file: 'bad-law-no-article.mdx', schema: 'articles', field: 'laws.0.articles', line: 9, message: /「laws.articles 条文序号」不能为空/ },
  { file: 'bad-law-no-source.mdx', schema: 'articles', field: 'laws.0.source', line: 8, message: /缺少必填字段「laws.source 官方文本地址」/ },
  { file: 'bad-review-future.mdx', schema: 'articles', field: 'review.date', line: 12, message: /「review.date 审核日期」在未来/ },
  { file: 'bad-misspelled-field.mdx', schema: 'articles', field: 'topic', line: 5, message: /不认识的字段「topic」.*检查字段名的拼写/ },
  { file: 'bad-draft-not-boolean.mdx', schema: 'articles', field: 'draft', line: 5, message: /「draft 草稿」填写有误.*true/ },
  { file: 'bad-station-outside.yaml', schema: 'stations', field: 'coordinates', line: 4, message: new RegExp(`不在${site.region.name}范围内.*经纬度写反`) },
  { file: 'bad-station-township.yaml', schema: 'stations', field: 'township', line: 4, message: new RegExp(`"350982999" 不是${site.region.name}的乡镇`) },
  { file: 'bad-station-hours.yaml', schema: 'stations', field: 'hours.mon.1', line: 5, message: /「hours 开放时间」.*重叠/ },
  { file: 'bad-station-hours.yaml', schema: 'stations', field: 'hours.tue.0', line: 6, message: /「hours 开放时间」/ },
  { file: 'bad-openday-session.mdx', schema: 'opendays', field: 'sessions.0.capacity', line: 13, message: /「sessions.capacity 名额」不能小于 0/ },
  { file: 'bad-openday-session.mdx', schema: 'opendays', field: 'sessions.1.date', line: 17, message: /缺少必填字段「sessions.date 场次日期」/ },
  { file: 'bad-case-alias.mdx', schema: 'cases', field: 'people.0.alias', line: 7, message: /没有标注（化名）/ },
  { file: 'bad-case-alias.mdx', schema: 'cases', field: 'source', line: 2, message: /真实案例（kind: real）缺少「source 来源」/ },
  {
    file: 'bad-case-source-url.mdx',
    schema: 'cases',
    field: 'source.url',
    line: 11,
    message: /「source.url 原文网址」必须是 https:\/\/ 或 http:\/\/ 开头的网址/,
  },
  {
    file: 'bad-law-source-data.mdx',
    schema: 'articles',
    field: 'laws.0.source',
    line: 11,
    message: /「laws.source 官方文本地址」必须是 https:\/\/ 或 http:\/\/ 开头的网址/,
  },
];

describe.each(cases)('$file', ({ file, schema, field, line, message }) => {
  it(`reports ${field || 'the frontmatter'} at line ${line} with a Chinese fix hint`, () => {
    const problems = checkSource(file, fixture(file), schemas[schema] as unknown as SafeParser);
    const match = problems.find((p) => p.field === field && message.test(p.message));
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(match!.line).toBe(line);
    expect(formatProblem(match!)).toMatch(new RegExp(`^${file.replace('.', '\\.')}:${line}:\\d+ `));
  });
});

it('refines cross-field rules once the fields themselves are valid (end before start, deadline after the day)', () => {
  const source = fixture('bad-openday-session.mdx').replace('capacity: -3', 'capacity: 3');
  const problems = checkSource('x.mdx', source, schemas.opendays as unknown as SafeParser);
  expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['sessions.0.end', 'sessions.0.deadline']));
  expect(problems.find((p) => p.field === 'sessions.0.end')!.message).toMatch(/结束时间.*早于或等于开始时间/);
  expect(problems.find((p) => p.field === 'sessions.0.deadline')!.message).toMatch(/报名截止日期」晚于场次日期/);
});

it('accepts every file in the real content tree (or the one GARDENIA_CONTENT names)', async () => {
  const { existsSync, readdirSync } = await import('node:fs');
  const problems: string[] = [];
  for (const collection of ['articles', 'cases', 'opendays', 'pages', 'stations'] as const) {
    const dir = new URL(`${collection}/`, pathToFileURL(`${resolve(contentRoot)}/`));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!/\.(mdx?|ya?ml)$/.test(name)) continue;
      const found = checkSource(`${collection}/${name}`, readFileSync(new URL(name, dir), 'utf8'), schemas[collection] as unknown as SafeParser);
      problems.push(...found.map(formatProblem));
    }
  }
  expect(problems).toEqual([]);
});

describe('content/holidays.yaml (one year per item)', () => {
  const parse = (data: unknown) => (schemas.holidays as unknown as SafeParser).safeParse(data);
  const good = {
    year: 2027,
    source: '示例通知（测试数据）',
    holidays: ['2027-01-01', '2026-12-31'],
    workdays: [{ date: '2027-01-09', inLieuOf: '2027-01-01' }],
  };

  it('accepts a year, with a New Year break starting in late December', () => expect(parse(good).success).toBe(true));

  it.each([
    ['a date in another year', { ...good, holidays: ['2028-01-01'] }, /不在 2027 年的安排里/],
    ['a worked day also written as a day off', { ...good, holidays: ['2027-01-01', '2027-01-09'] }, /同时写在了放假日期里/],
    ['an inLieuOf that is not a day off', { ...good, workdays: [{ date: '2027-01-09', inLieuOf: '2027-01-05' }] }, /不在放假日期里/],
    ['an impossible date', { ...good, holidays: ['2027-02-30'] }, /holidays 放假日期/],
    ['a year written as text', { ...good, year: '2027' }, /year 年份/],
  ])('reports %s in Chinese', (_label, data, message) => {
    const r = parse(data);
    expect(r.success).toBe(false);
    expect(JSON.stringify('error' in r ? r.error.issues : [])).toMatch(message);
  });
});
