/** JSON-LD builders (schema.org), pure so their required fields can be unit-tested. */
import { site } from '../site.config.ts';

/** The publishing organisation. */
export function organisationJsonLd() {
  return {
    '@type': 'GovernmentOrganization',
    name: site.name,
    url: site.url,
    parentOrganization: [
      { '@type': 'GovernmentOrganization', name: site.organisations.federation.name },
      { '@type': 'GovernmentOrganization', name: site.organisations.procuratorate.name },
    ],
  };
}

/** schema.org Article for a law article or case story. */
export function articleJsonLd(a: { url: string; title: string; summary: string; published: string; modified?: string | undefined; topics?: string[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.summary,
    inLanguage: 'zh-CN',
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: `${a.published}T00:00:00+08:00`,
    dateModified: `${a.modified ?? a.published}T00:00:00+08:00`,
    author: organisationJsonLd(),
    publisher: organisationJsonLd(),
    ...(a.topics ? { keywords: a.topics.join(',') } : {}),
  };
}
