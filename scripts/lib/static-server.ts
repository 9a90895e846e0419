import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/** A running static server. */
export type StaticServer = {
  /** The server's origin, with no path ("http://127.0.0.1:4321"). */
  url: string;
  /** The address of the site's home page: the origin and the base path ("http://127.0.0.1:4321/cronista/"). */
  home: string;
  close: () => Promise<void>;
};

/**
 * Serves a built site on a free loopback port the way a static host does: `404.html` for misses,
 * and with `production`, gzip compression and long caching of Astro's hashed assets. With `base`
 * ("/cronista/"), the site is served under that path, as GitHub Pages serves a project site, and
 * every address outside it is a miss.
 */
export async function serveStatic(dist: string, options: { production?: boolean; base?: string } = {}): Promise<StaticServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
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
  const notFound = (response: ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    // "/cronista" without its slash is the home page too, as on a static host (sirv redirects nothing).
    if (base !== '/' && url.split('?')[0] === base.slice(0, -1)) {
      response.writeHead(301, { Location: base + url.slice(base.length - 1) }).end();
      return;
    }
    if (!url.startsWith(base)) return notFound(response);
    request.url = url.slice(base.length - 1);
    assets(request, response, () => notFound(response));
  };
  const server = createServer((request, response) => {
    if (!options.production) return handle(request, response);
    // compression() is Express middleware; it only needs Node's request and response.
    gzip(request as never, response as never, () => handle(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    home: `${url}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
