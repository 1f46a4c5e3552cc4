/**
 * Stable ASCII URL slugs for the directory's service filter (/stations/service/<slug>/).
 *
 * The services themselves are Chinese labels in a fixed list (src/lib/taxonomy.ts); their
 * slugs live here so a filter page keeps its address even if a label's wording changes.
 * Adding a service to SERVICES without a slug here is a type error.
 */
import type { Service } from './taxonomy.ts';
import { t } from '../i18n/zh-CN.ts';

/** Service label → URL slug (lowercase ASCII words joined by hyphens). */
export const SERVICE_SLUGS: Readonly<Record<Service, string>> = {
  法律咨询: 'legal-advice',
  心理疏导: 'counselling',
  家庭教育指导: 'family-education',
  婚姻家庭纠纷调解: 'family-mediation',
  人身安全保护令申请协助: 'protection-order-help',
  司法救助线索移送: 'judicial-relief-referral',
  信访接待: 'petitions',
  法律援助转介: 'legal-aid-referral',
  来信答复: 'letters',
};

/** The name readers see for a service (e.g. 司法救助线索移送 → 帮忙联系司法救助); the key stays the data value. */
export function serviceLabel(service: Service): string {
  return t(`service.${service}`);
}

/** The URL slug of a service, e.g. "法律咨询" → "legal-advice". */
export function serviceSlug(service: Service): string {
  return SERVICE_SLUGS[service];
}
