import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/src/lib/args.ts';

describe('parseArgs', () => {
  it('runs everything on 1,000, 3,000 and 10,000 articles, three runs each, by default', () => {
    const o = parseArgs([]);
    expect(o.sizes).toEqual([1000, 3000, 10000]);
    expect(o.runs).toBe(3);
    expect([...o.sections].sort()).toEqual(['corpus', 'dev', 'lighthouse', 'real', 'search', 'starlight']);
  });

  it('--quick uses 200 and 600 articles, one run, and skips Lighthouse and the dev edit', () => {
    const o = parseArgs(['--quick']);
    expect(o.sizes).toEqual([200, 600]);
    expect(o.runs).toBe(1);
    expect(o.sections.has('lighthouse')).toBe(false);
    expect(o.sections.has('dev')).toBe(false);
  });

  it('--runs sets the number of timed builds; search and dev can run on what a previous run built', () => {
    expect(parseArgs(['--runs', '1']).runs).toBe(1);
    expect([...parseArgs(['--only', 'search,dev']).sections].sort()).toEqual(['dev', 'search']);
  });

  it('--only selects parts; starlight brings the corpus builds it is compared with', () => {
    expect([...parseArgs(['--only', 'real']).sections]).toEqual(['real']);
    expect([...parseArgs(['--only=starlight']).sections].sort()).toEqual(['corpus', 'starlight']);
    expect([...parseArgs(['--quick', '--only', 'lighthouse']).sections]).toEqual(['lighthouse']);
  });

  it('--sizes sorts the sizes', () => {
    expect(parseArgs(['--sizes', '3000,500']).sizes).toEqual([500, 3000]);
  });

  it.each([[['--only', 'nope']], [['--sizes', 'x']], [['--frobnicate']], [['--only']], [['--runs', '0']]])('rejects %j with the usage', (argv) => {
    expect(() => parseArgs(argv)).toThrow(/Usage: npm run bench/);
  });
});
