import { describe, expect, it } from 'vitest';
import { BUDGETS, buildChecks, devChecks, lighthouseChecks, pageChecks, searchChecks } from '../../../bench/src/lib/budgets.ts';
import type { Weight } from '../../../bench/src/lib/weight.ts';

const light: Weight = { html: 8000, css: 9000, js: 3000, inlineJs: 1000, inlineCss: 0, font: 0, image: 0, other: 0, requests: 4, fonts: [] };

describe('pageChecks', () => {
  it('passes a light page on every budget', () => {
    const checks = pageChecks('home', light);
    expect(checks.map((c) => c.budget)).toEqual(['no web fonts', 'JS gzipped (incl. inline)', 'CSS gzipped (incl. inline)', 'requests']);
    expect(checks.every((c) => c.pass)).toBe(true);
  });

  it.each([
    ['JS gzipped (incl. inline)', { js: BUDGETS.jsBytes - 1000 + 1 }],
    ['CSS gzipped (incl. inline)', { css: BUDGETS.cssBytes - 10, inlineCss: 11 }],
    ['requests', { requests: BUDGETS.requests + 1 }],
    ['no web fonts', { fonts: ['/f.woff2'], font: 20000 }],
  ] as [string, Partial<Weight>][])('fails %s when over the limit', (budget, over) => {
    const failed = pageChecks('home', { ...light, ...over }).filter((c) => !c.pass);
    expect(failed.map((c) => c.budget)).toEqual([budget]);
  });

  it('checks HTML only on the article and exempts the search page', () => {
    expect(pageChecks('article', { ...light, html: 21 * 1024 }, { article: true }).find((c) => c.budget === 'article HTML gzipped')?.pass).toBe(false);
    expect(pageChecks('home', { ...light, html: 21 * 1024 }).some((c) => c.budget === 'article HTML gzipped')).toBe(false);
    expect(pageChecks('search', { ...light, js: 99999 }, { search: true })).toEqual([]);
  });

  it('fails a page that was not measured instead of passing it', () => {
    expect(pageChecks('home', undefined)[0]?.pass).toBe(false);
  });
});

describe('buildChecks', () => {
  const GB = 2 ** 30;
  const k1 = { articles: 1000, pages: 1100, seconds: 30, peakBytes: 1 * GB };
  const k3 = { articles: 3000, pages: 3100, seconds: 80, peakBytes: 1 * GB };
  const k10 = { articles: 10000, pages: 10100, seconds: 260, peakBytes: 1.5 * GB };
  const sl3 = { articles: 3000, pages: 3002, seconds: 200, peakBytes: 2 * GB };
  const sl10 = { articles: 10000, pages: 10002, seconds: 700, peakBytes: 3 * GB };

  it('checks speed and memory against Starlight at 3,000 and 10,000 articles, and growth between each pair of sizes', () => {
    const checks = buildChecks([k1, k3, k10], [sl3, sl10]);
    expect(checks.map((c) => [c.budget, c.subject, c.pass])).toEqual([
      ['pages/s vs Starlight', '3000 articles', true],
      ['peak memory vs Starlight', '3000 articles', true],
      ['pages/s vs Starlight', '10000 articles', true],
      ['peak memory vs Starlight', '10000 articles', true],
      ['build time growth', '1000 → 3000', true],
      ['build time growth', '3000 → 10000', true],
    ]);
  });

  it('fails a peer ratio under 1.5×, memory over 0.6× and growth beyond 3× per 3× articles', () => {
    const checks = buildChecks([k1, { ...k3, seconds: 91, peakBytes: 1.3 * GB }], [{ ...sl3, seconds: 100 }]);
    expect(checks.every((c) => !c.pass)).toBe(true);
    expect(checks.at(-1)?.actual).toContain('for 3.00× articles');
  });

  it('allows growth equal to the size ratio, checks the largest size when all are small, and fails a missing peer', () => {
    expect(buildChecks([k1, { ...k3, seconds: 90 }], []).map((c) => [c.budget, c.pass])).toEqual([
      ['pages/s vs Starlight', false],
      ['build time growth', true],
    ]);
    expect(buildChecks([{ ...k1, articles: 200 }, { ...k1, articles: 600 }], [{ ...sl3, articles: 600 }])[0]?.subject).toBe('600 articles');
  });
});

describe('lighthouseChecks', () => {
  it('requires 98 for performance and 100 elsewhere, and fails missing scores', () => {
    const checks = lighthouseChecks('home', { performance: 98, accessibility: 100, 'best-practices': 96, seo: undefined });
    expect(checks.map((c) => c.pass)).toEqual([true, true, false, false]);
  });
});

describe('searchChecks', () => {
  const fast = { articles: 3000, pagefindBytes: 190 * 1024, firstResultMs: 300 };
  const phone = { articles: 3000, pagefindBytes: 190 * 1024, firstResultMs: 1400 };
  const names = ['search: bytes for first query', 'search: first result (desktop)', 'search: first result (phone: 4× CPU, slow 4G)', 'search page JS gzipped'];
  it('passes a small, fast first query and a light search page', () => {
    const checks = searchChecks(fast, phone, { ...light, js: 20 * 1024 });
    expect(checks.map((c) => c.budget)).toEqual(names);
    expect(checks.every((c) => c.pass)).toBe(true);
  });
  it.each([
    ['search: bytes for first query', { pagefindBytes: 200 * 1024 + 1 }, {}],
    ['search: first result (desktop)', { firstResultMs: 401 }, {}],
    ['search: first result (phone: 4× CPU, slow 4G)', {}, { firstResultMs: 1501 }],
  ] as const)('fails %s when over the limit', (budget, overDesk, overPhone) => {
    expect(searchChecks({ ...fast, ...overDesk }, { ...phone, ...overPhone }, light).filter((c) => !c.pass).map((c) => c.budget)).toEqual([budget]);
  });
  it('fails the page JS over 35 KB, and fails what was not measured', () => {
    expect(searchChecks(fast, phone, { ...light, js: 36 * 1024 }).find((c) => c.budget === 'search page JS gzipped')?.pass).toBe(false);
    const none = searchChecks(undefined, undefined, undefined);
    expect(none.map((c) => c.budget)).toEqual(names);
    expect(none.every((c) => !c.pass)).toBe(true);
  });
});

describe('devChecks', () => {
  it('passes an edit shown within 2 s and fails a slower or unmeasured one', () => {
    expect(devChecks({ articles: 3000, editMs: 1999 })[0]?.pass).toBe(true);
    expect(devChecks({ articles: 3000, editMs: 2001 })[0]?.pass).toBe(false);
    expect(devChecks(undefined)[0]?.pass).toBe(false);
  });
});
