// ESLint flat config: JavaScript and TypeScript (typescript-eslint) and .astro files
// (eslint-plugin-astro), for the code only. `npm run lint`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', 'dist.*/', '.astro/', 'node_modules/', 'bench/', 'content/', 'tests/fixtures/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code that runs in the browser.
    files: ['src/scripts/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
