import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/lib/chromium.ts';

/** Where the built site is served: nginx in CI when E2E_BASE_URL is set, else `astro preview`. */
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:4321';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'mobile-360', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
    { name: 'desktop-1280', use: { viewport: { width: 1280, height: 900 } } },
  ],
  ...(process.env.E2E_BASE_URL
    ? {}
    : { webServer: { command: 'npx astro preview --port 4321 --host 127.0.0.1', url: 'http://127.0.0.1:4321/', reuseExistingServer: !process.env.CI, timeout: 60_000 } }),
});
