/**
 * Dev only: while the content has errors, every page answers with the report (file, line,
 * column, field, what is expected, how to fix it) instead of the site, so no page is ever built
 * from a stale or rolled-over value. Saving the mended file brings the site back without a
 * restart: the page reloads itself through Vite's client.
 */
import { defineMiddleware } from 'astro:middleware';
import { formatProblemBlock } from '../lib/check/report.ts';
import { contentSession } from '../lib/content/session.ts';
import { escapeHtml } from '../lib/html-text.ts';

export const onRequest = defineMiddleware((context, next) => {
  const result = contentSession().result;
  const errors = result?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const [first] = errors;
  if (!first || context.url.pathname.startsWith('/_') || context.url.pathname.startsWith('/@')) return next();
  const heading = errors.length === 1 ? 'A content file has an error' : `Content files have ${errors.length} errors`;
  const where = `${first.file}${first.line === undefined ? '' : `:${first.line}`}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content error: ${escapeHtml(where)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
pre{background:#fff4f4;border-left:4px solid #c00;padding:1rem;overflow:auto;font-size:14px;white-space:pre}h1{color:#a00}</style>
<script type="module" src="/@vite/client"></script></head>
<body><h1>${escapeHtml(heading)}</h1>
<p>The site is not shown while the content has errors. Fix the file and save it: this page reloads by itself.</p>
${errors.map((problem) => `<pre>${escapeHtml(formatProblemBlock(problem))}</pre>`).join('\n')}
<p>${escapeHtml(result ? `${result.errorCount} error(s), ${result.warningCount} warning(s). Run "npm run check" for the full report.` : '')}</p>
</body></html>`;
  return new Response(html, { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
});
