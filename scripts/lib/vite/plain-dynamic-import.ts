import type { Plugin } from 'vite';

/** Vite's module id for its preload helper (vite 8: src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic import() of a browser build in its preload helper
 * (`__vitePreload(() => import(x), deps)`), which preloads the imported chunk's own imports in
 * parallel — and ships about 1.8 KB (0.7 KB gzipped) in the chunk that imports, even when every
 * `deps` list is empty, with no option to leave it out (vitejs/vite#13952, #18551). On this site
 * that chunk is src/scripts/site.ts, the one script of every page, and its lazy chunks import only
 * it, so the deps are always empty: this replaces the helper with a plain call.
 *
 * Cost if a lazy chunk ever gets imports of its own (two lazy chunks sharing a module): the
 * browser fetches them after the chunk instead of beside it, one round trip later. The helper also
 * adds the <link rel=stylesheet> of a lazy chunk's own CSS; without it that CSS would never load,
 * so the build stops if a lazy browser chunk has any (generateBundle below).
 * If Vite renames the helper, this matches nothing and Vite's own helper ships again.
 */
export function plainDynamicImport(): Plugin {
  return {
    name: 'gardenia:plain-dynamic-import',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id === PRELOAD_HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return null;
    },
    generateBundle(_options, bundle) {
      if (this.environment?.config.consumer !== 'client') return;
      const withCss = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isDynamicEntry && (c.viteMetadata?.importedCss.size ?? 0) > 0);
      if (withCss.length)
        this.error(
          `页面脚本按需加载的文件带有自己的 CSS（${withCss.map((c) => c.fileName).join('、')}），浏览器不会加载它。` +
            `修改建议：把这些样式写进组件的 <style> 或 src/styles/global.css，不要在 src/scripts/ 里 import CSS。`,
        );
    },
  };
}
