import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { CONTENT_DIRS, STORY_FILE } from '../lib/content-files.ts';
import type { CheckOptions, ContentFile } from '../lib/check/check-content.ts';

/** Where MDX entries may import components from. */
export const MDX_COMPONENT_DIR = 'src/components/mdx';

async function listFiles(root: string, dir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(root, dir), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => posix.join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Reads every content file of a project (and the story settings) for the checker. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const paths = [STORY_FILE];
  for (const dir of Object.values(CONTENT_DIRS)) paths.push(...(await listFiles(root, dir)));
  // Read in parallel; a missing story file is reported by the checker, so it is simply left out.
  const texts = await Promise.all(paths.map((path) => readFile(join(root, path), 'utf8').catch(() => undefined)));
  return paths.flatMap((path, index) => (texts[index] === undefined ? [] : [{ path, text: texts[index] }]));
}

/** The checker's options for a project on disk. */
export async function checkOptionsFor(root: string, now: Date): Promise<CheckOptions> {
  return { now, componentDir: MDX_COMPONENT_DIR, componentFiles: await listFiles(root, MDX_COMPONENT_DIR) };
}
