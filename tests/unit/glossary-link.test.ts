import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { buildMatcher, isExcluded, splitFirstUses, type GlossaryTerm } from '../../src/lib/glossary-link.ts';
import { glossaryPlugin, readGlossaryTerms } from '../../src/lib/glossary-plugin-fs.ts';

const terms: GlossaryTerm[] = [
  { id: 'bao-hu-ling', term: '人身安全保护令', aliases: ['保护令'] },
  { id: 'jian-hu', term: '监护', aliases: ['监护人'] },
  { id: 'xun-jie', term: '训诫' },
  { id: 'bei-shen-qing-ren', term: '被申请人', aliases: ['申请人'] },
];
const guide = pathToFileURL('/site/content/articles/guide.mdx');
const html = async (md: string, fileURL = guide) => (await markdownToHtml(md, { mdastPlugins: [glossaryPlugin({ terms })], fileURL })).html;
const links = (out: string) => [...out.matchAll(/<a href="\/glossary\/#([a-z-]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('splitFirstUses', () => {
  const matcher = buildMatcher(terms)!;
  it.each([
    ['no term at all', '今天天气很好。', [], undefined],
    ['a term in the middle', '法院可以训诫他。', [], ['法院可以', '[xun-jie:训诫]', '他。']],
    ['the longest name at one position', '申请人身安全保护令。', [], ['申请', '[bao-hu-ling:人身安全保护令]', '。']],
    ['an alias', '拿到保护令后', [], ['拿到', '[bao-hu-ling:保护令]', '后']],
    ['the longer of two overlapping names, even when the shorter starts first', '申请人身安全保护令', [], ['申请', '[bao-hu-ling:人身安全保护令]']],
    ['a short name where no longer one overlaps it', '申请人可以', [], ['[bei-shen-qing-ren:申请人]', '可以']],
    ['only the first of two uses', '训诫，再训诫', [], ['[xun-jie:训诫]', '，再训诫']],
    ['nothing when the entry was linked before', '再次训诫', ['xun-jie'], undefined],
    ['an alias counts as the same entry', '监护人和监护', [], ['[jian-hu:监护人]', '和监护']],
  ])('%s', (_name, text, before, expected) => {
    const parts = splitFirstUses(text, matcher, new Set(before));
    expect(parts?.map((p) => (p.type === 'term' ? `[${p.id}:${p.value}]` : p.value))).toEqual(expected);
  });
});

describe('isExcluded', () => {
  it.each([
    [[{ type: 'paragraph' }, { type: 'root' }], false],
    [[{ type: 'heading' }], true],
    [[{ type: 'strong' }, { type: 'link' }], true],
    [[{ type: 'paragraph' }, { type: 'mdxJsxFlowElement', name: 'LawQuote' }], true],
    [[{ type: 'paragraph' }, { type: 'mdxJsxFlowElement', name: 'Step' }], false],
    [[{ type: 'mdxJsxTextElement', name: 'LawQuote' }], true],
  ])('%j → %s', (ancestors, expected) => {
    expect(isExcluded(ancestors)).toBe(expected);
  });
});

describe('the glossary plugin on a guide', () => {
  it('links the first use of each term, and only the first', async () => {
    const out = await html('法院可以训诫。\n\n父母是监护人；监护人要尽责。法院再次训诫。');
    expect(links(out)).toEqual(['xun-jie:训诫', 'jian-hu:监护人']);
  });

  it('marks each link with the entry it leads to', async () => {
    expect(await html('训诫')).toContain('data-glossary-term="xun-jie"');
  });

  it('does not link inside headings, and links the first use after them', async () => {
    const out = await html('## 什么是训诫\n\n训诫就是批评。');
    expect(out).toMatch(/<h2[^>]*>什么是训诫<\/h2>/);
    expect(links(out)).toEqual(['xun-jie:训诫']);
    expect(out.indexOf('/glossary/#xun-jie')).toBeGreaterThan(out.indexOf('</h2>'));
  });

  it('does not link inside an existing link or inline code', async () => {
    const out = await html('看[保护令的文章](/articles/protection-order/)和`训诫`。');
    expect(links(out)).toEqual([]);
  });

  it('does not link inside a LawQuote, but does after it', async () => {
    const { code } = await mdxToJs('<LawQuote law="某法" article={1}>监护人不得训诫。</LawQuote>\n\n父母是监护人。', {
      mdastPlugins: [glossaryPlugin({ terms })],
      fileURL: guide,
    });
    const quoteEnd = code.indexOf('监护人不得训诫');
    expect(quoteEnd).toBeGreaterThan(-1); // the quote's text is still whole
    expect(code).not.toContain('/glossary/#xun-jie');
    expect(code.indexOf('/glossary/#jian-hu')).toBeGreaterThan(quoteEnd);
  });

  it('leaves documents outside the guides alone', async () => {
    expect(links(await html('训诫', pathToFileURL('/site/content/pages/about.mdx')))).toEqual([]);
  });

  it('starts afresh for every document', async () => {
    const plugin = glossaryPlugin({ terms });
    const a = (await markdownToHtml('训诫', { mdastPlugins: [plugin], fileURL: guide })).html;
    const b = (await markdownToHtml('训诫', { mdastPlugins: [plugin], fileURL: guide })).html;
    expect(links(a)).toEqual(['xun-jie:训诫']);
    expect(links(b)).toEqual(['xun-jie:训诫']);
  });
});

describe('the real glossary', () => {
  const real = readGlossaryTerms('content/glossary.yaml');
  it('has the terms the guides need', () => {
    const names = new Set(real.flatMap((e) => [e.term, ...(e.aliases ?? [])]));
    for (const n of [
      '训诫',
      '复议',
      '诉讼时效',
      '人身安全保护令',
      '告诫书',
      '支持起诉',
      '司法救助',
      '法律援助',
      '监护',
      '抚养费',
      '赡养',
      '彩礼',
      '集体经济组织成员',
      '继承',
      '遗嘱',
      '家庭教育指导令',
      '强制报告',
      '裁定',
      '被申请人',
      '受理',
    ]) {
      expect(names, n).toContain(n);
    }
  });
  it('gives every name to one entry only', () => {
    const seen = new Map<string, string>();
    for (const e of real)
      for (const n of [e.term, ...(e.aliases ?? [])]) {
        expect(seen.get(n), `${n} is claimed by ${seen.get(n)} and ${e.id}`).toBeUndefined();
        seen.set(n, e.id);
      }
  });
});
