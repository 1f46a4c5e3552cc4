import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';
import { FIXTURE_NOW } from './tests/fixtures/clock.ts';

/** Where the built site is served: nginx in CI when E2E_BASE_URL is set, else `astro preview`. */
/** Ports of the two preview servers; set E2E_PORT / E2E_FIXTURE_PORT to run several checkouts side by side. */
const port = Number(process.env.E2E_PORT ?? 4321);
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 4322);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
// The open-day spec reads the fixture site's address from here (workers inherit the environment).
process.env.E2E_FIXTURE_BASE_URL ??= `http://127.0.0.1:${fixturePort}`;

/**
 * Servers: the real site on 4321 (unless E2E_BASE_URL), and the fixture site
 * (tests/fixtures/site built into dist-fixtures/, with upcoming and past
 * open-day sessions the real content must not invent) on 4322, unless
 * E2E_FIXTURE_EXTERNAL says one is already served at E2E_FIXTURE_BASE_URL. Only tests/e2e/opendays.spec.ts uses it.
 */
const servers = [
  ...(process.env.E2E_BASE_URL
    ? []
    : [
        {
          command: `npx astro preview --port ${port} --host 127.0.0.1`,
          url: `http://127.0.0.1:${port}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      ]),
  ...(process.env.E2E_FIXTURE_EXTERNAL
    ? []
    : [
        {
          // `npm run test:e2e` builds dist-fixtures first; building here when it is missing keeps a bare
          // `npx playwright test` (e.g. only the a11y spec) from failing on a server that cannot start.
          // astro preview reads outDir from astro.config.mjs, which honours GARDENIA_OUT. Astro allows one
          // locked preview per project (the real site's, on 4321), so this second one runs with --ignore-lock.
          command:
            `test -f dist-fixtures/index.html || GARDENIA_NOW=${FIXTURE_NOW} GARDENIA_CONTENT=tests/fixtures/site GARDENIA_OUT=dist-fixtures npx astro build; ` +
            `GARDENIA_OUT=dist-fixtures npx astro preview --port ${fixturePort} --host 127.0.0.1 --ignore-lock`,
          url: `http://127.0.0.1:${fixturePort}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 240_000,
        },
      ]),
];

export default defineConfig({
  testDir: 'tests/e2e',
  // The browser editor's spec has its own config and servers (playwright.cms.config.ts, npm run test:cms).
  testIgnore: /cms\.spec\.ts$/,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'mobile-360', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
    { name: 'desktop-1280', use: { viewport: { width: 1280, height: 900 } } },
  ],
  ...(servers.length ? { webServer: servers } : {}),
});
