/**
 * Hands each page to the output guard as it is rendered, so that its workers read it while the
 * rest of the site renders (`output-guard.ts`). Only in `astro build`; the page goes on unchanged.
 * N.B. The guard still judges the files: a page's verdict counts only for a file in `dist/` that
 * holds exactly the bytes read here.
 */
import { defineMiddleware } from 'astro:middleware';
import { renderedPageSink } from './output-guard-handoff.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const guard = renderedPageSink();
  if (!guard || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  guard.readRendered(context.url.pathname, bytes);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
