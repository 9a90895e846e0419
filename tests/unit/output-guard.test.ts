import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuardPool, outputGuard } from '../../src/integrations/output-guard.ts';
import { encodingViolation, pagePolicy, pageViolations } from '../../src/lib/check/page-policy.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
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

  it('fails the build, and never hangs, when a reader fails: what it held is not judged', async () => {
    pool.addFiles([{ name: 'dist/gone.html', file: join(dir, 'gone.html') }]);
    await expect(pool.drain()).rejects.toThrow(/The output guard could not read every page/);
    // Pages handed over after the failure cannot be judged either.
    pool.readRendered('/b/', bytes(page('<p>Fine</p>')));
    await expect(pool.drain()).rejects.toThrow(/could not read every page/);
  });

  it('refuses a page a browser would not read as UTF-8, unread', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(page('<script>alert(1)</script>')).flatMap((c) => [c.charCodeAt(0), 0])]);
    await writeFile(join(dir, 'u.html'), utf16);
    pool.addFiles([{ name: 'dist/u.html', file: join(dir, 'u.html') }]);
    const [verdict] = await pool.drain();
    expect(verdict!.violations.map((violation) => violation.reason)).toEqual([
      'the page begins with a UTF-16 byte order mark: a browser would read it as UTF-16, not as the UTF-8 every page must be',
    ]);
  });
});

describe('what encoding a built page is read in', () => {
  const undeclared = /does not declare UTF-8 first/;
  it('is UTF-8 only where the page says so first, where a browser looks', () => {
    expect(encodingViolation(bytes(page('<p>x</p>')))).toBeUndefined();
    expect(encodingViolation(bytes('<!doctype html><html><head><title>t</title></head></html>'))).toMatch(undeclared);
    expect(encodingViolation(bytes(`<!doctype html><!-- ${'x'.repeat(1100)} --><meta charset="utf-8">`))).toMatch(undeclared);
    expect(encodingViolation(bytes('<!--<meta charset="utf-8">--><meta charset="iso-2022-jp">'))).toMatch(undeclared);
    expect(encodingViolation(bytes('<meta name="x" content="y"><meta charset="utf-8">'))).toMatch(undeclared);
    expect(encodingViolation(new Uint8Array([0xfe, 0xff, 0, 0x3c]))).toMatch(/UTF-16 byte order mark/);
  });

  it('refuses a page that declares another encoding anywhere', () => {
    expect(pageViolations(page('<meta charset="iso-2022-jp">'), pagePolicy('/')).map((violation) => violation.reason)).toContain(
      '<meta charset="iso-2022-jp"> is not allowed (every page is UTF-8)',
    );
  });

  it('reads a page nested deeper than a call stack goes', () => {
    expect(pageViolations(page('<blockquote>'.repeat(20_000) + '<p onclick="x">x'), pagePolicy('/')).map((v) => v.reason)).toEqual([
      'the event handler onclick= on <p> would run a script',
    ]);
  });
});

describe('the output guard in the build', () => {
  it('refuses to run before another integration that writes once the build is done', () => {
    const guard = outputGuard();
    const configDone = (integrations: unknown[]) =>
      (guard.hooks['astro:config:done'] as (options: unknown) => void)({ config: { base: '/', integrations } });
    const sitemap = { name: '@astrojs/sitemap', hooks: { 'astro:build:done': () => {} } };
    expect(() => configDone([sitemap, guard])).not.toThrow();
    expect(() => configDone([guard, sitemap])).toThrow(
      'The output guard must be the last integration to run when the build is done; move @astrojs/sitemap before it in astro.config.mjs.',
    );
  });
});
