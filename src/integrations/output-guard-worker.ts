/**
 * A worker of the output guard: reads pages as a browser does and returns, for each, the hash of
 * its text (so the guard can tell later that the file written to dist/ is the page it read) and
 * what the page policy refuses.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { pagePolicy, pageViolations } from '../lib/check/page-policy.ts';

/** A page to read: its text, or the file to read it from. */
export type GuardJob = { name: string; html?: string; file?: string };
/** What the worker found. */
export type GuardVerdict = { name: string; hash: string; violations: ReturnType<typeof pageViolations> };

const policy = pagePolicy((workerData as { base: string }).base);

parentPort!.on('message', async (jobs: GuardJob[]) => {
  const verdicts: GuardVerdict[] = [];
  for (const job of jobs) {
    const html = job.html ?? (await readFile(job.file!, 'utf8'));
    verdicts.push({ name: job.name, hash: createHash('sha1').update(html).digest('hex'), violations: pageViolations(html, policy) });
  }
  parentPort!.postMessage(verdicts);
});
