/**
 * The guarantee behind every input check: after the build, every page in `dist/` is read by an
 * HTML5 parser (as a browser reads it, scripting on) and the build fails if any element,
 * attribute or address outside the page policy is present (`src/lib/check/page-policy.ts`):
 * scripts only from the site's own bundles, no inline handlers, no `javascript:` or `data:`
 * addresses, no frames, objects or embeds. A parser differential upstream cannot hide here.
 */
import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { HtmlViolation } from '../lib/check/html-policy.ts';

/** Pages handed to a worker at a time. */
const BATCH = 200;

/** Checks every page under `dist` in worker threads; returns the violations by file. */
export async function guardPages(dist: string, base: string): Promise<{ pages: number; violations: { file: string; violations: HtmlViolation[] }[] }> {
  const files = (await readdir(dist, { recursive: true }))
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dist, file));
  const batches: string[][] = [];
  for (let index = 0; index < files.length; index += BATCH) batches.push(files.slice(index, index + BATCH));
  const results: { file: string; violations: HtmlViolation[] }[] = [];
  const workerCount = Math.max(1, Math.min(availableParallelism(), batches.length, 4));
  await Promise.all(
    Array.from({ length: workerCount }, async () => {
      const worker = new Worker(new URL('./output-guard-worker.ts', import.meta.url), { workerData: { base } });
      try {
        for (let batch = batches.shift(); batch; batch = batches.shift()) {
          const done = new Promise<typeof results>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
          });
          worker.postMessage(batch);
          results.push(...(await done));
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return { pages: files.length, violations: results.map(({ file, violations }) => ({ file: relative(dist, file), violations })) };
}

/** The integration: list it after the others that write pages. */
export function outputGuard(): AstroIntegration {
  let base = '/';
  return {
    name: 'cronista:output-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, violations } = await guardPages(fileURLToPath(dir), base);
        if (violations.length) {
          const lines = violations.flatMap(({ file, violations }) => violations.map((violation) => `dist/${file}: ${violation.reason}`));
          throw new Error(
            `The output guard refused ${violations.length} page${violations.length === 1 ? '' : 's'}: they hold markup no page may carry.\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n…and ${lines.length - 50} more` : ''}`,
          );
        }
        logger.info(`Output guard: ${pages} pages read as a browser reads them; nothing outside the page policy.`);
      },
    },
  };
}
