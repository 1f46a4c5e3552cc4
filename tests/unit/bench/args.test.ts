import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/lib/bench/args.ts';

describe('parseArgs', () => {
  it('runs everything on 1,000 and 3,000 articles by default', () => {
    const o = parseArgs([]);
    expect(o.sizes).toEqual([1000, 3000]);
    expect([...o.sections].sort()).toEqual(['corpus', 'lighthouse', 'real', 'starlight']);
  });

  it('--quick uses 200 and 600 articles and skips Lighthouse', () => {
    const o = parseArgs(['--quick']);
    expect(o.sizes).toEqual([200, 600]);
    expect(o.sections.has('lighthouse')).toBe(false);
  });

  it('--only selects parts; starlight brings the corpus builds it is compared with', () => {
    expect([...parseArgs(['--only', 'real']).sections]).toEqual(['real']);
    expect([...parseArgs(['--only=starlight']).sections].sort()).toEqual(['corpus', 'starlight']);
    expect([...parseArgs(['--quick', '--only', 'lighthouse']).sections]).toEqual(['lighthouse']);
  });

  it('--sizes sorts the sizes', () => {
    expect(parseArgs(['--sizes', '3000,500']).sizes).toEqual([500, 3000]);
  });

  it.each([[['--only', 'nope']], [['--sizes', 'x']], [['--frobnicate']], [['--only']]])('rejects %j with the usage', (argv) => {
    expect(() => parseArgs(argv)).toThrow(/Usage: npm run bench/);
  });
});
