import { describe, expect, it } from 'vitest';
import { BUDGETS, buildChecks, lighthouseChecks, pageChecks, searchChecks } from '../../../scripts/lib/bench/budgets.ts';
import type { Weight } from '../../../scripts/lib/bench/weight.ts';

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
  const small = { articles: 1000, pages: 1100, seconds: 30 };
  const large = { articles: 3000, pages: 3100, seconds: 80 };

  it('passes when pages per second beat Starlight by 1.5× and growth is at most linear', () => {
    const checks = buildChecks(small, large, { articles: 3000, pages: 3002, seconds: 200 });
    expect(checks.map((c) => [c.budget, c.pass])).toEqual([
      ['pages/s vs Starlight', true],
      ['build time growth', true],
    ]);
  });

  it('fails a peer ratio under 1.5× and growth beyond 3× plus tolerance', () => {
    const checks = buildChecks(small, { ...large, seconds: 30 * 3 * BUDGETS.linearTolerance + 1 }, { articles: 3000, pages: 3002, seconds: 100 });
    expect(checks.every((c) => !c.pass)).toBe(true);
    expect(checks[1]?.actual).toContain('for 3.00× articles');
  });

  it('allows growth up to the tolerance', () => {
    expect(buildChecks(small, { ...large, seconds: 30 * 3 * BUDGETS.linearTolerance }, undefined)[1]?.pass).toBe(true);
  });
});

describe('lighthouseChecks', () => {
  it('requires 98 for performance and 100 elsewhere, and fails missing scores', () => {
    const checks = lighthouseChecks('home', { performance: 98, accessibility: 100, 'best-practices': 96, seo: undefined });
    expect(checks.map((c) => c.pass)).toEqual([true, true, false, false]);
  });
});

describe('searchChecks', () => {
  const fast = { articles: 3000, pagefindBytes: 200 * 1024, firstResultMs: 640 };
  it('passes a small, fast first query and a light search page', () => {
    const checks = searchChecks(fast, { ...light, js: 20 * 1024 });
    expect(checks.map((c) => c.budget)).toEqual(['search: bytes for first query', 'search: first result shown', 'search page JS gzipped']);
    expect(checks.every((c) => c.pass)).toBe(true);
  });
  it.each([
    ['search: bytes for first query', { pagefindBytes: BUDGETS.searchFirstQueryBytes + 1 }],
    ['search: first result shown', { firstResultMs: BUDGETS.searchFirstResultMs + 1 }],
  ] as const)('fails %s when over the limit', (budget, over) => {
    expect(searchChecks({ ...fast, ...over }, light).filter((c) => !c.pass).map((c) => c.budget)).toEqual([budget]);
  });
  it('fails the page JS over 35 KB, and fails what was not measured', () => {
    expect(searchChecks(fast, { ...light, js: 36 * 1024 }).find((c) => c.budget === 'search page JS gzipped')?.pass).toBe(false);
    expect(searchChecks(undefined, undefined).every((c) => !c.pass)).toBe(true);
  });
});
