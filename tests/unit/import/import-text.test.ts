import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemas } from '../../../src/content.config.ts';
import { checkSource, type SafeParser } from '../../../scripts/lib/frontmatter-check.ts';
import { cleanText, importReport, main, parseReport } from '../../../scripts/lib/import/import-text.ts';
import { decodeReport, normaliseWhitespace } from '../../../scripts/lib/import/decode.ts';
import { toSimplified } from '../../../scripts/lib/lint/rules/traditional-chars.ts';
import { collectFiles, runLint } from '../../../scripts/lib/lint/run.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const bytes = (name: string) => readFileSync(join(FIXTURES, name));
const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  temps.push(root);
  cpSync(resolve(import.meta.dirname, '../../../content/townships.yaml'), join(root, 'content/townships.yaml'));
  return root;
}

/** Han characters with their counts. */
function hanCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.match(/\p{Script=Han}/gu) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Imports a fixture into a temp site; returns the result and the written text. */
async function importFixture(name: string, collection: 'articles' | 'cases' | 'opendays' | 'pages') {
  const root = site();
  const result = await importReport(bytes(name), collection, { contentDir: join(root, 'content'), today: '2026-03-08', fileName: name });
  return { root, result, text: result.plan.text };
}

describe('importing the dirty news report', () => {
  it('keeps every Chinese character of the input (after Traditional → Simplified) in the draft', async () => {
    for (const collection of ['cases', 'articles', 'opendays', 'pages'] as const) {
      const { text } = await importFixture('dirty-news-report.txt', collection);
      const input = toSimplified(decodeReport(bytes('dirty-news-report.txt')).text);
      const output = hanCounts(text);
      const missing = [...hanCounts(input)].filter(([ch, n]) => (output.get(ch) ?? 0) < n);
      expect(missing, collection).toEqual([]);
    }
  });

  it('removes pinyin annotations, converts Traditional characters and restores Chinese punctuation', async () => {
    const { text } = await importFixture('dirty-news-report.txt', 'articles');
    expect(text).not.toMatch(/\((?:hù|quán)\)/);
    expect(text).toContain('保护令，维护自身权益。');
    expect(text).toContain('title: "福鼎市检察院开展“三八”妇女维权宣传活动"');
    expect(text).toContain('3月8日上午，福鼎市人民检察院联合市妇联');
    expect(text).not.toMatch(/[檢開婦維權傳動來記編輯]/);
  });

  it('turns half-width quotes into Chinese ones and never splits or alters a quotation', async () => {
    const { text } = await importFixture('dirty-news-report.txt', 'articles');
    expect(text).toContain('检察官说：“遇到家暴，要第一时间报警，保留好证据。”');
    // The quotation holds 。 + a date and 一、: a paragraph break there would cut the quote.
    expect(text).toContain('她还提醒：“沉默只会纵容施暴者。2023年我们办理的案件里，很多人都是忍了很多年才求助。一、要报警；二、要留证据。”');
  });

  it('splits paragraphs glued at 一、, （二） and a date line, and long paragraphs at a sentence end', async () => {
    const { text } = await importFixture('dirty-news-report.txt', 'articles');
    expect(text).toContain('维护自身权益。\n\n一、活动背景');
    expect(text).toContain('广泛关注。\n\n（二）现场咨询');
    expect(text).toContain('解答群众提问。\n\n2024年3月8日下午');
    expect(text).toContain('越早保存越好。\n\n不少群众表示');
  });

  it('moves the byline into the source of a case, word for word', async () => {
    const { text, result } = await importFixture('dirty-news-report.txt', 'cases');
    expect(text).toContain('kind: real');
    expect(text).toContain('  publisher: "福鼎新闻网"');
    expect(text).toContain('  author: "温丽芬"');
    expect(text).toContain('  date: "2024-03-08"');
    expect(text).toMatch(/note: "原文署名：来源：福鼎新闻网 记者 温丽芬 通讯员 林某某 \/ 2024-03-08 10:23 \/ 编辑：陈某/);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/来源|记者|编辑：/);
    expect(checkSource('x.mdx', text, schemas.cases as unknown as SafeParser)).toEqual([]);
    expect(result.notes.join('\n')).toContain('署名');
  });

  it('keeps the byline of other collections in a YAML comment, since their schemas have no source field', async () => {
    for (const collection of ['articles', 'opendays', 'pages'] as const) {
      const { text } = await importFixture('dirty-news-report.txt', collection);
      expect(text).toMatch(/^# 原文署名（导入时从正文移到这里，发布前请核实）：来源：福鼎新闻网 记者 温丽芬/m);
      expect(text).not.toMatch(/^source:/m);
      expect(checkSource('x.mdx', text, schemas[collection] as unknown as SafeParser)).toEqual([]);
    }
  });

  it('reports what it could not fix — the lost characters and the phone number — with lines in the draft', async () => {
    const { text, result } = await importFixture('dirty-news-report.txt', 'cases');
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['broken-encoding', 'privacy-phone']);
    const lines = text.split('\n');
    for (const f of errors) expect(lines[f.line - 1]).toContain('据统计，当天共接待来访群众��人次');
    expect(text).toContain('13812345678');
  });

  it('writes a draft whose lint finds exactly what the importer reported', async () => {
    const root = site();
    let out = '';
    const code = await main(['tests/fixtures/import/dirty-news-report.txt', '--as', 'cases', '--content', join(root, 'content')], {
      out: (s) => (out += s),
      err: (s) => (out += s),
      cwd: resolve(import.meta.dirname, '../../..'),
      now: new Date('2026-03-08T02:00:00Z'),
    });
    expect(code).toBe(0);
    const rel = 'content/cases/fu-ding-shi-jian-cha-yuan-kai-zhan.mdx';
    const text = readFileSync(join(root, rel), 'utf8');
    expect(text).toContain('draft: true');
    const { findings } = await runLint({ root, files: collectFiles(root, [rel], root) });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(out).toContain(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}`);
    expect(out).toContain('http://localhost:4321/cases/fu-ding-shi-jian-cha-yuan-kai-zhan/');
  });
});

describe('importing a Word export saved as GBK', () => {
  it('reads it as GB18030, says so, and turns 一、 lines into headings', async () => {
    const { text, result } = await importFixture('word-export-gbk.txt', 'articles');
    expect(result.notes.join('\n')).toContain('GBK');
    expect(text).toContain('title: "家暴求助的三个办法"');
    expect(text).toContain('## 一、先报警\n\n遇到家庭暴力，请立即拨打110报警。\n\n## 二、留证据');
    expect(text).toContain('# 原文署名（导入时从正文移到这里，发布前请核实）：文/福鼎市妇联');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('parts of the importer', () => {
  it('normalises whitespace without losing characters', () => {
    expect(normaliseWhitespace('\uFEFF　　第一段\r\n\u00a0第二\u200b段 \r\n')).toBe('第一段\n第二段\n');
  });

  it('decodes UTF-8 with lost bytes as “�” and says how many', () => {
    const decoded = decodeReport(new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xe6, 0x96, 0x87]));
    expect(decoded.text).toBe('中\uFFFD文');
    expect(decoded.notes[0]).toContain('1 处');
  });

  it('leaves English in brackets and numbers alone while cleaning', async () => {
    const { text } = await cleanText('使用微信(WeChat)拨打12338,费用3.5元.');
    expect(text).toBe('使用微信（WeChat）拨打12338，费用3.5元。');
  });

  it('escapes braces and angle brackets so MDX shows them as text', () => {
    expect(parseReport('正文\n\n面积<100平方米{约}').blocks).toEqual(['面积\\<100平方米\\{约\\}']);
  });

  it('does not take a first line ending in a full stop as the title', () => {
    const r = parseReport('这是一整句话。\n\n第二段。');
    expect(r.title).toBeUndefined();
    expect(r.blocks).toEqual(['这是一整句话。', '第二段。']);
  });
});

it('refuses to import into stations', async () => {
  let err = '';
  const code = await main(['x.txt', '--as', 'stations'], { out: () => {}, err: (s) => (err += s), cwd: '/' });
  expect(code).toBe(2);
  expect(err).toContain('npm run new -- stations');
});
