import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { PROJECT_ROOT, copyProject } from '../helpers/build.ts';
import { FIXTURE_ROOT } from '../helpers/content.ts';

/** Starts `astro dev` in a copy of the project and resolves once it has printed `pattern`. */
function startDev(root: string, port: number, pattern: RegExp): Promise<{ output: () => string; stop: () => void }> {
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
    let started = false;
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (!started && pattern.test(output)) {
        started = true;
        clearTimeout(timer);
        resolve({ output: () => output, stop: () => child.kill() });
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
      expect(dev.output()).toContain(
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

  it('tells the truth about a bad entry: the server names the file and never serves a stale page, then serves it again once mended', async () => {
    const root = await copyProject(join(FIXTURE_ROOT, 'src/content'));
    const port = 4450 + Number(process.env.VITEST_POOL_ID ?? 0);
    const file = join(root, 'src/content/events/2019-02-02-judge-speaks.md');
    const original = await readFile(file, 'utf8');
    const dev = await startDev(root, port, /localhost:\d+/);
    const url = `http://localhost:${port}/events/2019-02-02-judge-speaks/`;
    try {
      await expect.poll(async () => (await fetch(url)).status, { timeout: 60_000 }).toBe(200);
      await writeFile(file, original.replace('date: 2019-02-02', 'date: 2019-02-30'));
      // The page answers with the problem, naming file, line, field and what is wrong.
      await expect
        .poll(async () => (await fetch(url)).text(), { timeout: 60_000 })
        .toContain('src/content/events/2019-02-02-judge-speaks.md:');
      const response = await fetch(url);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(text).toContain('date: &quot;2019-02-30&quot; is not a real date: February 2019 has 28 days');
      expect(text).not.toContain('2 March 2019');
      await expect.poll(() => dev.output(), { timeout: 30_000 }).toContain('src/content/events/2019-02-02-judge-speaks.md:');
      // Mending the file brings the page back without a restart.
      await writeFile(file, original);
      await expect.poll(async () => (await fetch(url)).status, { timeout: 60_000 }).toBe(200);
      expect(await (await fetch(url)).text()).toContain('2 February 2019');
    } finally {
      dev.stop();
      await rm(root, { recursive: true, force: true });
    }
  });
});
