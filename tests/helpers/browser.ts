import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium. The flags keep it off the network: this machine's closed network
 * refuses Chromium's background connections.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A static server for a built site on a free loopback port, like any static host (404.html for misses). */
export async function serveDist(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const server: Server = createServer((request, response) =>
    assets(request, response, () => {
      response.statusCode = 404;
      sirv(dist, { dev: false })(Object.assign(request, { url: '/404.html' }), response, () => response.end('Not found'));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
