/**
 * Every disguise a review found getting past the privacy lint (issue 16), each
 * caught with file, line and rule; and the public numbers that must still pass.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../scripts/lib/lint/types.ts';
import { parseSource } from '../../../scripts/lib/lint/source.ts';
import { lintSource } from '../../../scripts/lib/lint/run.ts';
import { RULES } from '../../../scripts/lib/lint/rules/index.ts';
import { emptyContext, normalizePhone, PUBLIC_EMAILS, PUBLIC_HOTLINES } from '../../../scripts/lib/lint/context.ts';

const ctx = emptyContext({
  allowedPhones: new Set([...PUBLIC_HOTLINES, normalizePhone('0593-7830000')].map(normalizePhone)),
  allowedEmails: new Set([...PUBLIC_EMAILS, 'station@fdfl.example.cn']),
});
const PRIVACY = RULES.filter((r) => r.id.startsWith('privacy-') || r.id === 'mdx-code' || r.id === 'raw-html');

const CASE_FM = `---
title: "情景案例"
summary: "测试"
kind: scenario
people: [{ alias: "小红（化名）" }]
---
`;

async function lint(text: string, path: string): Promise<Finding[]> {
  return (await lintSource(parseSource(text, path, path), ctx, PRIVACY)).map(({ fix: _f, ...f }) => f);
}

/** "file:line rule" for each finding. */
const where = (fs: Finding[]): string[] => fs.map((f) => `${f.file}:${f.line} ${f.rule}`);

describe('privacy bypasses from the review are caught', () => {
  it.each([
    ['ID in full-width digits', 'a.mdx', '身份证：１１０１０５１９４９１２３１００２Ｘ', 'privacy-id-number'],
    ['ID with spaces inside', 'a.mdx', '身份证 110105 1949 1231 002X', 'privacy-id-number'],
    ['ID with hyphens inside', 'a.mdx', '身份证 110105-19491231-002X', 'privacy-id-number'],
    ['old 15-digit ID (now an error)', 'a.mdx', '旧身份证 110105491231002', 'privacy-id-number'],
    ['mobile in Chinese numerals', 'a.mdx', '手机一三八一二三四五六七八', 'privacy-phone'],
    ['mobile with 幺 and 〇', 'a.mdx', '手机幺三八〇二三四五六七八', 'privacy-phone'],
    ['mobile with dots', 'a.mdx', '手机 138.1234.5678', 'privacy-phone'],
    ['mobile grouped 4-3-4', 'a.mdx', '手机 1381 234 5678', 'privacy-phone'],
    ['mobile followed by 号', 'a.mdx', '拨打13812345678号码', 'privacy-phone'],
    ['mobile in full-width digits', 'a.mdx', '手机１３８１２３４５６７８', 'privacy-phone'],
    ['bank card in full-width digits', 'a.mdx', '卡号６２２２０２１２３４５６７８９０１２８', 'privacy-bank-card'],
    ['e-mail', 'a.mdx', '邮箱 zhangsan@163.com', 'privacy-email'],
    ['e-mail with full-width ＠', 'a.mdx', '邮箱 zhangsan＠163.com', 'privacy-email'],
    ['e-mail written with （at）', 'a.mdx', '邮箱 li（at）qq.com', 'privacy-email'],
    ['WeChat ID', 'a.mdx', '微信号：zhang_san88', 'privacy-wechat'],
    ['WeChat ID after VX', 'a.mdx', '加VX wxid_abc123 联系', 'privacy-wechat'],
    ['QQ number', 'a.mdx', 'QQ：12345678', 'privacy-qq'],
    ['QQ in full-width letters', 'a.mdx', 'ＱＱ号是 987654321', 'privacy-qq'],
    ['licence plate', 'a.mdx', '车牌闽J·12345的车', 'privacy-plate'],
    ['new-energy licence plate', 'a.mdx', '车牌闽JD12345', 'privacy-plate'],
    ['phone in a code span', 'a.mdx', '号码 `13812345678`', 'privacy-phone'],
    ['phone in an MDX expression', 'a.mdx', "号码 {'13812345678'}", 'privacy-phone'],
    ['phone in an HTML attribute', 'a.mdx', '<Callout title="电话13812345678">注意</Callout>', 'privacy-phone'],
    ['phone in an MDX comment', 'a.mdx', '{/* 13812345678 */}', 'privacy-phone'],
    ['phone in an HTML comment of a .md file', 'a.md', '<!-- 13812345678 -->', 'privacy-phone'],
    ['phone in a frontmatter number field', 'a.mdx', '---\ncontact: 13812345678\n---\n正文', 'privacy-phone', 2],
    ['address with Chinese numerals', 'a.mdx', '住在三栋二单元三〇一室', 'privacy-address'],
    ['村N号 in a scenario case', 'cases/c.mdx', `${CASE_FM}住在岭头村18号`, 'privacy-address', 7],
    ['a name in the title', 'articles/a.mdx', '---\ntitle: "受害人王丽的遭遇"\n---\n正文', 'privacy-named-person', 2],
    [
      'a name in the summary, rare surname with details',
      'articles/a.mdx',
      '---\nsummary: "詹小红（女，32岁）向妇联求助"\n---\n正文',
      'privacy-named-person',
      2,
    ],
    [
      'a name in the outcome, compound surname',
      'cases/c.mdx',
      `${CASE_FM.replace('---\n', '---\noutcome: "名叫欧阳娜娜的邻居作证"\n')}正文`,
      'privacy-named-person',
      2,
    ],
    ['a name in an article body', 'articles/a.mdx', '原告张晓明起诉', 'privacy-named-person'],
  ] as [string, string, string, string, number?][])('%s', async (_name, path, text, rule, line = 1) => {
    const found = await lint(text, path);
    expect(where(found)).toContain(`${path}:${line} ${rule}`);
  });

  it('a real case must use （化名）, not a 某-form', async () => {
    const text = '---\ntitle: "真实案例"\nkind: real\npeople: [{ alias: "王某" }]\n---\n正文';
    expect(where(await lint(text, 'cases/r.mdx'))).toEqual(['cases/r.mdx:4 privacy-named-person']);
  });

  it('a scenario case may use a 某-form', async () => {
    const text = '---\ntitle: "情景案例"\nkind: scenario\npeople: [{ alias: "王某" }]\n---\n王某报警。';
    expect(await lint(text, 'cases/s.mdx')).toEqual([]);
  });
});

