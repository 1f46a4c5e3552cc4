import { existsSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
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

const { countFragments, runPagefind } = await import('../../src/integrations/pagefind.ts');
const { collectGarbage, cspConfPath } = await import('../../src/integrations/gardenia-build.ts');
const { precompress, worthServing, MIN_BYTES } = await import('../../src/integrations/precompress.ts');
const { searchDataModule } = await import('../../src/integrations/search-data.ts');

const logger = { error: vi.fn(), info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger;
/** A fresh output folder; `fragments` fragment files are "written by Pagefind" into it. */
function freshDist(): { url: URL; path: string } {
  const path = mkdtempSync(join(tmpdir(), 'gardenia-dist-'));
  return { url: pathToFileURL(`${path}/`), path };
}
function writeFragments(path: string, n: number): void {
  mkdirSync(join(path, 'pagefind', 'fragment'), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(path, 'pagefind', 'fragment', `zh-cn_${i}.pf_fragment`), 'x');
}

describe('runPagefind', () => {
  it('indexes the output folder, writes the bundle into pagefind/ and counts the pages it indexed', async () => {
    const dist = freshDist();
    const index = {
      addDirectory: vi.fn(async () => ({ errors: [], page_count: 5 })),
      // Five HTML files read, three of them with a search body: three fragments.
      writeFiles: vi.fn(async () => (writeFragments(dist.path, 3), { errors: [], outputPath: '' })),
    };
    pagefind.createIndex.mockResolvedValueOnce({ errors: [], index });
    expect(await runPagefind(dist.url, logger)).toEqual({ read: 5, indexed: 3 });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: `${dist.path}/` });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dist.path, 'pagefind') + '/' });
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build when Pagefind reports an error, naming it, and still stops the service', async () => {
    pagefind.close.mockClear();
    const index = { addDirectory: vi.fn(async () => ({ errors: ['cannot read dist'], page_count: 0 })), writeFiles: vi.fn() };
    pagefind.createIndex.mockResolvedValueOnce({ errors: [], index });
    await expect(runPagefind(freshDist().url, logger)).rejects.toThrow(/Pagefind 建立搜索索引失败（addDirectory）：cannot read dist/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build when pages were read but none was indexed (lost lang or data-pagefind-body)', async () => {
    const index = { addDirectory: vi.fn(async () => ({ errors: [], page_count: 12 })), writeFiles: vi.fn(async () => ({ errors: [], outputPath: '' })) };
    pagefind.createIndex.mockResolvedValueOnce({ errors: [], index });
    await expect(runPagefind(freshDist().url, logger)).rejects.toThrow(/读了 12 个页面，却没有索引任何一个/);
  });
});

describe('countFragments', () => {
  it('counts only fragment files, and a missing bundle as none', () => {
    const { path } = freshDist();
    expect(countFragments(join(path, 'pagefind'))).toBe(0);
    writeFragments(path, 2);
    writeFileSync(join(path, 'pagefind', 'fragment', 'notes.txt'), 'x');
    expect(countFragments(join(path, 'pagefind'))).toBe(2);
  });
});

describe('collectGarbage', () => {
  it('runs a full collection: garbage left by the build is gone from the heap it reports', async () => {
    // About 80 MB of arrays, then dropped: only a collection that really runs frees them.
    let junk: number[][] | null = Array.from({ length: 200 }, () => new Array<number>(50_000).fill(1));
    expect(junk).toHaveLength(200);
    const withJunk = process.memoryUsage().heapUsed;
    junk = null;
    const m = await collectGarbage();
    expect(m.before).toBeGreaterThan(0);
    expect(m.after.heapUsed).toBeLessThan(withJunk - 40 * 1048576);
  });
});

describe('precompress', () => {
  it.each([
    [MIN_BYTES - 1, 10, false], // too small to be worth a .gz, however well it compresses
    [MIN_BYTES, 100, true],
    [10_000, 9_000, true], // saves exactly 10 %
    [10_000, 9_001, false], // saves less than 10 %
  ])('worthServing(%i bytes → %i gzipped) is %s', (size, gz, expected) => expect(worthServing(size, gz)).toBe(expected));

  const page = `<!doctype html><html lang="zh-CN"><body>${'<p>人身安全保护令的申请、审查和执行。</p>'.repeat(200)}</body></html>`;

  it('writes a .gz that inflates to the original, with the original’s modification time', async () => {
    const { path } = freshDist();
    mkdirSync(join(path, 'articles'));
    writeFileSync(join(path, 'articles', 'index.html'), page);
    const mtime = new Date('2026-01-02T03:04:05Z');
    utimesSync(join(path, 'articles', 'index.html'), mtime, mtime);
    const r = await precompress(path);
    expect(r).toMatchObject({ written: 1, skipped: 0, before: Buffer.byteLength(page) });
    const gz = join(path, 'articles', 'index.html.gz');
    expect(gunzipSync(readFileSync(gz)).toString('utf8')).toBe(page);
    expect(statSync(gz).mtimeMs).toBe(mtime.getTime());
    expect(r.after).toBe(statSync(gz).size);
  });

  it('leaves small and incompressible files without a .gz and removes a stale one', async () => {
    const { path } = freshDist();
    writeFileSync(join(path, 'robots.txt'), 'User-agent: *\n');
    writeFileSync(join(path, 'noise.json'), randomBytes(4096));
    writeFileSync(join(path, 'noise.json.gz'), 'stale');
    writeFileSync(join(path, 'photo.jpg'), page); // not a text format: never touched
    const r = await precompress(path);
    expect(r).toMatchObject({ written: 0, skipped: 2 });
    expect(existsSync(join(path, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(path, 'noise.json.gz'))).toBe(false);
    expect(existsSync(join(path, 'photo.jpg.gz'))).toBe(false);
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
