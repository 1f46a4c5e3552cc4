/**
 * mdx-code and raw-html: one case per banned construct, the allowed forms,
 * and the component list read from src/components/mdx/index.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxCode, rawHtml } from '../../../scripts/lib/lint/rules/mdx-safety.ts';
import { allowedComponents, scanMdx } from '../../../scripts/lib/lint/mdx-guard.ts';
import { mdxGuardReport } from '../../../scripts/lib/lint/build-guard.ts';
import { lintWith, where } from './helpers.ts';
import { root } from '../../integration/helpers.ts';

const FM = '---\ntitle: "测试"\n---\n';
const both = async (text: string, path = 'content/articles/a.mdx'): Promise<string[]> => [
  ...where(await lintWith(mdxCode, text, path)),
  ...where(await lintWith(rawHtml, text, path)),
];

describe('banned MDX constructs', () => {
  it.each([
    ['an import', `${FM}import Foo from '../../src/x.astro';\n`, ['4:1 mdx-code']],
    ['an export running code', `${FM}export const x = (await import('node:child_process')).execSync('id')\n`, ['4:1 mdx-code']],
    ['an indented export', `${FM}  export const x = 1\n`, ['4:3 mdx-code']],
    ['an expression in the body', `${FM}今天是 {new Date().getFullYear()} 年\n`, ['4:5 mdx-code']],
    ['an expression attribute that is code', `${FM}<Callout title={process.env.HOME}>x</Callout>\n`, ['4:16 mdx-code']],
    ['a spread attribute', `${FM}<Callout {...props}>x</Callout>\n`, ['4:10 mdx-code']],
    ['a meta refresh', `${FM}<meta http-equiv="refresh" content="0;url=https://evil.example/">\n`, ['4:1 raw-html']],
    ['a script tag', `${FM}<script>alert(1)</script>\n`, ['4:1 raw-html', '4:17 raw-html']],
    ['an iframe', `${FM}<iframe src="https://evil.example/"></iframe>\n`, ['4:1 raw-html', '4:37 raw-html']],
    ['a div with an event handler', `${FM}<div onclick="x()">点我</div>\n`, ['4:1 raw-html', '4:22 raw-html']],
    ['an event attribute on a component', `${FM}<Callout onClick="x()">点我</Callout>\n`, ['4:10 raw-html']],
    ['a javascript: URL on a component', `${FM}<Callout href="javascript:alert(1)">点我</Callout>\n`, ['4:16 raw-html']],
    ['an HTML comment in MDX', `${FM}<!-- 备注 -->\n`, ['4:1 raw-html']],
    ['an unregistered component', `${FM}<Map lat={1} />\n`, ['4:1 raw-html']],
    ['a fragment', `${FM}<>文字</>\n`, ['4:1 raw-html', '4:5 raw-html']],
    ['raw HTML in a .md file', `${FM}<meta http-equiv="refresh" content="0">\n`, ['4:1 raw-html']],
  ])('%s', async (_name, text, expected) => {
    const path = _name.includes('.md file') ? 'content/articles/a.md' : 'content/articles/a.mdx';
    expect((await both(text, path)).sort()).toEqual(expected);
  });
});

describe('what editors may write', () => {
  it.each([
    [
      'editor components with literal attributes',
      `${FM}<LawQuote law="民法典" article={1085} paragraph={1}>原文</LawQuote>\n<Steps>\n<Step title="第一步">做</Step>\n</Steps>\n<QA q="问">答</QA>\n<Callout type="warning">注意</Callout>\n`,
    ],
    ['an MDX comment', `${FM}{/* 给编辑的备注 */}\n`],
    ['code spans and fenced code', `${FM}写成 \`<div>{x}</div>\` 即可\n\n\`\`\`\nimport x from 'y'\n<script>{1}</script>\n\`\`\`\n`],
    ['a less-than sign in text', `${FM}1 < 2，3 <= 4\n`],
    ['an autolink', `${FM}<https://flk.npc.gov.cn/>\n`],
    ['an escaped brace', `${FM}写作 \\{ 和 \\}\n`],
    ['words starting with import/export in prose', `${FM}importance 与 exports 不是语句\n`],
    ['braces and comments in a .md file', `${FM}{文字} <!-- 备注 -->\n`],
  ])('%s', async (_name, text) => {
    const path = _name.includes('.md file') ? 'content/articles/a.md' : 'content/articles/a.mdx';
    expect(await both(text, path)).toEqual([]);
  });
});

describe('the component list', () => {
  it('is read from src/components/mdx/index.ts, so a newly registered component is allowed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-components-'));
    mkdirSync(join(dir, 'src/components/mdx'), { recursive: true });
    writeFileSync(join(dir, 'src/components/mdx/index.ts'), "import A from './A.astro';\nexport const mdxComponents = { LawQuote, Glossary, Alias: A };\n");
    expect(allowedComponents(dir)).toEqual(['LawQuote', 'Glossary', 'Alias']);
    expect(scanMdx('<Glossary term="x" />', ['LawQuote', 'Glossary', 'Alias'])).toEqual([]);
  });

  it('of this checkout includes the five editor components', () => {
    expect(allowedComponents(root)).toEqual(expect.arrayContaining(['LawQuote', 'Steps', 'Step', 'QA', 'Callout']));
  });

  it('the build report uses the lint line format', () => {
    expect(mdxGuardReport(`${FM}export const a = 1\n`, 'content/articles/x.mdx', [])).toMatch(
      /^content\/articles\/x\.mdx:4:1 {2}error {2}mdx-code {2}.+（修改建议：.+）$/,
    );
  });
});

describe('the build guard’s Vite plugin', () => {
  /** The plugin gardeniaGuard adds, set up on a throw-away project root. */
  async function guardPlugin(root: string) {
    const { gardeniaGuard } = await import('../../../scripts/lib/lint/build-guard.ts');
    let plugin: { load: (id: string) => unknown; transform: (code: string, id: string) => unknown } | undefined;
    const setup = gardeniaGuard().hooks['astro:config:setup']!;
    await setup({
      config: { root: new URL(`file://${root}/`) },
      updateConfig: (c: { vite: { plugins: (typeof plugin)[] } }) => (plugin = c.vite.plugins[0]),
    } as never);
    return plugin!;
  }

  it('scans a file in load and transform alike, and an edit after it passed is still refused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guard-cache-'));
    const file = join(root, 'guide.mdx');
    writeFileSync(file, '---\ntitle: 指南\n---\n正文。\n');
    const plugin = await guardPlugin(root);
    expect(plugin.load(file)).toBeNull();
    expect(plugin.transform('', file)).toBeNull();
    writeFileSync(file, '---\ntitle: 指南\n---\n正文。\n<iframe src="https://example.com"></iframe>\n');
    expect(() => plugin.transform('', file)).toThrow(/guide\.mdx:5:1 .*raw-html/);
    expect(() => plugin.load(file)).toThrow(/构建已停止/);
    rmSync(root, { recursive: true, force: true });
  });
});
