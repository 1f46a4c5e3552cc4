// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config.ts';
import { bootScriptHash } from './src/scripts/boot-script.ts';
import gardeniaBuild from './src/integrations/gardenia-build.ts';

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
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    // Last, so its build:done steps (Pagefind, CSP header file, gzip) see every file the others wrote.
    gardeniaBuild(),
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
