/**
 * The guarantee behind every input check: every page in `dist/` is read by an HTML5 parser (as
 * a browser reads it, scripting on) and the build fails if any element, attribute or address
 * outside the page policy is present (`src/lib/check/page-policy.ts`): scripts only from the
 * site's own bundles, no inline handlers, no `javascript:` or `data:` addresses, no frames,
 * objects or embeds. A parser differential upstream cannot hide here.
 *
 * N.B. Reading 10,000 pages takes a minute of work, so it is done while the site renders: a
 * middleware hands each rendered page's bytes to worker threads, which use the core Astro's
 * single-threaded rendering leaves free. What counts is still the file: once the build is done,
 * every HTML file in `dist/` is fingerprinted (SHA-256) and each one whose exact bytes were not
 * read (written or changed after rendering, by anything) is read again from disk. Nothing in
 * dist/ goes unread.
 */
import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { GuardJob, GuardVerdict } from './output-guard-worker.ts';
import { setRenderedPageSink, type RenderedPageSink } from './output-guard-handoff.ts';

/** A page's refusals, by its file. */
export type PageRefusals = { name: string; violations: NonNullable<GuardVerdict['violations']> };

/**
 * Reads pages in worker threads, in the order they are handed over, and keeps the verdict for
 * each exact byte sequence read (by its SHA-256), so that a file can be matched with it.
 */
export class GuardPool implements RenderedPageSink {
  readonly #workers: Worker[];
  readonly #queue: GuardJob[] = [];
  readonly #idle: Worker[] = [];
  /** Verdicts on rendered bytes, by fingerprint. */
  readonly #read = new Map<string, PageRefusals['violations']>();
  /** Verdicts on files. */
  readonly #files: PageRefusals[] = [];
  #busy = 0;
  #limit: number;
  #pending = 0;
  #drained: { resolve: () => void; reject: (error: Error) => void }[] = [];
  #failure: Error | undefined;
  #closing = false;

