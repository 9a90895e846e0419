/** A worker of the output guard: reads built pages and returns what the page policy refuses. */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { pagePolicy, pageViolations } from '../lib/check/page-policy.ts';

const policy = pagePolicy((workerData as { base: string }).base);

parentPort!.on('message', async (files: string[]) => {
  const results: { file: string; violations: ReturnType<typeof pageViolations> }[] = [];
  for (const file of files) {
    const violations = pageViolations(await readFile(file, 'utf8'), policy);
    if (violations.length) results.push({ file, violations });
  }
  parentPort!.postMessage(results);
});
