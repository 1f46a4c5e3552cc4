import { describe, expect, it } from 'vitest';
import { displayWidth, formatBytes, formatNumber, formatRatio, table } from '../../../bench/src/lib/format.ts';

describe('formatBytes', () => {
  it.each([
    [undefined, '—'],
    [512, '512 B'],
    [1536, '1.5 KB'],
    [4.2 * 1024 * 1024, '4.2 MB'],
    [1.75 * 1024 ** 3, '1.75 GB'],
  ])('%s → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('formatNumber and formatRatio', () => {
  it('round to the given digits and show — for missing values', () => {
    expect(formatNumber(21.26)).toBe('21.3');
    expect(formatNumber(3, 0)).toBe('3');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatRatio(1.5)).toBe('1.50×');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('table', () => {
  it('counts Chinese characters as two columns so a table lines up in a terminal', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('首页')).toBe(4);
    const t = table(['page', 'KB'], [['首页', '1.0'], ['article', '12.5']]).split('\n');
    expect(t).toEqual([
      '| page    |   KB |',
      '|:--------|-----:|',
      '| 首页    |  1.0 |',
      '| article | 12.5 |',
    ]);
  });

  it('takes a per-column alignment', () => {
    const t = table(['a', 'b'], [['x', 'y']], ['r', 'l']).split('\n');
    expect(t[1]).toBe('|----:|:----|');
    expect(t[2]).toBe('|   x | y   |');
  });
});
