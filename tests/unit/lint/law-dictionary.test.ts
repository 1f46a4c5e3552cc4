import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawInDictionary } from '../../../scripts/lib/lint/rules/law-in-dictionary.ts';
import { supersededLaw } from '../../../scripts/lib/lint/rules/superseded-law.ts';
import { emptyContext, lawMap, readLawDictionary } from '../../../scripts/lib/lint/context.ts';
import { lintWith, where } from './helpers.ts';

const OLD = '人民检察院国家司法救助工作细则（试行）';
const NEW = '人民检察院开展国家司法救助工作细则';
const ctx = emptyContext({
  laws: lawMap([
    { id: 'dv', name: '中华人民共和国反家庭暴力法', status: 'current' },
    { id: 'relief-2016', name: OLD, status: 'superseded', supersededBy: 'relief-2021' },
    { id: 'relief-2021', name: NEW, status: 'current' },
    { id: 'orphan', name: '某已废止规定', status: 'superseded' },
  ]),
});
const article = (...names: string[]) =>
  `---\ntitle: "测试"\nlaws:\n${names.map((n) => `  - name: "${n}"\n    articles: [1]\n    effective: "2016-03-01"\n    source: "https://www.gov.cn/"`).join('\n')}\n---\n正文。\n`;

describe('law-in-dictionary', () => {
  it('reports a cited name the dictionary lacks, at the name, as an error', async () => {
    const found = await lintWith(lawInDictionary, article('中华人民共和国反家庭暴力法', '反家庭暴力法'), 'content/articles/a.mdx', ctx);
    expect(where(found)).toEqual(['8:12 law-in-dictionary']);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toContain('《反家庭暴力法》不在法律词典');
  });

  it('accepts names written exactly as in the dictionary', async () => {
    expect(await lintWith(lawInDictionary, article('中华人民共和国反家庭暴力法', NEW), 'content/articles/a.mdx', ctx)).toEqual([]);
  });

  it('stays silent for a content tree without a dictionary', async () => {
    expect(await lintWith(lawInDictionary, article('任何名称'), 'content/articles/a.mdx', emptyContext())).toEqual([]);
  });
});

describe('superseded-law', () => {
  it('warns about a superseded rule and names its successor', async () => {
    const found = await lintWith(supersededLaw, article(OLD), 'content/articles/a.mdx', ctx);
    expect(where(found)).toEqual(['4:12 superseded-law']);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe(`《${OLD}》已被取代，现行的是《${NEW}》`);
  });

  it('says so when the dictionary names no successor', async () => {
    const [f] = await lintWith(supersededLaw, article('某已废止规定'), 'content/articles/a.mdx', ctx);
    expect(f!.message).toMatch(/没有写明由哪一条目取代/);
  });

  it.each([
    ['a current law', NEW],
    ['a name the dictionary lacks (law-in-dictionary reports it)', '未知法律'],
  ])('accepts %s', async (_name, name) => {
    expect(await lintWith(supersededLaw, article(name), 'content/articles/a.mdx', ctx)).toEqual([]);
  });

  it('reads the dictionary from content/laws and resolves supersededBy to a name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'laws-'));
    mkdirSync(join(dir, 'laws'));
    writeFileSync(join(dir, 'laws', 'relief-2016.yaml'), `name: "${OLD}"\nstatus: superseded\nsupersededBy: relief-2021\n`);
    writeFileSync(join(dir, 'laws', 'relief-2021.yaml'), `name: "${NEW}"\nstatus: current\n`);
    const laws = readLawDictionary(join(dir, 'laws'))!;
    expect(laws.get(OLD)).toMatchObject({ id: 'relief-2016', status: 'superseded', successorName: NEW });
    expect(readLawDictionary(join(dir, 'missing'))).toBeUndefined();
  });
});
