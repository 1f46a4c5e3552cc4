import { afterEach, describe, expect, it } from 'vitest';
import { now, parseNow, setNow } from '../../src/lib/clock.ts';

describe('clock', () => {
  const saved = process.env.GARDENIA_NOW;
  afterEach(() => {
    setNow(undefined);
    if (saved === undefined) delete process.env.GARDENIA_NOW;
    else process.env.GARDENIA_NOW = saved;
  });

  it('follows the system clock when nothing is set', () => {
    delete process.env.GARDENIA_NOW;
    const before = Date.now();
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it('reads GARDENIA_NOW: an instant, or a date meaning midnight in Beijing', () => {
    process.env.GARDENIA_NOW = '2031-05-01T10:00:00+08:00';
    expect(now().toISOString()).toBe('2031-05-01T02:00:00.000Z');
    process.env.GARDENIA_NOW = '2031-05-01';
    expect(now().toISOString()).toBe('2031-04-30T16:00:00.000Z');
  });

  it('lets a test fix it, over GARDENIA_NOW, and go back', () => {
    process.env.GARDENIA_NOW = '2031-05-01';
    setNow(new Date('2040-01-01T00:00:00Z'));
    expect(now().toISOString()).toBe('2040-01-01T00:00:00.000Z');
    now().setFullYear(1999);
    expect(now().getUTCFullYear()).toBe(2040);
    setNow(undefined);
    expect(now().toISOString()).toBe('2031-04-30T16:00:00.000Z');
  });

  it.each(['tomorrow', '2031-13-01', '', '01/05/2031'])('rejects %j with a Chinese hint', (text) => {
    expect(() => parseNow(text)).toThrow(/GARDENIA_NOW.*修改建议/);
  });
});
