import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuardPool } from '../../src/integrations/output-guard.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the output guard judges the files in dist/, not what it was shown while rendering', () => {
  let dir: string;
  let pool: GuardPool;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cronista-guard-'));
    pool = new GuardPool('/', 2, 1);
  });
  afterEach(async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('admits a file that holds exactly the page read as rendered', async () => {
    const clean = page('<p>Fine</p>');
    pool.readRendered('/a/', bytes(clean));
    await writeFile(join(dir, 'a.html'), clean);
    await pool.drain();
    pool.addFiles([{ name: 'dist/a.html', file: join(dir, 'a.html') }]);
    expect(await pool.drain()).toEqual([{ name: 'dist/a.html', violations: [] }]);
    expect(pool.matched).toBe(1);
  });

  it('reads a file again when anything changed it after it was rendered, and refuses what it holds', async () => {
    pool.readRendered('/a/', bytes(page('<p>Fine</p>')));
    await writeFile(join(dir, 'a.html'), page('<p onclick="alert(1)">Fine</p>'));
    await pool.drain();
    pool.addFiles([{ name: 'dist/a.html', file: join(dir, 'a.html') }]);
    const [verdict] = await pool.drain();
    expect(verdict!.name).toBe('dist/a.html');
    expect(verdict!.violations.map((violation) => violation.reason)).toEqual(['the event handler onclick= on <p> would run a script']);
    expect(pool.matched).toBe(0);
  });

  it('reads a file that was never rendered (written by something else)', async () => {
    await writeFile(join(dir, 'b.html'), page('<script>alert(1)</script>'));
    pool.addFiles([{ name: 'dist/b.html', file: join(dir, 'b.html') }]);
    const [verdict] = await pool.drain();
    expect(verdict!.violations.map((violation) => violation.reason)).toEqual([
      "an inline <script> would run (only the site's bundled scripts may)",
    ]);
  });
});
