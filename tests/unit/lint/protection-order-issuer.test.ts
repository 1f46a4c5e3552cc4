import { describe, expect, it } from 'vitest';
import { protectionOrderIssuer } from '../../../scripts/lib/lint/rules/protection-order-issuer.ts';
import { lintWith, where } from './helpers.ts';

const page = (body: string) => `---\ntitle: "测试"\n---\n${body}\n`;

describe('protection-order-issuer', () => {
  it.each([
    ['the station issuing orders', '服务站去年发出人身安全保护令 5 份。', ['4:6 protection-order-issuer']],
    ['the federation signing one', '妇联为她签发了保护令。', ['4:5 protection-order-issuer']],
    ['an order “由” the police', '这份保护令由派出所作出。', ['4:3 protection-order-issuer']],
    ['an issued order with no court named', '2023年发出人身安全保护令5份。', ['4:6 protection-order-issuer']],
  ])('reports %s', async (_name, body, expected) => {
    expect(where(await lintWith(protectionOrderIssuer, page(body)))).toEqual(expected);
  });

  it('names the wrong issuer in the message', async () => {
    const [f] = await lintWith(protectionOrderIssuer, page('妇联为她签发了保护令。'));
    expect(f!.message).toMatch(/由妇联发出.*只能由人民法院作出/);
    expect(f!.severity).toBe('error');
  });

  it.each([
    ['a court issuing it', '可以请法院发出人身安全保护令。'],
    ['an order made by the court, as the law says', '人身安全保护令由人民法院以裁定形式作出。'],
    ['the federation helping to apply', '妇联可以帮你申请保护令，也可以代为申请。'],
    ['validity counted from the day it is made', '保护令自作出之日起生效。'],
    ['a court named earlier in the sentence', '法院审查后，发出了保护令。'],
  ])('accepts %s', async (_name, body) => {
    expect(await lintWith(protectionOrderIssuer, page(body))).toEqual([]);
  });

  it('checks YAML values too (a figure label)', async () => {
    const yaml = '- id: protection-orders\n  value: "5 份"\n  label: "发出人身安全保护令"\n';
    expect(where(await lintWith(protectionOrderIssuer, yaml, 'content/figures.yaml'))).toEqual(['3:11 protection-order-issuer']);
  });
});
