import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';

/**
 * The browser editor's end-to-end test (tests/e2e/cms.spec.ts), apart from the
 * site's suite: it needs no built site and starts its own servers (the editor
 * page and Decap's local proxy, on GARDENIA_EDIT_PORT / GARDENIA_CMS_PROXY_PORT)
 * against a temporary copy of content/, so it never touches the checkout.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /cms\.spec\.ts$/,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
    launchOptions: chromiumLaunchOptions(),
  },
});
