/** A worker of the output guard: reads pages as a browser does and returns what the page policy refuses. */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { pagePolicy, pageViolations } from '../lib/check/page-policy.ts';

/** A page to read: its name in reports, and its file. */
export type GuardJob = { name: string; file: string };
/** What the worker found. */
export type GuardVerdict = { name: string; violations: ReturnType<typeof pageViolations> };

const policy = pagePolicy((workerData as { base: string }).base);

parentPort!.on('message', async (jobs: GuardJob[]) => {
  const verdicts: GuardVerdict[] = [];
  for (const job of jobs) {
    verdicts.push({ name: job.name, violations: pageViolations(await readFile(job.file, 'utf8'), policy) });
  }
  parentPort!.postMessage(verdicts);
});
