import { cp, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, copyProject, page, run } from '../helpers/build.ts';

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const english = JSON.parse(await readFile(join(PROJECT_ROOT, 'src/i18n/en.json'), 'utf8')) as Record<string, unknown>;
const spanish = JSON.parse(await readFile(join(PROJECT_ROOT, 'src/i18n/es.json'), 'utf8')) as Record<string, unknown>;

/** English interface phrases that Spanish says differently: none may appear on a Spanish page. */
const englishPhrases = Object.entries(english)
  .flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.values(value as object).map((form) => [key, form])))
  .filter(([key, value]) => value !== spanish[key])
  .flatMap(([, value]) => String(value).split(/\{\w+\}/))
  .map((fragment) => fragment.replace(/^[\s.,;:()–—←→“”]+|[\s.,;:()–—←→“”]+$/g, ''))
  .filter((fragment) => fragment.split(/\s+/).length >= 3 || /^[A-Z][a-z]{4,}$/.test(fragment));

let root: string;
let init: { code: number; output: string };

beforeAll(async () => {
  root = await copyProject(join(PROJECT_ROOT, 'src/content'));
  await cp(join(PROJECT_ROOT, 'scripts'), join(root, 'scripts'), { recursive: true });
  // No terminal: standard input is closed, as in CI or a script.
  init = await run(
    process.execPath,
    ['scripts/init.ts', '--title', 'Plebiscito constitucional de Chile', '--language', 'es', '--site', 'https://example.org', '--yes'],
    root,
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run init starts a newsroom’s own story', () => {
  it('runs without a terminal, moves the demo into examples/ and says how to undo', async () => {
    expect(init.code).toBe(0);
    expect(init.output).toContain('The demo story moved to examples/venezuela-2019/');
    expect(init.output).toContain('To undo:');
    expect(await readdir(join(root, 'examples/venezuela-2019/events'))).toContain(
      '2019-01-23-guaido-declares-himself-interim-president.md',
    );
    expect(await readFile(join(root, 'src/content/story.yaml'), 'utf8')).toContain('title: Plebiscito constitucional de Chile');
  });

  it('refuses to run again over a story that has its own entries', async () => {
    const draft = (await readdir(join(root, 'src/content/events')))[0]!;
    await cp(join(root, 'src/content/events', draft), join(root, 'src/content/events/2026-01-01-own-entry.md'));
    const again = await run(
      process.execPath,
      ['scripts/init.ts', '--title', 'Other', '--language', 'en', '--site', 'https://example.net', '--yes'],
      root,
    );
    await rm(join(root, 'src/content/events/2026-01-01-own-entry.md'));
    expect(again.code).toBe(1);
    expect(again.output).toContain('already holds a story with its own entries');
    expect(await readFile(join(root, 'src/content/story.yaml'), 'utf8')).toContain('Plebiscito constitucional de Chile');
  });

  it('passes npm run check (in CI too) and builds a Spanish site with no demo event and no English interface words', async () => {
    const check = await run(process.execPath, ['scripts/check.ts'], root, { CI: 'true' });
    expect(check.output).toContain('0 errors');
    expect(check.code).toBe(0);
    const build = await run(process.execPath, [ASTRO, 'build'], root, { CI: 'true' });
    expect(build.code, build.output).toBe(0);
    const dist = join(root, 'dist');
    expect(await readdir(join(dist))).not.toContain('events');
    const home = await page(dist, '/');
    expect(home('h1').text()).toBe('Plebiscito constitucional de Chile');
    for (const path of ['/', '/search/', '/about/', '/404.html']) {
      const $ = await page(dist, path);
      expect($('html').attr('lang')).toBe('es');
      const text = `${$('title').text()} ${$('body').text()} ${$('[aria-label]')
        .map((_, element) => $(element).attr('aria-label'))
        .get()
        .join(' ')} ${$('[placeholder]')
        .map((_, element) => $(element).attr('placeholder'))
        .get()
        .join(' ')}`;
      expect(
        englishPhrases
          .filter((phrase) => new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text))
          .map((phrase) => `${path}: ${phrase}`),
      ).toEqual([]);
    }
  });
});
