import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';

/** The repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the demo story is: in src/content until `npm run init` starts a newsroom's own story,
 * in examples/venezuela-2019 after; the suite builds and tests it wherever it is.
 */
export function demoContentDir(): string {
  const example = join(PROJECT_ROOT, 'examples/venezuela-2019');
  return existsSync(example) ? example : join(PROJECT_ROOT, 'src/content');
}

/** Project files a build needs besides the content. */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'public', 'src'];

export type BuildResult = {
  /** The temporary project the build ran in. */
  root: string;
  /** Its `dist/`. */
  dist: string;
  /** Exit code of `astro build`. */
  code: number;
  /** Everything the build printed (stdout and stderr). */
  output: string;
};

/** Copies the project into a temporary folder with `contentDir` as its `src/content`, sharing node_modules. */
export async function copyProject(contentDir: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cronista-build-'));
  for (const file of PROJECT_FILES) {
    await cp(join(PROJECT_ROOT, file), join(root, file), {
      recursive: true,
      filter: (source) => relative(join(PROJECT_ROOT, 'src', 'content'), source).startsWith('..'),
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await cp(contentDir, join(root, 'src', 'content'), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * Copies the project with `contentDir` as its content, lets `prepare` change files, and runs a
 * real `astro build` there. Used for fixtures and the demo.
 */
export async function buildWithContent(
  contentDir: string,
  options: { prepare?: (root: string) => Promise<void>; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  const root = await copyProject(contentDir);
  await options.prepare?.(root);
  const { code, output } = await run(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    root,
    options.env,
  );
  return { root, dist: join(root, 'dist'), code, output };
}

/**
 * The environment without the test runner's own variables.
 * N.B. Vitest sets Vite's own variables (MODE, BASE_URL, DEV, PROD, SSR…) in process.env; a child
 * Astro build that inherits them publishes empty collections.
 */
const RUNNER_VARIABLES = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'FORCE_TTY']);
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !RUNNER_VARIABLES.has(key)));
}

/** Runs a command, collecting its output. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Loads a built page as a queryable document. */
export async function page(dist: string, path: string) {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return cheerio.load(await readFile(file, 'utf8'));
}

/** Every file under a folder, relative paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Removes a temporary build. */
export const cleanUp = (result: BuildResult | undefined) => (result ? rm(result.root, { recursive: true, force: true }) : undefined);
