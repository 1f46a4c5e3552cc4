import { describe, expect, it } from 'vitest';
import { isUrgentQuery } from '../../src/lib/search-query.ts';

describe('isUrgentQuery', () => {
  it.each([
    ['被打了怎么办', true],
    ['救命', true],
    ['他说要杀了我', true],
    ['离婚冷静期', false],
    ['12338', false],
  ])('%s → %s', (q, expected) => expect(isUrgentQuery(q)).toBe(expected));
});
