import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemas } from '../../../src/content.config.ts';
import { checkSource, type SafeParser } from '../../../scripts/lib/frontmatter-check.ts';
import { main } from '../../../scripts/lib/entry/new-entry.ts';
import { ENTRY_COLLECTIONS } from '../../../scripts/lib/entry/template.ts';
import { runLint, collectFiles } from '../../../scripts/lib/lint/run.ts';

const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

/** A site root with an empty content/ tree (plus the real townships). */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
  temps.push(root);
  cpSync(resolve(import.meta.dirname, '../../../content/townships.yaml'), join(root, 'content/townships.yaml'));
  return root;
}

async function run(argv: string[], root: string) {
  let out = '';
  let err = '';
  // 2026-03-07 16:30 UTC is already 8 March in Beijing.
  const code = await main([...argv, '--content', join(root, 'content')], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd: root,
    now: new Date('2026-03-07T16:30:00Z'),
  });
  return { code, out, err };
}

describe('npm run new', () => {
  describe.each(ENTRY_COLLECTIONS)('%s', (collection) => {
    it('writes an entry that passes the schema and the lint (warnings only) and says how to preview it', async () => {
      const root = site();
      const { code, out } = await run([collection, '家庭暴力求助指南'], root);
      expect(code).toBe(0);
      const ext = collection === 'stations' ? 'yaml' : 'mdx';
      const rel = `content/${collection}/jia-ting-bao-li-qiu-zhu-zhi-nan.${ext}`;
      expect(out).toContain(rel);
      expect(out).toContain('npm run dev');
      expect(out).toContain(`http://localhost:4321${collection === 'pages' ? '' : `/${collection}`}/jia-ting-bao-li-qiu-zhu-zhi-nan/`);
      const text = readFileSync(join(root, rel), 'utf8');
      expect(checkSource(rel, text, schemas[collection] as unknown as SafeParser)).toEqual([]);
      if (collection !== 'stations') {
        expect(text).toContain('draft: true');
        expect(text).toContain('publishDate: "2026-03-08"');
      }
      const { findings } = await runLint({ root, files: collectFiles(root, [rel], root) });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  });

  it('numbers a second entry with the same title -2', async () => {
    const root = site();
    await run(['pages', '关于我们'], root);
    const { out } = await run(['pages', '关于我们'], root);
    expect(out).toContain('content/pages/guan-yu-wo-men-2.mdx');
  });

  it('does not give a page the address of a listing', async () => {
    const root = site();
    const { out } = await run(['pages', 'search'], root);
    expect(out).toContain('content/pages/search-2.mdx');
  });

  it('cleans a pasted title with the lint fixers (Traditional, half-width punctuation)', async () => {
    const root = site();
    await run(['articles', '離婚冷靜期,怎麼算?'], root);
    const text = readFileSync(join(root, 'content/articles/li-hun-leng-jing-qi-zen-me-suan.mdx'), 'utf8');
    expect(text).toContain('title: "离婚冷静期，怎么算？"');
  });

  it('refuses a title that is too long or a collection it does not know', async () => {
    const root = site();
    expect((await run(['articles', '长'.repeat(41)], root)).code).toBe(2);
    expect((await run(['news', '标题'], root)).err).toContain('不认识的类型');
  });

  it('accepts the singular form of a collection', async () => {
    const root = site();
    writeFileSync(join(root, 'content/townships.yaml'), readFileSync(join(root, 'content/townships.yaml')));
    expect((await run(['article', '测试文章'], root)).code).toBe(0);
  });
});
