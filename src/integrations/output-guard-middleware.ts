/**
 * Build only: hands each rendered page to the output guard, which reads it on another core while
 * Astro renders the next. The page itself passes through unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { activeGuardPool } from './output-guard.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const pool = activeGuardPool();
  if (!pool || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  pool.add([{ name: context.url.pathname, html }]);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
