import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, reservedPageSlugs, slugify, uniqueSlug } from '../../../scripts/lib/entry/slug.ts';

describe('slugify', () => {
  it.each([
    ['离婚冷静期怎么算', 'li-hun-leng-jing-qi-zen-me-suan'],
    ['人身安全保护令：怎么申请、多久能拿到', 'ren-shen-an-quan-bao-hu-ling-zen'],
    ['12338热线', '12338-re-xian'],
    ['WeChat 公众号', 'wechat-gong-zhong-hao'],
    ['女儿的绿卡', 'nv-er-de-lv-ka'],
    ['“栀子花”服务站', 'zhi-zi-hua-fu-wu-zhan'],
    ['離婚冷靜期', 'li-hun-leng-jing-qi'],
    ['！！！', ''],
  ])('turns %s into %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('keeps slugs within the length limit, cut at a word boundary', () => {
    const slug = slugify('中华人民共和国妇女权益保障法关于家庭暴力受害人申请保护令的规定');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('uniqueSlug', () => {
  it('numbers a clash -2, -3…', () => {
    expect(uniqueSlug('a', new Set())).toBe('a');
    expect(uniqueSlug('a', new Set(['a']))).toBe('a-2');
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });

  it('reserves the addresses of listings and feeds for pages', () => {
    const reserved = reservedPageSlugs();
    for (const s of ['articles', 'search', 'rss', 'hotlines', 'index']) expect(reserved.has(s)).toBe(true);
  });
});