  /** `size` workers, of which at most `limit` work at once (raise it with `useAll`). */
  constructor(base: string, size: number, limit = size) {
    this.#limit = limit;
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./output-guard-worker.ts', import.meta.url), { workerData: { base } });
      worker.on('message', (verdicts: GuardVerdict[]) => {
        for (const verdict of verdicts) this.#receive(verdict);
        this.#pending -= verdicts.length;
        this.#busy -= 1;
        worker.unref();
        this.#idle.push(worker);
        this.#pump();
      });
      // A worker that fails fails the guard: nothing it held is judged, so the build must stop.
      worker.on('error', (error: Error) => this.#fail(new Error(`The output guard could not read every page: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`The output guard could not read every page: a reader stopped (exit code ${code}).`));
      });
      // An idle worker must not keep the process alive; a busy one must (the build awaits its verdicts).
      worker.unref();
      this.#idle.push(worker);
      return worker;
    });
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#drained.splice(0)) waiting.reject(this.#failure);
  }

  #receive(verdict: GuardVerdict): void {
    if (verdict.kind === 'bytes') this.#read.set(verdict.hash, verdict.violations ?? []);
    else if (verdict.kind === 'file') this.#files.push({ name: verdict.name, violations: verdict.violations ?? [] });
    else {
      const read = this.#read.get(verdict.hash);
      // The file holds exactly the bytes read as rendered; any other file is read from disk.
      if (read) {
        this.#files.push({ name: verdict.name, violations: read });
        this.matched += 1;
      } else this.add([{ kind: 'file', name: verdict.name, file: verdict.file! }]);
    }
  }

  /** Hands a page over as rendered, before it is written (the middleware calls this). */
  readRendered(name: string, bytes: Uint8Array): void {
    this.add([{ kind: 'bytes', name, bytes }]);
  }

  /** Hands the files of `dist/` over: each is fingerprinted, and read again unless its bytes were read as rendered. */
  addFiles(files: { name: string; file: string }[]): void {
    this.add(files.map(({ name, file }) => ({ kind: 'hash-only', name, file })));
  }

  /** Hands jobs over. */
  add(jobs: GuardJob[]): void {
    this.#queue.push(...jobs);
    this.#pending += jobs.length;
    this.#pump();
  }

  /** Lets every worker work at once (once rendering no longer needs a core). */
  useAll(): void {
    this.#limit = this.#workers.length;
    this.#pump();
  }

  /** How many files held exactly the bytes of a page read as rendered (the others were read from disk). */
  matched = 0;

  #pump(): void {
    while (this.#busy < this.#limit && this.#idle.length > 0 && this.#queue.length > 0) {
      // Small batches while pages stream in; larger ones when a backlog is read at the end.
      const worker = this.#idle.shift()!;
      this.#busy += 1;
      worker.ref();
      worker.postMessage(this.#queue.splice(0, this.#queue.length > 400 ? 100 : 20));
    }
    if (this.#pending === 0 && !this.#failure) for (const waiting of this.#drained.splice(0)) waiting.resolve();
  }

  /** Waits until every job handed over is done; returns the verdicts on files so far. */
  async drain(): Promise<PageRefusals[]> {
    if (this.#failure) throw this.#failure;
    if (this.#pending > 0) await new Promise<void>((resolve, reject) => this.#drained.push({ resolve, reject }));
    return this.#files;
  }

  /** Stops the workers. */
  close(): Promise<number[]> {
    this.#closing = true;
    return Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

/** What a web server may serve as an HTML document, whatever its case. */
const DOCUMENT_FILE = /\.(html?|xht(ml)?|shtml)$/i;

/** Every file under `dist` a browser may read as a page (a link to one included), with its name in reports. */
async function htmlFiles(dist: string): Promise<{ name: string; file: string }[]> {
  return (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && DOCUMENT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ name: `dist/${relative(dist, file).split('\\').join('/')}`, file }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The refusals by page, each reason once. */
function refusals(pages: readonly PageRefusals[]): { name: string; reasons: string[] }[] {
  return pages
    .filter((page) => page.violations.length > 0)
    .map((page) => ({ name: page.name, reasons: [...new Set(page.violations.map((violation) => violation.reason))] }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The integration: list it after the others that write pages. */
export function outputGuard(): AstroIntegration {
  let base = '/';
  let pool: GuardPool | undefined;
  const cores = availableParallelism();
  return {
    name: 'cronista:output-guard',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./output-guard-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Whatever writes files once the build is done must do so before the guard lists dist/.
        const after = config.integrations.slice(
          config.integrations.findIndex((integration) => integration.name === 'cronista:output-guard') + 1,
        );
        const late = after.filter((integration) => integration.hooks['astro:build:done']).map((integration) => integration.name);
        if (late.length)
          throw new Error(
            `The output guard must be the last integration to run when the build is done; move ${late.join(', ')} before it in astro.config.mjs.`,
          );
      },
      'astro:build:start': () => {
        // While Astro renders (on one core), the guard reads on the others.
        pool = new GuardPool(base, Math.max(1, Math.min(cores, 4)), Math.max(1, cores - 1));
        setRenderedPageSink(pool);
      },
      'astro:build:generated': () => {
        setRenderedPageSink(undefined);
        pool?.useAll();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const active = pool ?? new GuardPool(base, Math.max(1, Math.min(cores, 4)));
        try {
          await active.drain();
          // Every page in dist/ now, whoever wrote it: matched byte for byte with what was read, or read again.
          const files = await htmlFiles(fileURLToPath(dir));
          active.addFiles(files);
          const judged = await active.drain();
          // One verdict for each file listed, or something went unread.
          if (judged.length !== files.length)
            throw new Error(`The output guard read ${judged.length} of the ${files.length} pages in dist/; every page must be read.`);
          const refused = refusals(judged);
          if (refused.length) {
            const lines = refused.flatMap(({ name, reasons }) => reasons.map((reason) => `${name}: ${reason}`));
            throw new Error(
              `The output guard refused ${refused.length} page${refused.length === 1 ? '' : 's'}: they hold markup no page may carry.\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n…and ${lines.length - 50} more` : ''}`,
            );
          }
          logger.info(
            `Output guard: ${files.length} pages read as a browser reads them (${active.matched} as rendered, matched byte for byte with their files; ${files.length - active.matched} from dist/); nothing outside the page policy.`,
          );
        } finally {
          await active.close();
        }
      },
    },
  };
}
