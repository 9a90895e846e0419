import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/** A running static server. */
export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Serves a built site on a free loopback port the way a static host does: `404.html` for misses,
 * and with `production`, gzip compression and long caching of Astro's hashed assets.
 */
export async function serveStatic(dist: string, options: { production?: boolean } = {}): Promise<StaticServer> {
  const assets = sirv(dist, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      if (options.production && pathname.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const notFoundPage = await readFile(join(dist, '404.html')).catch(() => Buffer.from('Not found'));
  const gzip = compression();
  const handle = (request: IncomingMessage, response: ServerResponse) =>
    assets(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
    });
  const server = createServer((request, response) => {
    if (!options.production) return handle(request, response);
    // compression() is Express middleware; it only needs Node's request and response.
    gzip(request as never, response as never, () => handle(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
