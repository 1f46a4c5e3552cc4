import { describe, expect, it } from 'vitest';
import { privacyPhone } from '../../../scripts/lib/lint/rules/privacy-phone.ts';
import { emptyContext, normalizePhone, PUBLIC_HOTLINES } from '../../../scripts/lib/lint/context.ts';
import { lintWith, where } from './helpers.ts';

const ctx = emptyContext({ allowedPhones: new Set([...PUBLIC_HOTLINES, normalizePhone('0593-7830000')]) });

describe('privacy-phone', () => {
  it.each([
    ['mobile', '请联系13812345678', ['1:4 privacy-phone']],
    ['grouped mobile', '电话：138-1234-5678', ['1:4 privacy-phone']],
    ['mobile with +86', '+86 138 1234 5678', ['1:1 privacy-phone']],
    ['宁德 landline', '座机0593-7812345', ['1:3 privacy-phone']],
    ['landline without dash', '座机05937812345', ['1:3 privacy-phone']],
    ['landline with bracketed area code', '（0593）7812345', ['1:1 privacy-phone']],
    ['tel: link', '[打电话](tel:13812345678)', ['1:11 privacy-phone']],
  ])('reports a %s', async (_name, text, expected) => {
    expect(where(await lintWith(privacyPhone, text, 'content/articles/x.mdx', ctx))).toEqual(expected);
  });

  it.each([
    ['a law article number', '依据民法典第1062条'],
    ['an article number in JSX', '<Law article={1062} />'],
    ['a long article number', '第13812345678条'],
    ['a date', '2024-01-15'],
    ['an amount', '赔偿100000元'],
    ['a hotline', '拨打12338或110'],
    ['an ID number', '11010519491231002X'],
    ['a URL', 'https://example.cn/13812345678'],
    ['a station phone from content/stations', '服务站电话0593-7830000'],
    ['a station phone written differently', '服务站电话 0593 7830000'],
    ['a number inside a longer number', '1381234567890'],
  ])('does not report %s', async (_name, text) => {
    expect(await lintWith(privacyPhone, text, 'content/articles/x.mdx', ctx)).toEqual([]);
  });
});
