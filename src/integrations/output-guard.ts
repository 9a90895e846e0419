/**
 * The guarantee behind every input check: every page in `dist/` is read by an HTML5 parser (as
 * a browser reads it, scripting on) and the build fails if any element, attribute or address
 * outside the page policy is present (`src/lib/check/page-policy.ts`): scripts only from the
 * site's own bundles, no inline handlers, no `javascript:` or `data:` addresses, no frames,
 * objects or embeds. A parser differential upstream cannot hide here.
 *
 * N.B. Reading 10,000 pages takes seconds of work, so it starts in worker threads as soon as the
 * pages are written (`astro:build:generated`) and runs while the search index is built in its own
 * process; at the end, any page written since is read too. Nothing in dist/ goes unread.
 */
import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { GuardJob, GuardVerdict } from './output-guard-worker.ts';

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
        worker.unref();
        this.#idle.push(worker);
        this.#pump();
      });
      worker.on('error', (error: Error) => {
        this.#failure = error;
        this.#pending = 0;
        this.#pump();
      });
      // An idle worker must not keep the process alive; a busy one must (the build awaits its verdicts).
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
      const worker = this.#idle.shift()!;
      worker.ref();
      worker.postMessage(this.#queue.splice(0, this.#queue.length > 400 ? 100 : 20));
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

/** Every HTML file under `dist`, relative paths. */
async function htmlFiles(dist: string): Promise<string[]> {
  return (await readdir(dist, { recursive: true })).map(String).filter((file) => file.endsWith('.html'));
}

/** Hands every page of `dist` not yet handed over to the pool; returns the names handed over. */
async function readPages(dist: string, pool: GuardPool, seen: Set<string>): Promise<void> {
  const files = (await htmlFiles(dist)).filter((file) => !seen.has(file));
  for (const file of files) seen.add(file);
  pool.add(files.map((file) => ({ name: `dist/${file}`, file: join(dist, file) })));
}

/** The refusals of every page read so far, by file. */
function refusals(verdicts: readonly GuardVerdict[]): { name: string; reasons: string[] }[] {
  return verdicts
    .filter((verdict) => verdict.violations.length > 0)
    .map((verdict) => ({ name: verdict.name, reasons: [...new Set(verdict.violations.map((violation) => violation.reason))] }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The integration: list it after the others that write pages. */
export function outputGuard(): AstroIntegration {
  let base = '/';
  let pool: GuardPool | undefined;
  const seen = new Set<string>();
  return {
    name: 'cronista:output-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:generated': async ({ dir }) => {
        pool = new GuardPool(base, Math.max(1, Math.min(availableParallelism(), 4)));
        await readPages(fileURLToPath(dir), pool, seen);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const active = pool ?? new GuardPool(base, Math.max(1, Math.min(availableParallelism(), 4)));
        try {
          // Pages written after the others (by later integrations) are read too.
          await readPages(fileURLToPath(dir), active, seen);
          const refused = refusals(await active.drain());
          if (refused.length) {
            const lines = refused.flatMap(({ name, reasons }) => reasons.map((reason) => `${name}: ${reason}`));
            throw new Error(
              `The output guard refused ${refused.length} page${refused.length === 1 ? '' : 's'}: they hold markup no page may carry.\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n…and ${lines.length - 50} more` : ''}`,
            );
          }
          logger.info(`Output guard: ${seen.size} pages read as a browser reads them; nothing outside the page policy.`);
        } finally {
          await active.close();
        }
      },
    },
  };
}
