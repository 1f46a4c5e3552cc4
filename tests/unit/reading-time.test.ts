import { describe, expect, it } from 'vitest';
import { countReadingUnits, readingMinutes } from '../../src/lib/reading-time.ts';

describe('reading time counts Chinese characters, not bytes or markup', () => {
  it.each([
    ['家庭暴力', 4],
    ['拨打 12338 热线', 5],
    ['<LawQuote law="中华人民共和国反家庭暴力法" article={2}>家庭暴力</LawQuote>', 4],
    ['[保护令](/articles/protection-order/)', 3],
    ['---\ntitle: "很长的标题"\n---\n正文', 2],
  ])('%j has %i units', (text, units) => {
    expect(countReadingUnits(text)).toBe(units);
  });
  it('gives at least one minute and rounds at 300 characters a minute', () => {
    expect(readingMinutes('字')).toBe(1);
    expect(readingMinutes('字'.repeat(900))).toBe(3);
    expect(readingMinutes('字'.repeat(1049))).toBe(3);
    expect(readingMinutes('字'.repeat(1051))).toBe(4);
  });
});
