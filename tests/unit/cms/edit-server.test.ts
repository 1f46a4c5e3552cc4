import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminPage } from '../../../scripts/lib/cms/admin-files.ts';
import { cmsStrings } from '../../../scripts/lib/cms/config-file.ts';
import { localConfig } from '../../../scripts/lib/cms/edit-server.ts';

const committed = readFileSync(resolve(import.meta.dirname, '../../../scripts/lib/cms/config.yml'), 'utf8');

describe('npm run edit', () => {
  it('points the editor at the local proxy and publishes straight to the files', () => {
    const c = parse(localConfig(committed, 9999)) as Record<string, unknown>;
    expect(c.local_backend).toEqual({ url: 'http://127.0.0.1:9999/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] });
    expect(c.publish_mode).toBeUndefined();
    // Everything else is the committed, generated configuration.
    expect((c.collections as unknown[]).length).toBe((parse(committed) as { collections: unknown[] }).collections.length);
  });
});

describe('the admin page', () => {
  const html = adminPage(cmsStrings());
  it('is Chinese, noindex, outside the search index, and loads only its own two scripts', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('data-pagefind-ignore="all"');
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['gardenia-cms.js', 'decap-cms.js']);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
