import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
}));
vi.mock('pagefind', () => pagefind);

const { runPagefind } = await import('../../src/integrations/pagefind.ts');
const { cspConfPath } = await import('../../src/integrations/gardenia-build.ts');
const { searchDataModule } = await import('../../src/integrations/search-data.ts');

const logger = { error: vi.fn(), info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger;
const dist = pathToFileURL(join(tmpdir(), 'gardenia-dist/'));

describe('runPagefind', () => {
  it('indexes the output folder and writes the bundle into pagefind/', async () => {
    const index = {
      addDirectory: vi.fn(async () => ({ errors: [], page_count: 3 })),
      writeFiles: vi.fn(async () => ({ errors: [], outputPath: '' })),
    };
    pagefind.createIndex.mockResolvedValueOnce({ errors: [], index });
    expect(await runPagefind(dist, logger)).toBe(3);
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(tmpdir(), 'gardenia-dist', 'pagefind') + '/' });
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build when Pagefind reports an error, naming it, and still stops the service', async () => {
    pagefind.close.mockClear();
    const index = { addDirectory: vi.fn(async () => ({ errors: ['cannot read dist'], page_count: 0 })), writeFiles: vi.fn() };
    pagefind.createIndex.mockResolvedValueOnce({ errors: [], index });
    await expect(runPagefind(dist, logger)).rejects.toThrow(/Pagefind 建立搜索索引失败（addDirectory）：cannot read dist/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build when no page was indexed', async () => {
    const index = { addDirectory: vi.fn(async () => ({ errors: [], page_count: 0 })), writeFiles: vi.fn() };
    pagefind.createIndex.mockResolvedValueOnce({ errors: [], index });
    await expect(runPagefind(dist, logger)).rejects.toThrow(/没有找到任何可索引的页面/);
  });
});

describe('cspConfPath', () => {
  it('puts the header file beside the output folder, never inside the served tree', () => {
    expect(cspConfPath(new URL('file:///srv/site/dist/'))).toBe('/srv/site/dist.csp.conf');
    expect(cspConfPath(new URL('file:///srv/site/dist.new/'))).toBe('/srv/site/dist.new.csp.conf');
  });
});

describe('virtual:gardenia/search-data', () => {
  const root = mkdtempSync(join(tmpdir(), 'gardenia-content-'));
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'synonyms.yaml'), '家庭暴力: [家暴, 打老婆]\n离婚冷静期: [冷静期]\n');
  writeFileSync(join(root, 'articles', 'a.mdx'), '---\ntitle: 保护令\n---\n申请人身安全保护令。</script>\n');

  it('exports the synonyms, a Traditional map of the characters the content uses, and the suggestions', async () => {
    const source = searchDataModule(root);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { searchData: string; suggestions: string[] };
    const data = JSON.parse(mod.searchData) as { t: string; s: { formal: string; aliases: string[] }[] };
    expect(data.s).toEqual([
      { formal: '家庭暴力', aliases: ['家暴', '打老婆'] },
      { formal: '离婚冷静期', aliases: ['冷静期'] },
    ]);
    expect(data.t).toContain('護护');
    expect(mod.suggestions).toEqual(['家庭暴力', '离婚冷静期']);
    expect(mod.searchData).not.toContain('<');
  });

  it('names the file when the synonym list is malformed', () => {
    const bad = mkdtempSync(join(tmpdir(), 'gardenia-content-'));
    writeFileSync(join(bad, 'synonyms.yaml'), '- 家暴\n');
    expect(() => searchDataModule(bad)).toThrow(/synonyms\.yaml：最外层应当是/);
  });
});
