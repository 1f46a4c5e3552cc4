import { describe, expect, it } from 'vitest';
import { htmlValidity, validateHtml } from '../../../scripts/lib/check-site/html-validity.ts';
import { page, run } from './helpers.ts';

describe('HTML validity check', () => {
  it('accepts a valid page, including the heading ids Astro generates from Chinese headings', async () => {
    expect(await validateHtml('index.html', page('/', '<h1>首页</h1><h2 id="1一个服务站">1. 一个服务站</h2>'))).toEqual([]);
  });

  it('accepts an aria-label on a list (Steps)', async () => {
    expect(await validateHtml('index.html', page('/', '<h1>步骤</h1><ol aria-label="步骤"><li>一</li></ol>'))).toEqual([]);
  });

  it('reports invalid markup with the page, position and rule', async () => {
    const findings = await run(htmlValidity, { 'about/index.html': page('/about/', '<h1>关于</h1><span><div>块</div></span>') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^about\/index\.html: <div> element is not permitted as content under <span> \(element-permitted-content/);
  });

  it('reports a duplicate id', async () => {
    const [f] = await validateHtml('index.html', page('/', '<h1 id="a">一</h1><p id="a">二</p>'));
    expect(f?.message).toMatch(/Duplicate ID "a" \(no-dup-id/);
    expect(f?.line).toBeGreaterThan(1);
  });
});

describe('HTML validity check: whole-document rules', () => {
  it('reports aria-labelledby pointing at an id that does not exist', async () => {
    const findings = await validateHtml('index.html', page('/', '<h1>首页</h1><section aria-labelledby="home-hotlines"><h2 id="hotlines">热线</h2></section>'));
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/missing id "home-hotlines" \(no-missing-references/)]);
  });

  it('asks for SRI on a script from another site but not on the site’s own', async () => {
    const own = page('/', '<h1>首页</h1>', '<script type="module" src="/_astro/a.js"></script>');
    const foreign = page('/', '<h1>首页</h1>', '<script type="module" src="https://cdn.example/a.js" crossorigin="anonymous"></script>');
    expect(await validateHtml('index.html', own)).toEqual([]);
    expect((await validateHtml('index.html', foreign)).map((f) => f.message)).toEqual([expect.stringMatching(/require-sri/)]);
  });

  it('reports a skipped heading level', async () => {
    expect((await validateHtml('index.html', page('/', '<h1>首页</h1><h3>跳级</h3>'))).map((f) => f.message)).toEqual([expect.stringMatching(/heading-level/)]);
  });
});
