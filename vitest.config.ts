import { defineConfig } from 'vitest/config';
import { siteConfigPlugin } from './scripts/lib/site-config/swap.ts';

export default defineConfig({
  // GARDENIA_SITE_CONFIG runs the suite against another county's config (README, "Re-badging").
  plugins: [siteConfigPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 20_000,
    environment: 'node',
  },
});
