import { describe, expect, it } from 'vitest';
import { isPublic } from '../../src/lib/visibility.ts';

// 2026-11-29 16:30 UTC is already 2026-11-30 00:30 in Beijing.
const now = new Date('2026-11-29T16:30:00Z');

describe('isPublic', () => {
  it.each([
    [{ draft: false, publishDate: '2026-11-29' }, false, true],
    [{ draft: false, publishDate: '2026-11-30' }, false, true],
    [{ draft: false, publishDate: '2026-12-01' }, false, false],
    [{ draft: true, publishDate: '2026-01-01' }, false, false],
    [{ draft: true, publishDate: '2026-01-01' }, true, true],
    [{ draft: false, publishDate: '2999-01-01' }, true, true],
  ])('%j (preview %s) → %s', (entry, preview, expected) => expect(isPublic(entry, now, preview)).toBe(expected));
});
