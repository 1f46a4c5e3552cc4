/**
 * Pagefind over the built site, through its Node API (as Starlight's
 * integrations/pagefind.ts does). Node-only. Any error Pagefind reports fails the
 * build: a site whose search silently has no index is not deployable.
 */
import * as pagefind from 'pagefind';
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(response: T, step: string, logger: AstroIntegrationLogger): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
    throw new Error(`Pagefind 建立搜索索引失败（${step}）：${response.errors.join('; ')}。请查看上面的错误；dist/ 没有可用的搜索。`);
  }
  return response as Required<T>;
}

/** What Pagefind did: HTML files it read, and pages it indexed (one fragment each). */
export interface PagefindResult {
  /** HTML files read (Pagefind's page_count): every page, the paged lists included. */
  read: number;
  /**
   * Pages in the index. Pages without data-pagefind-body (the home page, the paged and filtered
   * lists, search, 404…) are read but not indexed, since other pages carry the attribute.
   */
  indexed: number;
}

/** Indexed pages: Pagefind writes one fragment file per page it indexed. */
export function countFragments(bundleDir: string): number {
  const dir = join(bundleDir, 'fragment');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pf_fragment')).length : 0;
}

/** Indexes every page under `dir` and writes the bundle to `dir/pagefind/`. */
export async function runPagefind(dir: URL, logger: AstroIntegrationLogger): Promise<PagefindResult> {
  try {
    const { index } = check(await pagefind.createIndex({}), 'createIndex', logger);
    const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), 'addDirectory', logger);
    const outputPath = fileURLToPath(new URL('./pagefind/', dir));
    check(await index.writeFiles({ outputPath }), 'writeFiles', logger);
    // An index of nothing means the pages lost their lang or data-pagefind-body: as bad as an error.
    const indexed = countFragments(outputPath);
    if (indexed === 0) throw new Error(`Pagefind 读了 ${page_count} 个页面，却没有索引任何一个（检查 <html lang> 和 data-pagefind-body）。`);
    return { read: page_count, indexed };
  } finally {
    await pagefind.close();
  }
}
