/**
 * GARDENIA_SITE_CONFIG: build, test or lint the kit with another county's
 * config file instead of src/site.config.ts — the second-county fixture uses
 * it, and a county can preview its re-badge before replacing the file. Every
 * `import … from '…/site.config.ts'` resolves to the chosen file, in Vite
 * (astro build/dev, vitest) through {@link siteConfigPlugin} and in the Node
 * scripts through {@link registerSiteConfigHook}. The file must export `site`
 * (type `SiteConfig` from src/site.config.ts) and nothing else the code needs.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The default config file (absolute path). */
export const DEFAULT_SITE_CONFIG = fileURLToPath(new URL('../../../src/site.config.ts', import.meta.url));

/**
 * The config file to use: `$GARDENIA_SITE_CONFIG` (relative to `cwd`) or the
 * default. Throws a Chinese error when the named file does not exist.
 */
export function siteConfigPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const chosen = env.GARDENIA_SITE_CONFIG;
  if (!chosen) return DEFAULT_SITE_CONFIG;
  const path = resolve(cwd, chosen);
  if (!existsSync(path))
    throw new Error(
      `GARDENIA_SITE_CONFIG 指向的站点配置文件不存在：${path}。修改建议：写相对项目根目录的路径，例如 tests/fixtures/second-county/site.config.ts，或去掉这个环境变量使用 src/site.config.ts。`,
    );
  return path;
}

/** A Vite plugin that resolves the default config module to `path`. */
export function siteConfigPlugin(path = siteConfigPath()) {
  return {
    name: 'gardenia:site-config',
    enforce: 'pre' as const,
    // Vitest keeps transformed modules on disk across runs; the chosen config must be part of their key.
    configureVitest({ defineCacheKeyGenerator }: { defineCacheKeyGenerator: (fn: () => string) => void }) {
      defineCacheKeyGenerator(() => `site-config:${path}`);
    },
    async resolveId(
      this: { resolve: (s: string, i?: string, o?: object) => Promise<{ id: string } | null> },
      source: string,
      importer: string | undefined,
      options: object,
    ) {
      if (path === DEFAULT_SITE_CONFIG || !source.endsWith('site.config.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolved.id.split('?')[0] === DEFAULT_SITE_CONFIG ? path : null;
    },
  };
}

/** Makes Node's own module loader (the content lint and editor scripts) resolve the default config to `path`. */
export function registerSiteConfigHook(path = siteConfigPath()): void {
  if (path === DEFAULT_SITE_CONFIG) return;
  const from = pathToFileURL(DEFAULT_SITE_CONFIG).href;
  const to = pathToFileURL(path).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const result = nextResolve(specifier, context);
      return result.url === from ? { ...result, url: to } : result;
    },
  });
}
