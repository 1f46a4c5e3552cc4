import { describe, expect, it } from 'vitest';
import { medianRun } from '../../../bench/src/lib/lighthouse.ts';

const run = (performance: number | undefined, tag: string) => ({ scores: { performance }, failing: [tag] });

describe('medianRun', () => {
  it('reports the run with the middle performance score and how many runs there were', () => {
    const m = medianRun([run(90, 'a'), run(99, 'b'), run(96, 'c')]);
    expect(m.failing).toEqual(['c']);
    expect(m.runs).toBe(3);
  });

  it('takes the lower middle for an even count and treats a missing score as lowest', () => {
    expect(medianRun([run(100, 'a'), run(undefined, 'b')]).failing).toEqual(['b']);
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow();
  });
});
