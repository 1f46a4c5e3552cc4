import { describe, expect, it } from 'vitest';
import { lawDateParts } from '../../src/lib/law-dates.ts';

describe('lawDateParts', () => {
  it('shows when the cited text took effect and labels a later amendment', () => {
    const minors = { inForce: '2021-06-01', amended: [{ date: '2024-04-26', label: '修正' as const }], status: 'current' as const };
    expect(lawDateParts('2024-04-26', minors)).toEqual({ inForce: '2021-06-01', amendments: [{ date: '2024-04-26', label: '修正' }], superseded: false });
  });

  it.each([
    ['no dictionary entry', undefined, '2016-03-01', []],
    ['an entry without amendments', { inForce: '2016-03-01', status: 'current' as const }, '2016-03-01', []],
    [
      'an amendment dated before the cited text (not shown)',
      { inForce: '2023-01-01', amended: [{ date: '2018-10-26', label: '修正' as const }], status: 'current' as const },
      '2023-01-01',
      [],
    ],
  ])('falls back sensibly for %s', (_name, entry, inForce, amendments) => {
    expect(lawDateParts('2016-03-01', entry)).toMatchObject({ inForce, amendments });
  });

  it('sorts amendments oldest first and flags a superseded rule', () => {
    const parts = lawDateParts('2010-01-01', {
      inForce: '2010-01-01',
      amended: [
        { date: '2020-01-01', label: '修订' },
        { date: '2015-01-01', label: '修正' },
      ],
      status: 'superseded',
    });
    expect(parts.amendments.map((a) => a.date)).toEqual(['2015-01-01', '2020-01-01']);
    expect(parts.superseded).toBe(true);
  });
});
