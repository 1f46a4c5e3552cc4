import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/lib/taxonomy.ts';
import { SERVICE_SLUGS, serviceSlug, serviceLabel } from '../../src/lib/station-services.ts';

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

  it.each([
    ['司法救助线索移送', '帮忙联系司法救助'],
    ['信访接待', '上门求助'],
    ['人身安全保护令申请协助', '帮忙申请保护令'],
  ] as const)('shows the public name for the staff term %s', (service, label) => {
    expect(serviceLabel(service)).toBe(label);
  });

  it('has a public name for every service', () => {
    for (const s of SERVICES) expect(serviceLabel(s)).toMatch(/\S/);
  });
});
