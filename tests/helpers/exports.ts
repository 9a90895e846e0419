import { existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { PROJECT_ROOT } from './build.ts';

/** The width and height written in a PNG's header (IHDR), or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every absolute http(s) address in a text (JSON, XML or HTML inside either). */
export function addressesIn(text: string): string[] {
  const decoded = text.replaceAll('\\"', '"').replaceAll('&amp;', '&').replaceAll('\\u0026', '&');
  return [...decoded.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((match) => match[0]);
}

/**
 * The file in `dist` an address of the site is served from ("/events/x/" → events/x/index.html),
 * or undefined if there is none. The fragment and query are ignored, as a static host does.
 */
export function distFileFor(dist: string, address: string, siteHome: string): string | undefined {
  const url = new URL(address);
  const home = new URL(siteHome);
  if (url.origin !== home.origin || !url.pathname.startsWith(home.pathname)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(home.pathname.length));
  const file = join(dist, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** TimelineJS3's built files, served locally so a test page never reaches the network. */
export const TIMELINEJS_DIST = join(PROJECT_ROOT, 'node_modules/@knight-lab/timelinejs/dist');

/**
 * A static server for a built site with TimelineJS3's files under `/timelinejs/` and a test page
 * at `/timelinejs-test.html`, on a free loopback port.
 */
export async function serveWithTimelineJs(dist: string, testPage: string): Promise<{ url: string; close: () => Promise<void> }> {
  const site = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const library = sirv(TIMELINEJS_DIST, { dev: false, etag: false });
  const server: Server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('Not found');
    };
    if (request.url === '/timelinejs-test.html') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(testPage);
    } else if (request.url?.startsWith('/timelinejs/')) {
      request.url = request.url.slice('/timelinejs'.length);
      library(request, response, notFound);
    } else {
      site(request, response, notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
