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
      // Off on purpose: file sniffing (PK\x03\x04), .ics escaping and the lint's text cleaning match
      // control characters by design.
      'no-control-regex': 'off',
      // Off on purpose: the pinyin rules list combining tone marks (U+0300–U+036F) in character classes.
      'no-misleading-character-class': 'off',
      // ESLint 10 flags a default that a try block overwrites but its catch path still reads.
      'no-useless-assignment': 'off',
    },
  },
  {
    // Playwright fixtures must be destructured, even when a hook needs none ({}, testInfo).
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The old-engine runner drives two puppeteer-core versions whose types differ.
    files: ['tests/compat/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
