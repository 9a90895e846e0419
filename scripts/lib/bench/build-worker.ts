/**
 * Runs one Astro build in this process and prints its peak memory, so the benchmark can measure
 * a build the way a user runs it. With `--pagefind`, also indexes dist/ with Pagefind (the bare
 * comparison site has no integration doing it).
 * Usage: node build-worker.ts ROOT [--pagefind]
 */
import { join } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const [root, flag] = process.argv.slice(2);
if (!root) throw new Error('usage: build-worker.ts ROOT [--pagefind]');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await build({ root, logLevel: 'error' });
if (flag === '--pagefind') {
  const { index } = await pagefind.createIndex({});
  const added = await index!.addDirectory({ path: join(root, 'dist') });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  await index!.writeFiles({ outputPath: join(root, 'dist', 'pagefind') });
  await pagefind.close();
}
console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
