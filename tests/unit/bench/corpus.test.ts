import { describe, expect, it } from 'vitest';
import { chineseLength, generateArticle, prng, slugOf, toGardeniaMdx, toStarlightMdx } from '../../../bench/src/lib/corpus.ts';
import { schemas } from '../../../src/content.config.ts';
import { parse } from 'yaml';

/** The articles schema is a plain Zod object here (the collection's schema, not a function of context). */
const articlesSchema = schemas.articles as unknown as { safeParse: (v: unknown) => { success: boolean; error?: { issues: unknown } } };

const frontmatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as Record<string, unknown>;

describe('prng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = prng(42);
    const b = prng(42);
    const c = prng(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateArticle', () => {
  it('is deterministic: the same index and seed give the same article', () => {
    expect(generateArticle(7)).toEqual(generateArticle(7));
    expect(generateArticle(7, { seed: 1 })).not.toEqual(generateArticle(7, { seed: 2 }));
  });

  it('writes about 1,500 Chinese characters of varied text', () => {
    const bodies = Array.from({ length: 50 }, (_, i) => generateArticle(i).body);
    for (const b of bodies) {
      expect(chineseLength(b)).toBeGreaterThanOrEqual(1500);
      expect(chineseLength(b)).toBeLessThan(2600);
    }
    // Varied: no two articles share their opening sentence.
    expect(new Set(bodies.map((b) => b.slice(0, 40))).size).toBe(bodies.length);
  });

  it('uses the MDX components in some articles but not all', () => {
    const used = Array.from({ length: 90 }, (_, i) => generateArticle(i).components);
    const withAny = used.filter((c) => c.length > 0).length;
    expect(withAny).toBeGreaterThan(20);
    expect(withAny).toBeLessThan(90);
    for (const name of ['Callout', 'Steps', 'QA', 'LawQuote']) expect(used.some((c) => c.includes(name))).toBe(true);
    const a = generateArticle(used.findIndex((c) => c.includes('Steps')));
    expect(a.body).toMatch(/<Steps>\n<Step title="[^"]+"/);
  });

  it('names files in sorting order', () => {
    expect(slugOf(0)).toBe('bench-00001');
    expect(slugOf(2999)).toBe('bench-03000');
  });
});

describe.each([0, 1, 2, 3, 99, 2999])('article %i', (i) => {
  const a = generateArticle(i);

  it('passes the site’s articles schema', () => {
    const result = articlesSchema.safeParse(frontmatter(toGardeniaMdx(a)));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('has the same body for Starlight, with title, description and the component import', () => {
    const sl = toStarlightMdx(a, '../x.ts');
    const fm = frontmatter(sl);
    expect(fm).toEqual({ title: a.title, description: a.summary });
    expect(sl.endsWith(a.body)).toBe(true);
    if (a.components.length) expect(sl).toContain('from "../x.ts";');
    else expect(sl).not.toContain('import ');
  });
});
