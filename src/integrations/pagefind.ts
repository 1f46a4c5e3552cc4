/**
 * Pagefind over the built site, through its Node API (as Starlight's
 * integrations/pagefind.ts does). Node-only. Any error Pagefind reports fails the
 * build: a site whose search silently has no index is not deployable.
 */
import * as pagefind from 'pagefind';
import type { AstroIntegrationLogger } from 'astro';
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

/** Indexes every page under `dir` and writes the bundle to `dir/pagefind/`; returns the page count. */
export async function runPagefind(dir: URL, logger: AstroIntegrationLogger): Promise<number> {
  try {
    const { index } = check(await pagefind.createIndex({}), 'createIndex', logger);
    const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), 'addDirectory', logger);
    // An index of nothing means the pages lost their lang or data-pagefind-body: as bad as an error.
    if (page_count === 0) throw new Error('Pagefind 没有找到任何可索引的页面（检查 <html lang> 和 data-pagefind-body）。');
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'writeFiles', logger);
    return page_count;
  } finally {
    await pagefind.close();
  }
}
