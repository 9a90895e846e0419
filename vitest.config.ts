import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // Build and browser tests start real builds and a real Chromium. The limits only catch a hang:
    // on a busy 2-core machine one demo build can take minutes, and some tests run two.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // Builds are heavy on a 2-core machine; run files one or two at a time.
    maxWorkers: 2,
    // Browser expectations poll for what a reader would wait to see; a busy CI machine needs time.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    projects: [
      // Pure logic, real builds, the built site in Chromium, and the quality gates.
      { extends: true, test: { name: 'site', include: ['tests/{unit,build,browser,quality}/**/*.test.ts'] } },
      // .astro components rendered with Astro's Container API, which needs Astro's Vite plugins.
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
      // Knight Lab's example timelines are not ours to commit: this runs only where they are given.
      ...(process.env.TIMELINEJS_EXAMPLES
        ? [{ extends: true as const, test: { name: 'timelinejs-examples', include: ['tests/examples/**/*.test.ts'] } }]
        : []),
    ],
  },
});
