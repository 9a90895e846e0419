/**
 * Where the content lives and which files are read: the folders of each collection, the story
 * settings, and the rule that only regular files inside the content folder are content.
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { ContentFile } from '../check/entry.ts';
import type { Problem } from '../check/problem.ts';

/** The content folder, relative to the project root. */
export const CONTENT_DIR = 'src/content';

/** Where each collection's files live, relative to the project root. */
export const CONTENT_DIRS = {
  events: `${CONTENT_DIR}/events`,
  actors: `${CONTENT_DIR}/actors`,
  categories: `${CONTENT_DIR}/categories`,
  phases: `${CONTENT_DIR}/phases`,
} as const;

/** The story settings file, relative to the project root. */
export const STORY_FILE = `${CONTENT_DIR}/story.yaml`;

/** Where MDX entries may import components from, relative to the project root. */
export const MDX_COMPONENT_DIR = 'src/components/mdx';

export type CollectionName = keyof typeof CONTENT_DIRS;

/** File extensions each collection reads. */
export const CONTENT_EXTENSIONS: Record<CollectionName, readonly string[]> = {
  events: ['.md', '.mdx'],
  actors: ['.yaml'],
  categories: ['.yaml'],
  phases: ['.yaml'],
};

/** The glob each collection's loader reads, relative to its folder. */
export const CONTENT_PATTERNS: Record<CollectionName, string> = {
  events: '*.{md,mdx}',
  actors: '*.yaml',
  categories: '*.yaml',
  phases: '*.yaml',
};

/** An entry's id: its file name without folder or extension. */
export function entryIdOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx?|ya?ml)$/, '');
}

/** Event file names: `YYYY-MM-DD-short-slug`, `YYYY-MM-short-slug` or `YYYY-short-slug`. */
export const EVENT_ID_PATTERN = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Why a path is not content, if it is not: a symbolic link, or anything but a regular file, or a
 * file whose real place is outside the content folder. Astro would follow a link and publish
 * whatever it points to; Cronista reads only files that are really there.
 */
export async function notContentReason(root: string, path: string): Promise<string | undefined> {
  const absolute = join(root, path);
  const stats = await lstat(absolute).catch(() => undefined);
  if (!stats) return 'cannot be read';
  if (stats.isSymbolicLink()) return 'is a symbolic link (expected a regular file; links are not followed)';
  if (!stats.isFile()) return 'is not a regular file (expected a text file)';
  const [real, base] = await Promise.all([realpath(absolute), realpath(join(root, CONTENT_DIR))]);
  if (relative(base, real).startsWith('..') || relative(base, real).startsWith(sep)) {
    return `lies outside ${CONTENT_DIR}/ through a linked folder (expected a file inside the content folder)`;
  }
  return undefined;
}

/** Reads the story settings and every collection's files; what is not content is reported, never read. */
export async function readContentFiles(root: string): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const paths = [STORY_FILE];
  for (const dir of Object.values(CONTENT_DIRS)) {
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (!entry.name.startsWith('.')) paths.push(posix.join(dir, entry.name));
  }
  paths.sort();
  const files = await Promise.all(
    paths.map(async (path) => {
      const reason = await notContentReason(root, path);
      if (reason) {
        if (path !== STORY_FILE || reason !== 'cannot be read') problems.push({ file: path, field: 'file', message: reason, severity: 'error' });
        return undefined;
      }
      return { path, text: await readFile(join(root, path), 'utf8') };
    }),
  );
  return { files: files.filter((file) => file !== undefined), problems };
}

/** The MDX components that exist, as paths from the project root. */
export async function listComponentFiles(root: string): Promise<string[]> {
  const entries = await readdir(join(root, MDX_COMPONENT_DIR), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.astro')).map((entry) => posix.join(MDX_COMPONENT_DIR, entry.name)).sort();
}
