import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { PROJECT_ROOT, copyProject } from '../helpers/build.ts';
import { FIXTURE_ROOT } from '../helpers/content.ts';

/** Starts `astro dev` in a copy of the project and resolves once it has printed `pattern`. */
function startDev(root: string, port: number, pattern: RegExp): Promise<{ output: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    // N.B. --ignore-lock keeps the server in the foreground even where Astro thinks an agent runs it.
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--ignore-lock'],
      {
        cwd: root,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`astro dev did not print ${pattern} in time:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve({ output, stop: () => child.kill() });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

describe('npm run dev', () => {
  it('serves the timeline and says plainly that search needs the built site', async () => {
    const root = await copyProject(join(FIXTURE_ROOT, 'src/content'));
    const port = 4400 + Number(process.env.VITEST_POOL_ID ?? 0);
    const dev = await startDev(
      root,
      port,
      /Search is built with the site[^\n]*\n[\s\S]*localhost:\d+|localhost:\d+[\s\S]*Search is built with the site[^\n]*/,
    );
    try {
      expect(dev.output).toContain(
        'Search is built with the site and does not work in `npm run dev`. Run `npm start` to build and preview the site with search.',
      );
      const home = await fetch(`http://localhost:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Fixture story');
    } finally {
      dev.stop();
      await rm(root, { recursive: true, force: true });
    }
  });
});
