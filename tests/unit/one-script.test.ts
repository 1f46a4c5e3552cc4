/**
 * Every page loads one script (src/scripts/site.ts, from BaseLayout): a processed <script> in a
 * component or page would be bundled by Astro as a file of its own and cost every page using it
 * a request (issue 21's budget). Inline, JSON and JSON-LD scripts are data or pre-paint code, not bundled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const ENTRY = 'src/layouts/BaseLayout.astro';

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? astroFiles(join(dir, d.name)) : d.name.endsWith('.astro') ? [join(dir, d.name)] : [],
  );
}

/** Opening tags of scripts Astro processes and bundles (not is:inline, not a data type), frontmatter skipped. */
function bundledScripts(source: string): string[] {
  const template = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [...template.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bis:inline\b/.test(tag) && !/\btype=["']application\/(ld\+)?json["']/.test(tag));
}

describe('bundledScripts', () => {
  it.each([
    ['<script>import "../scripts/x.ts";</script>', 1],
    ["---\n/** the page's one <script> */\n---\n<p></p>", 0],
    ['<script is:inline set:html={boot} />', 0],
    ['<script type="application/json" data-finder-data set:html={json} />', 0],
    ['<script type="application/ld+json" set:html={ld} />', 0],
    ['<script src="../scripts/x.ts"></script>', 1],
  ])('%s → %i', (source, count) => expect(bundledScripts(source)).toHaveLength(count));
});

describe('one script per page', () => {
  const files = astroFiles(join(root, 'src')).map((f) => relative(root, f));

  it('only BaseLayout has a bundled <script>, and it has exactly one', () => {
    const found = files.filter((f) => bundledScripts(readFileSync(join(root, f), 'utf8')).length > 0);
    expect(found, 'register the enhancement in src/scripts/site.ts instead (start or startWhere)').toEqual([ENTRY]);
    expect(bundledScripts(readFileSync(join(root, ENTRY), 'utf8'))).toHaveLength(1);
  });
});
