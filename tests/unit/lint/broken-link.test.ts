import { describe, expect, it } from 'vitest';
import { brokenLink } from '../../../scripts/lib/lint/rules/broken-link.ts';
import { emptyContext } from '../../../scripts/lib/lint/context.ts';
import { lintWith, where } from './helpers.ts';

const ctx = emptyContext({
  slugs: {
    articles: new Set(['domestic-violence-basics']),
    cases: new Set(['judicial-relief-li']),
    opendays: new Set(['2023-open-day']),
    stations: new Set(['city-station']),
    pages: new Set(['privacy']),
    cards: new Set(['after-domestic-violence']),
  },
});

describe('broken-link', () => {
  it.each([
    ['a missing article', '见[文章](/articles/nope/)', ['1:7 broken-link']],
    ['a missing action card', '见[行动卡](/cards/nope/)', ['1:8 broken-link']],
    ['an action card that exists', '见[行动卡](/cards/after-domestic-violence/)', []],
    ['the glossary', '见[法律名词](/glossary/#xun-jie)', []],
    ['a missing station in href', '<a href="/stations/nope/">站点</a>', ['1:10 broken-link']],
    ['a missing page', '[隐私](/nope/)', ['1:6 broken-link']],
    ['a page under the old /pages/ prefix, which the site never builds', '[隐私](/pages/privacy/)', ['1:6 broken-link']],
    ['a topic that is not in the taxonomy', '[专题](/articles/topic/family/)', ['1:6 broken-link']],
    ["an open day's print page for a missing open day", '[打印](/opendays/nope/print/)', ['1:6 broken-link']],
    ['page 1 written as a page link (page 1 is the list itself)', '[第一页](/articles/page/1/)', ['1:7 broken-link']],
    ['a missing case in a reference definition', '[案例][c]\n\n[c]: /cases/nope/', ['3:6 broken-link']],
    ['a case referencing a missing station', '---\nservices:\n  - nope\n---\n', ['3:5 broken-link']],
    ['a case referencing a missing article', '---\narticles: [nope]\n---\n', ['2:12 broken-link']],
  ])('reports %s', async (_name, text, expected) => {
    const path = text.startsWith('---') ? 'content/cases/c.mdx' : 'content/articles/a.mdx';
    expect(where(await lintWith(brokenLink, text, path, ctx))).toEqual(expected);
  });

  it.each([
    ['an existing article with a fragment', '[文章](/articles/domestic-violence-basics/#part)'],
    ['an existing article without trailing slash', '[文章](/articles/domestic-violence-basics)'],
    [
      'existing case, open day, station and page',
      '[a](/cases/judicial-relief-li/) [b](/opendays/2023-open-day/) [c](/stations/city-station/) [d](/privacy/) [e](/opendays/2023-open-day/print/) [f](/opendays/2023-open-day/1.ics)',
    ],
    [
      'static routes',
      '[a](/) [b](/search/) [c](/articles/topic/children/) [d](/cases/category/judicial-relief/) [e](/rss.xml) [f](/opendays.ics) [g](/stations/service/legal-advice/) [h](/articles/page/2/)',
    ],
    ['external links and mail', '[a](https://www.court.gov.cn/) [b](mailto:a@b.cn) [c](#top)'],
    ['links in code', '```\n[a](/nope/)\n```'],
    ['existing frontmatter references', '---\nservices: [city-station]\narticles: [domestic-violence-basics]\n---\n'],
  ])('accepts %s', async (_name, text) => {
    const path = text.startsWith('---') ? 'content/cases/c.mdx' : 'content/articles/a.mdx';
    expect(await lintWith(brokenLink, text, path, ctx)).toEqual([]);
  });
});
