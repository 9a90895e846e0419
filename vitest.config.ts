import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build and browser tests start real builds and a real Chromium.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Builds are heavy on a 2-core machine; run files one or two at a time.
    maxWorkers: 2,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
