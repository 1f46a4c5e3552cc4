import { describe, expect, it } from 'vitest';
import { countPresses } from '../../src/lib/key-sequence.ts';

describe('countPresses', () => {
  it('completes after the needed presses within the window', () => {
    const c = countPresses({ needed: 3, withinMs: 5000 });
    expect(c.press(0)).toEqual({ count: 1, needed: 3, done: false });
    expect(c.press(1000)).toEqual({ count: 2, needed: 3, done: false });
    expect(c.press(2000).done).toBe(true);
  });
  it('forgets presses older than the window', () => {
    const c = countPresses({ needed: 2, withinMs: 3000 });
    c.press(0);
    expect(c.press(4000)).toEqual({ count: 1, needed: 2, done: false });
    expect(c.press(5000).done).toBe(true);
  });
  it('starts again after completing or being reset', () => {
    const c = countPresses({ needed: 2, withinMs: 3000 });
    c.press(0);
    c.press(10);
    expect(c.press(20).count).toBe(1);
    c.reset();
    expect(c.press(30).count).toBe(1);
  });
});
