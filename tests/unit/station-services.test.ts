import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/lib/taxonomy.ts';
import { SERVICE_SLUGS, serviceFromSlug, serviceHref, serviceSlug } from '../../src/lib/station-services.ts';

describe('service slugs', () => {
  it.each(SERVICES.map((s) => [s]))('gives %s a lowercase ASCII slug that maps back to it', (service) => {
    const slug = serviceSlug(service);
    expect(slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(serviceFromSlug(slug)).toBe(service);
    expect(serviceHref(service)).toBe(`/stations/service/${slug}/`);
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

  it.each(['', 'Legal-Advice', '法律咨询', 'unknown', 'legal-advice/'])('knows no service for the slug %j', (slug) => {
    expect(serviceFromSlug(slug)).toBeUndefined();
  });
});
