/**
 * Dev only: while the content has errors, every page is Astro's error overlay with the first
 * problem (file, line, field, what is expected) and the full report, never a page built from a
 * stale or rolled-over value. Saving the mended file brings the site back without a restart.
 */
import { join } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { formatProblemBlock } from '../lib/check/report.ts';
import { contentSession } from '../lib/content/session.ts';

export const onRequest = defineMiddleware((context, next) => {
  const result = contentSession().result;
  const errors = result?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const [first] = errors;
  if (!first || context.url.pathname.startsWith('/_')) return next();
  const error = new Error(
    `${errors.length === 1 ? 'A content file has an error' : `Content files have ${errors.length} errors`}:\n\n${errors.map((problem) => formatProblemBlock(problem)).join('\n\n')}`,
  );
  Object.assign(error, {
    name: 'ContentError',
    title: `${first.file}: ${first.field}`,
    hint: first.help ?? 'Fix the file and save it; this page reloads. "npm run check" lists every problem.',
    loc: { file: join(process.cwd(), first.file), line: first.line, column: first.column },
  });
  throw error;
});
