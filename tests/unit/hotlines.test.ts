import { describe, expect, it } from 'vitest';
import { hotlineNumbers, hotlinesFor } from '../../src/lib/hotlines.ts';
import type { Hotline } from '../../src/site.config.ts';
import { site } from '../../src/site.config.ts';
import { TOPIC_HOTLINES } from '../../src/lib/taxonomy.ts';

/** A made-up county: no youth line, numbers that are not 福鼎's order. */
const lines: Hotline[] = [
  { role: 'women', number: '12338', name: '妇女', when: '—' },
  { role: 'emergency', number: '110', name: '报警', when: '—', emergency: true },
  { role: 'legal', number: '12348', name: '法律', when: '—' },
];

describe('hotlines by role', () => {
  it('keeps the config order and skips roles the county has no line for', () => {
    expect(hotlineNumbers(['emergency', 'youth', 'women'], lines)).toEqual(['12338', '110']);
    expect(hotlinesFor(['youth'], lines)).toEqual([]);
  });

  it('gives every topic at least one line of the configured county', () => {
    for (const roles of Object.values(TOPIC_HOTLINES)) expect(hotlineNumbers(roles, site.hotlines).length).toBeGreaterThan(0);
  });

  it('has exactly one emergency line in the configured county, shown first', () => {
    expect(site.hotlines.filter((h) => h.role === 'emergency')).toHaveLength(1);
    expect(site.hotlines[0]!.role).toBe('emergency');
  });
});
