import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/lib/taxonomy.ts';
import { SERVICE_SLUGS, serviceSlug } from '../../src/lib/station-services.ts';

describe('service slugs', () => {
  it.each(SERVICES.map((s) => [s]))('gives %s a lowercase ASCII slug', (service) => {
    expect(serviceSlug(service)).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives every service a different slug', () => {
    const slugs = Object.values(SERVICE_SLUGS);
    expect(new Set(slugs).size).toBe(SERVICES.length);
  });

  it.each([
    ['法律咨询', 'legal-advice'],
    ['人身安全保护令申请协助', 'protection-order-help'],
    ['来信答复', 'letters'],
  ] as const)('keeps the published address of %s stable (%s)', (service, slug) => {
    expect(serviceSlug(service)).toBe(slug);
  });

});
