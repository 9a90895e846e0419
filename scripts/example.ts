/**
 * `npm run example`: builds the demo story (the 2019 Venezuelan crisis) and serves it at
 * http://localhost:4321, wherever it is: in `src/content/` until `npm run init` starts a
 * newsroom's own story, in `examples/venezuela-2019/` after. `--build-only` stops after the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = 'examples/venezuela-2019';
const content = existsSync(join(root, example)) ? example : 'src/content';
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, CRONISTA_CONTENT: content };

console.log(`Building the demo story from ${content}/`);
const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (!process.argv.includes('--build-only')) {
  spawnSync(process.execPath, [astro, 'preview', '--port', '4321', '--ignore-lock'], { cwd: root, env, stdio: 'inherit' });
}
