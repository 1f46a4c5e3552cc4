// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config.ts';
import { bootScriptHash } from './src/scripts/boot-script.ts';
import { cmsAdmin } from './scripts/lib/cms/integration.ts';
import { routes } from './src/lib/routes.ts';

export default defineConfig({
  site: site.url,
  // The bench and the build tests write elsewhere so they never clobber dist/.
  outDir: process.env.GARDENIA_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      // The 404 page is not a page anyone should land on from a search engine.
      filter: (page) => !/\/404\/?$/.test(page) && !new URL(page).pathname.startsWith(routes.admin()),
    }),
    // The browser editor (Decap CMS) into dist/admin/ after the build; see docs/editors.md.
    cmsAdmin(),
  ],
  markdown: {
    // Shiki would add inline styles the CSP would have to allow; no code on this site.
    syntaxHighlight: false,
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
    plugins: [tailwindcss()],
    build: {
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
