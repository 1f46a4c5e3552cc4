import { describe, expect, it } from 'vitest';
import { checkEntity, jsonLd } from '../../../scripts/lib/check-site/json-ld.ts';
import { page, run } from './helpers.ts';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('JSON-LD check', () => {
  it.each([
    ['Article', { '@type': 'Article', headline: '标题', datePublished: '2026-11-28', author: { '@type': 'Organization', name: '妇联' } }],
    ['Event', { '@type': 'Event', name: '开放日', startDate: '2026-12-01T09:00:00+08:00', location: { '@type': 'Place', name: '检察院' } }],
    ['GovernmentOffice', { '@type': 'GovernmentOffice', name: '服务站' }],
    ['GovernmentOrganization', { '@type': 'GovernmentOrganization', name: '检察院' }],
    ['Place', { '@type': 'Place', name: '工作室' }],
    ['an unknown type', { '@type': 'FAQPage' }],
  ])('accepts a complete %s', (_, entity) => {
    expect(checkEntity(entity)).toEqual([]);
  });

  it.each([
    ['an Article without author', { '@type': 'Article', headline: '标题', datePublished: '2026-11-28' }, ['Article has no author']],
    ['an Event without startDate and location', { '@type': 'Event', name: '开放日' }, ['Event has no startDate', 'Event has no location']],
    ['a Place without name', { '@type': 'Place', name: '' }, ['Place has no name']],
    ['an entity without @type', { name: '服务站' }, ['a JSON-LD entity has no @type']],
    [
      'a date that is not ISO 8601',
      { '@type': 'Article', headline: '标题', datePublished: '2026年11月28日', author: '妇联' },
      ['Article datePublished "2026年11月28日" is not an ISO 8601 date'],
    ],
  ])('reports %s', (_, entity, expected) => {
    expect(checkEntity(entity)).toEqual(expected);
  });

  it('reads every block of a page, arrays and @graph included, and names the page', async () => {
    const head =
      ld([
        { '@type': 'Place', name: '站' },
        { '@type': 'Event', name: '开放日', startDate: '2026-12-01' },
      ]) + ld({ '@graph': [{ '@type': 'Article' }] });
    expect(await run(jsonLd, { 'index.html': page('/', '<h1>首页</h1>', head) })).toEqual([
      'index.html: JSON-LD: Event has no location',
      'index.html: JSON-LD: Article has no headline',
      'index.html: JSON-LD: Article has no datePublished',
      'index.html: JSON-LD: Article has no author',
    ]);
  });

  it('reports a block that does not parse', async () => {
    const [f] = await run(jsonLd, { 'index.html': page('/', '<h1>首页</h1>', '<script type="application/ld+json">{"@type": "Place",}</script>') });
    expect(f).toMatch(/^index\.html: JSON-LD does not parse/);
  });
});
