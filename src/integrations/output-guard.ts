/**
 * The guarantee behind every input check: every page in `dist/` is read by an HTML5 parser (as
 * a browser reads it, scripting on) and the build fails if any element, attribute or address
 * outside the page policy is present (`src/lib/check/page-policy.ts`): scripts only from the
 * site's own bundles, no inline handlers, no `javascript:` or `data:` addresses, no frames,
 * objects or embeds. A parser differential upstream cannot hide here.
 *
 * N.B. Reading 10,000 pages takes seconds, so pages are read on another core while Astro renders
 * them (a middleware hands each one over as it is made), and at the end only the files whose
 * text was not read already (by hash) are read from disk. Nothing in dist/ goes unread.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { GuardJob, GuardVerdict } from './output-guard-worker.ts';

const KEY = Symbol.for('cronista.output-guard');

/** Reads pages in worker threads, in the order they are handed over. */
export class GuardPool {
  readonly #workers: Worker[];
  readonly #queue: GuardJob[] = [];
  readonly #idle: Worker[] = [];
  readonly #verdicts: GuardVerdict[] = [];
  #pending = 0;
  #drained: (() => void)[] = [];
  #failure: Error | undefined;

  constructor(base: string, size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./output-guard-worker.ts', import.meta.url), { workerData: { base } });
      worker.on('message', (verdicts: GuardVerdict[]) => {
        this.#verdicts.push(...verdicts);
        this.#pending -= verdicts.length;
        this.#idle.push(worker);
        this.#pump();
      });
      worker.on('error', (error: Error) => {
        this.#failure = error;
        this.#pending = 0;
        this.#pump();
      });
      // An idle worker must not keep the process alive.
      worker.unref();
      this.#idle.push(worker);
      return worker;
    });
  }

  /** Hands pages over to be read. */
  add(jobs: GuardJob[]): void {
    this.#queue.push(...jobs);
    this.#pending += jobs.length;
    this.#pump();
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      // Small batches while pages stream in; larger ones when a backlog of files is read at the end.
      this.#idle.shift()!.postMessage(this.#queue.splice(0, this.#queue.length > 400 ? 100 : 20));
    }
    if (this.#pending === 0) for (const resolve of this.#drained.splice(0)) resolve();
  }

  /** Waits until every page handed over is read; returns every verdict so far. */
  async drain(): Promise<GuardVerdict[]> {
    if (this.#pending > 0) await new Promise<void>((resolve) => this.#drained.push(resolve));
    if (this.#failure) throw this.#failure;
    return this.#verdicts;
  }

  /** Stops the workers. */
  close(): Promise<number[]> {
    return Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

/** The pool the guard's middleware hands rendered pages to, if a build has one. */
export function activeGuardPool(): GuardPool | undefined {
  return (globalThis as { [KEY]?: GuardPool })[KEY];
}

/** Every HTML file under `dist`, relative paths. */
async function htmlFiles(dist: string): Promise<string[]> {
  return (await readdir(dist, { recursive: true })).map(String).filter((file) => file.endsWith('.html'));
}

/**
 * Reads every page of `dist` that `pool` has not already found clean (same text, by hash) and
 * returns the refusals, by file. A page refused while rendering is read again from its file, so
 * it is reported under the file's name.
 */
export async function guardDist(
  dist: string,
  pool: GuardPool,
): Promise<{ pages: number; readWhileRendering: number; refused: { name: string; reasons: string[] }[] }> {
  const clean = new Set((await pool.drain()).filter((verdict) => verdict.violations.length === 0).map((verdict) => verdict.hash));
  const files = await htmlFiles(dist);
  const unread: GuardJob[] = [];
  await Promise.all(
    files.map(async (file) => {
      const hash = createHash('sha1')
        .update(await readFile(join(dist, file), 'utf8'))
        .digest('hex');
      if (!clean.has(hash)) unread.push({ name: `dist/${file}`, file: join(dist, file) });
    }),
  );
  const names = new Set(unread.map((job) => job.name));
  pool.add(unread);
  const refused = (await pool.drain())
    .filter((verdict) => names.has(verdict.name) && verdict.violations.length > 0)
    .map((verdict) => ({ name: verdict.name, reasons: [...new Set(verdict.violations.map((violation) => violation.reason))] }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { pages: files.length, readWhileRendering: files.length - unread.length, refused };
}

/** The integration: list it after the others that write pages. */
export function outputGuard(): AstroIntegration {
  let base = '/';
  let pool: GuardPool | undefined;
  return {
    name: 'cronista:output-guard',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./output-guard-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        // While Astro renders on one core, one worker reads pages on another; more join at the end.
        pool = new GuardPool(base, Math.max(1, Math.min(availableParallelism(), 4)));
        (globalThis as { [KEY]?: GuardPool })[KEY] = pool;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const active = pool ?? new GuardPool(base, Math.max(1, Math.min(availableParallelism(), 4)));
        try {
          const { pages, readWhileRendering, refused } = await guardDist(fileURLToPath(dir), active);
          if (refused.length) {
            const lines = refused.flatMap(({ name, reasons }) => reasons.map((reason) => `${name}: ${reason}`));
            throw new Error(
              `The output guard refused ${refused.length} page${refused.length === 1 ? '' : 's'}: they hold markup no page may carry.\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n…and ${lines.length - 50} more` : ''}`,
            );
          }
          logger.info(`Output guard: ${pages} pages read as a browser reads them (${readWhileRendering} while they were rendered); nothing outside the page policy.`);
        } finally {
          delete (globalThis as { [KEY]?: GuardPool })[KEY];
          await active.close();
        }
      },
    },
  };
}
