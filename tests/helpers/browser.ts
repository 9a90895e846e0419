import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export { CHROMIUM_PATH, launchBrowser } from '../../scripts/lib/chromium.ts';

/**
 * A static server for a built site on a free loopback port, like any static host (404.html for
 * misses); with `base` ("/cronista/"), the site is served under that path, as on GitHub Pages.
 */
export function serveDist(dist: string, base = '/'): Promise<StaticServer> {
  return serveStatic(dist, { base });
}

/**
 * The built demo served and Chromium open for one test file's tests, both closed after them:
 * `const demo = demoInBrowser();` then `demo.browser`, `demo.server.url`.
 */
export function demoInBrowser(): { browser: Browser; server: StaticServer } {
  const session = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    session.server = await serveDist(inject('demoDist'));
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
