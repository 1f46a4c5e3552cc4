// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { bootScriptHash } from './scripts/lib/csp/boot-script-hash.ts';
import gardeniaBuild from './src/integrations/gardenia-build.ts';
import { gardeniaGuard } from './scripts/lib/lint/build-guard.ts';
import { inSitemap } from './src/lib/routes.ts';
import { cmsAdmin } from './scripts/lib/cms/integration.ts';
import { siteConfigPath, siteConfigPlugin } from './scripts/lib/site-config/swap.ts';
import { holidayScheduleWarning } from './scripts/lib/holidays/integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryPlugin } from './src/lib/glossary-plugin-fs.ts';
import { cssTargets, floorPostcssPlugins, jsTargets } from './scripts/lib/browser-floor.ts';
import { plainDynamicImport } from './scripts/lib/vite/plain-dynamic-import.ts';

// src/site.config.ts, or the county config GARDENIA_SITE_CONFIG names (README, "Re-badging").
const siteConfigFile = siteConfigPath();
const { site } = await import(/* @vite-ignore */ siteConfigFile);

export default defineConfig({
  site: site.url,
  // The bench and the build tests write elsewhere so they never clobber dist/.
  outDir: process.env.GARDENIA_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    holidayScheduleWarning(),
    sitemap({
      // Only routes marked for the sitemap (not the 404 page) — the route table decides.
      filter: (page) => inSitemap(new URL(page).pathname),
    }),
    // MDX without code or raw HTML (refused before it compiles), no GPS in any built image.
    gardeniaGuard(),
    // The browser editor (Decap CMS) into dist/admin/ after the build; see docs/editors.md.
    cmsAdmin(),
    // Last, so its build:done steps (Pagefind, CSP header file, gzip) see every file the others wrote.
    gardeniaBuild(),
  ],
  markdown: {
    // Shiki would add inline styles the CSP would have to allow; no code on this site.
    syntaxHighlight: false,
    // The first use of each glossary term in a guide links to /glossary/ (MDX inherits this).
    processor: satteri({ mdastPlugins: [glossaryPlugin()] }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The tiny pre-paint script (display preferences) is inline by necessity; allow it by hash.
      // Pagefind compiles its search engine from WebAssembly, which needs 'wasm-unsafe-eval'
      // (it allows WebAssembly only, not eval of JavaScript).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [bootScriptHash] },
    },
  },
  vite: {
    // plainDynamicImport: page-specific scripts are import()ed by the one entry; see the plugin for why.
    plugins: [siteConfigPlugin(siteConfigFile), tailwindcss(), plainDynamicImport()],
    // The browser floor (README "Browser floor"; package.json browserslist): Tailwind's output is
    // un-layered by PostCSS, then lowered for the floor by Lightning CSS when minified.
    css: { postcss: { plugins: floorPostcssPlugins() }, lightningcss: { targets: cssTargets } },
    build: {
      target: jsTargets,
      cssTarget: jsTargets,
      cssMinify: 'lightningcss',
      rolldownOptions: {
        onwarn(warning, warn) {
          // One harmless warning per MDX file (known Astro issue); hide it so real ones stand out.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
