// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhance, findParts, i18n, MarkupError, start, startWhere } from '../../src/scripts/kit.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('enhance', () => {
  it('starts every [data-name] once, marks it data-name-init and hands over its typed parts', () => {
    document.body.innerHTML = '<div data-demo><button data-demo-go>go</button></div><div data-demo><button data-demo-go>go</button></div>';
    const init = vi.fn();
    const started = enhance('demo', { go: ['[data-demo-go]', HTMLButtonElement] }, init);
    expect(started).toHaveLength(2);
    expect(init).toHaveBeenCalledTimes(2);
    expect(init.mock.calls[0]![0].parts.go).toBeInstanceOf(HTMLButtonElement);
    expect(document.querySelectorAll('[data-demo-init]')).toHaveLength(2);
    enhance('demo', { go: ['[data-demo-go]', HTMLButtonElement] }, init);
    expect(init).toHaveBeenCalledTimes(2);
  });

  it('throws a MarkupError naming the missing part in tests, and starts nothing', () => {
    document.body.innerHTML = '<div data-demo></div>';
    const init = vi.fn();
    expect(() => enhance('demo', { go: '[data-demo-go]' }, init)).toThrow(/required part go \(\[data-demo-go\]\) is missing/);
    expect(init).not.toHaveBeenCalled();
    expect(document.querySelector('[data-demo-init]')).toBeNull();
  });

  it('rejects a part of the wrong element type', () => {
    document.body.innerHTML = '<div data-demo><span data-demo-go></span></div>';
    expect(() => findParts(document.querySelector('[data-demo]')!, 'demo', { go: ['[data-demo-go]', HTMLButtonElement] })).toThrow(MarkupError);
  });

  it('in production logs the drift and leaves the markup as it was', () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'production');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      document.body.innerHTML = '<div data-demo hidden></div>';
      const init = vi.fn();
      expect(enhance('demo', { go: '[data-demo-go]' }, init)).toEqual([]);
      expect(init).not.toHaveBeenCalled();
      expect(error).toHaveBeenCalledWith(expect.any(MarkupError));
    } finally {
      vi.unstubAllEnvs();
      error.mockRestore();
    }
  });
});

describe('i18n', () => {
  it('reads data-i18n-<key> (kebab- or camelCase) and fills placeholders like t()', () => {
    document.body.innerHTML = '<p data-i18n-done-township="从{township}出发，最近的是{name}" data-i18n-left="还差{left}次"></p>';
    const text = i18n(document.querySelector('p')!);
    expect(text('doneTownship', { township: '沙埕镇', name: '服务站' })).toBe('从沙埕镇出发，最近的是服务站');
    expect(text('done-township', { township: '点头镇' })).toBe('从点头镇出发，最近的是{name}');
    expect(text('left', { left: 2 })).toBe('还差2次');
  });
  it('reports a missing string', () => {
    document.body.innerHTML = '<p></p>';
    expect(() => i18n(document.querySelector('p')!)('none')).toThrow(/missing data-i18n-none/);
  });
});

describe('start', () => {
  it('runs each starter, and one that throws neither stops the next nor swallows its error', () => {
    vi.useFakeTimers();
    try {
      const order: string[] = [];
      const drift = new MarkupError('[data-demo]: required part go is missing');
      start(() => {
        order.push('first');
        throw drift;
      });
      start(() => order.push('second'));
      expect(order).toEqual(['first', 'second']);
      // The error surfaces on its own task, as it did when each enhancement was its own script.
      expect(() => vi.runAllTimers()).toThrow(drift);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('startWhere', () => {
  it('loads the page-specific code only when its marker is on the page', () => {
    document.body.innerHTML = '<div data-demo></div>';
    const load = vi.fn(() => Promise.resolve());
    expect(startWhere('[data-other]', load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect(startWhere('[data-demo]', load)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a failed load surface as an error instead of vanishing', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div data-demo></div>';
      const failure = new Error('chunk failed to load');
      startWhere('[data-demo]', () => Promise.reject(failure));
      await expect(vi.runAllTimersAsync()).rejects.toBe(failure);
    } finally {
      vi.useRealTimers();
    }
  });
});
