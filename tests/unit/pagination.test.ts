import { describe, expect, it } from 'vitest';
import { chunk, pageWindow } from '../../src/lib/pagination.ts';

describe('chunk', () => {
  it.each([
    [0, 20, [0]],
    [1, 20, [1]],
    [20, 20, [20]],
    [21, 20, [20, 1]],
    [45, 20, [20, 20, 5]],
  ])('%i items in pages of %i → page sizes %j', (n, size, sizes) => {
    expect(
      chunk(
        Array.from({ length: n }, (_, i) => i),
        size,
      ).map((p) => p.length),
    ).toEqual(sizes);
  });
  it('keeps the order across pages', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
  it('rejects a page size below one', () => expect(() => chunk([1], 0)).toThrow(RangeError));
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, null, 10]],
    [5, 10, [1, null, 3, 4, 5, 6, 7, null, 10]],
    [10, 10, [1, null, 8, 9, 10]],
  ])('page %i of %i → %j', (current, pages, expected) => expect(pageWindow(current, pages)).toEqual(expected));
});
