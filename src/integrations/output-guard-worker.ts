/**
 * A worker of the output guard: reads pages as a browser does and returns what the page policy
 * refuses, with the SHA-256 of the exact bytes it read (so a verdict can be matched with a file).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { encodingViolation, pagePolicy, pageViolations } from '../lib/check/page-policy.ts';

/**
 * A page to read: its bytes as rendered (`bytes`), or its file in `dist/` (`file`). A `hash-only`
 * job only fingerprints the file, to match it with a page already read as rendered.
 */
export type GuardJob =
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'file'; name: string; file: string }
  | { kind: 'hash-only'; name: string; file: string };
/** What the worker found: the fingerprint of what it read and, unless it only fingerprinted, the refusals. */
export type GuardVerdict = {
  kind: GuardJob['kind'];
  name: string;
  hash: string;
  /** The file fingerprinted, for a `hash-only` job. */
  file?: string;
  violations?: ReturnType<typeof pageViolations>;
};

const policy = pagePolicy((workerData as { base: string }).base);
const utf8 = new TextDecoder('utf-8');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

async function judge(job: GuardJob): Promise<GuardVerdict> {
  const bytes = job.kind === 'bytes' ? job.bytes : await readFile(job.file);
  const hash = sha256(bytes);
  if (job.kind === 'hash-only') return { kind: job.kind, name: job.name, hash, file: job.file };
  // Read as UTF-8 only where a browser would read it so; otherwise refused, unread.
  const encoding = encodingViolation(bytes);
  const violations = encoding ? [{ element: 'document', reason: encoding }] : pageViolations(utf8.decode(bytes), policy);
  return { kind: job.kind, name: job.name, hash, violations };
}

parentPort!.on('message', async (jobs: GuardJob[]) => {
  const verdicts: GuardVerdict[] = [];
  for (const job of jobs) verdicts.push(await judge(job));
  parentPort!.postMessage(verdicts);
});
