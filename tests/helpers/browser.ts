import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export { CHROMIUM_PATH, launchBrowser } from '../../scripts/lib/chromium.ts';

/**
 * A static server for a built site on a free loopback port, like any static host (404.html for
 * misses); with `base` ("/cronista/"), the site is served under that path, as on GitHub Pages.
 */
export function serveDist(dist: string, base = '/'): Promise<StaticServer> {
  return serveStatic(dist, { base });
}
