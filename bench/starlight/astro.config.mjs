// @ts-check
/**
 * The peer the bench compares against: a minimal Starlight site with a
 * Chinese locale, built on the same synthetic corpus as Gardenia
 * (bench/src/bench.ts writes it to $STARLIGHT_CONTENT).
 *
 * Fairness: Starlight's default sidebar lists every page on every page, which
 * makes a 3,000-page build several times slower and its HTML far heavier
 * (see /work/shared/toolchain.md). A real site that size would configure a
 * small manual sidebar, so this one lists only the first few articles.
 */
import { readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const content = process.env.STARLIGHT_CONTENT ?? './src/content/docs';
const firstArticles = readdirSync(content)
  .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
  .sort()
  .slice(0, 8)
  .map((f) => ({ slug: f.replace(/\.mdx$/, '') }));

export default defineConfig({
  site: 'https://starlight.bench.example',
  outDir: process.env.STARLIGHT_OUT ?? './dist',
  cacheDir: process.env.STARLIGHT_CACHE ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: '栀子花 · Starlight 对照',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: [{ label: '普法园地', items: firstArticles }],
    }),
  ],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // The same harmless per-MDX-file warning the site filters.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