describe('public numbers and ordinary text still pass', () => {
  it.each([
    ['the hotlines of src/site.config.ts', '拨打12338、12309、12348、12355或110'],
    ['a station phone from the content tree', '服务站电话 0593-7830000'],
    ['the site mailbox and a station e-mail', `来信 ${PUBLIC_EMAILS[0]} 或 station@fdfl.example.cn`],
    ['law article numbers', '民法典第一千零八十五条、第1085条，<LawQuote law="民法典" article={1085} paragraph={1}>…</LawQuote>'],
    ['dates and amounts', '2026-01-05 发放救助金100000元，2023年3月揭牌'],
    ['a URL full of digits', '见 https://flk.npc.gov.cn/detail2.html?ZmY4MDgxODE3OTZhNjM2YTAxNzk4MjJhMTk2NDBjOTI13812345678'],
    ['a masked phone and plate', '手机138****5678，车牌闽J·***45'],
    ['ordinary words with numerals', '一一对应，两两结对，三三两两，十五六个人'],
    ['a WeChat official account', '关注微信公众号 fudingfulian'],
    ['an English word starting with wx or vx', 'wxPython 和 vxWorks 不是微信号'],
    ['ordinary words after role words', '当事人陈述，被告人于2020年，丈夫常年在外，原告向法院起诉，受害人高兴地说'],
    ['a 1+3+N and 12309 mention', '“1+3+N”工作体系，12309检察服务中心'],
  ])('%s', async (_name, text) => {
    expect(await lint(text, 'articles/a.mdx')).toEqual([]);
  });
});
