import { describe, expect, it } from 'vitest';
import { staleVerification } from '../../../scripts/lib/lint/rules/stale-verification.ts';
import { emptyContext } from '../../../scripts/lib/lint/context.ts';
import { lintWith, where } from './helpers.ts';

const ctx = emptyContext({ now: new Date('2025-06-01T00:00:00Z') });
const station = (v: string): string => `name: 示例工作室\nphone: 0593-7830000\nverification:\n${v}`;

describe('stale-verification', () => {
  it.each([
    ['verified long ago', station('  status: verified\n  lastVerified: "2024-01-01"\n'), ['5:18 stale-verification']],
    ['unverified', station('  status: unverified\n'), ['4:11 stale-verification']],
    ['verified without a date', station('  status: verified\n'), ['4:11 stale-verification']],
  ])('warns when %s', async (_name, text, expected) => {
    const found = await lintWith(staleVerification, text, 'content/stations/s.yaml', ctx);
    expect(where(found)).toEqual(expected);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.hint).toContain('示例工作室');
  });

  it.each([
    ['verified recently', station('  status: verified\n  lastVerified: "2025-03-01"\n'), 'content/stations/s.yaml'],
    ['verified exactly 180 days ago', station('  status: verified\n  lastVerified: 2024-12-03\n'), 'content/stations/s.yaml'],
    ['not a station file', station('  status: unverified\n'), 'content/pages/s.yaml'],
  ])('stays quiet when %s', async (_name, text, path) => {
    expect(await lintWith(staleVerification, text, path, ctx)).toEqual([]);
  });
});
