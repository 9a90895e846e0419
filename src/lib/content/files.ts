/**
 * Where the content lives and which files are read: the folders of each collection, the story
 * settings, and the rule that only regular files inside the content folder are content.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { ContentFile } from '../check/entry.ts';
import type { AssetStatus } from '../check/media-files.ts';
import type { Problem } from '../check/problem.ts';

/**
 * The content folder, relative to the project root: `src/content`, or another story's folder
 * (`CRONISTA_CONTENT=examples/venezuela-2019`, as `npm run example` sets it).
 */
export const CONTENT_DIR = (process.env.CRONISTA_CONTENT ?? 'src/content').replace(/\/+$/, '');

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

/** The story's own collections: the originals. */
export type CollectionName = keyof typeof CONTENT_DIRS;

/** What each collection the loader reads holds, where, and under which names. */
export const COLLECTIONS = {
  events: { dir: CONTENT_DIRS.events, pattern: '*.{md,mdx}', extensions: ['.md', '.mdx'] },
  actors: { dir: CONTENT_DIRS.actors, pattern: '*.yaml', extensions: ['.yaml'] },
  categories: { dir: CONTENT_DIRS.categories, pattern: '*.yaml', extensions: ['.yaml'] },
  phases: { dir: CONTENT_DIRS.phases, pattern: '*.yaml', extensions: ['.yaml'] },
  // Translations: a file with the original's id in a language folder (events/es/<id>.md).
  eventTranslations: { dir: CONTENT_DIRS.events, pattern: '*/*.{md,mdx}', extensions: ['.md', '.mdx'], translates: 'events' },
  actorTranslations: { dir: CONTENT_DIRS.actors, pattern: '*/*.yaml', extensions: ['.yaml'], translates: 'actors' },
  categoryTranslations: { dir: CONTENT_DIRS.categories, pattern: '*/*.yaml', extensions: ['.yaml'], translates: 'categories' },
  phaseTranslations: { dir: CONTENT_DIRS.phases, pattern: '*/*.yaml', extensions: ['.yaml'], translates: 'phases' },
  // The story's own prose: the about page's text, in each language.
  texts: { dir: CONTENT_DIR, pattern: '{about.md,*/about.md}', extensions: ['.md'] },
} as const satisfies Record<string, { dir: string; pattern: string; extensions: readonly string[]; translates?: CollectionName }>;

/** Every collection the loader reads. */
export type LoadedCollection = keyof typeof COLLECTIONS;

/** The story settings in another language (`src/content/<lang>/story.yaml`), read with the story. */
export const storyTranslationFile = (folder: string) => `${CONTENT_DIR}/${folder}/story.yaml`;

/** File extensions each collection reads. */
export const CONTENT_EXTENSIONS: Record<CollectionName, readonly string[]> = {
  events: ['.md', '.mdx'],
  actors: ['.yaml'],
  categories: ['.yaml'],
  phases: ['.yaml'],
};

/** The glob each collection's loader reads, relative to its folder. */
export const CONTENT_PATTERNS: Record<LoadedCollection, string> = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, collection]) => [name, collection.pattern]),
) as Record<LoadedCollection, string>;

/**
 * The collection a file belongs to, by where it is: an original (`events/x.md`), a translation
 * in a language folder (`events/es/x.md`), or the story's prose (`about.md`, `es/about.md`).
 */
export function collectionOfPath(path: string): LoadedCollection | 'storyTranslations' | undefined {
  const folder = posix.dirname(path);
  const name = posix.basename(path);
  if (folder === CONTENT_DIR && name === 'about.md') return 'texts';
  if (posix.dirname(folder) === CONTENT_DIR) {
    if (name === 'about.md') return 'texts';
    if (name === 'story.yaml') return 'storyTranslations';
  }
  for (const [collection, { dir }] of Object.entries(COLLECTIONS) as [LoadedCollection, (typeof COLLECTIONS)[LoadedCollection]][]) {
    if (collection === 'texts') continue;
    const translation = 'translates' in COLLECTIONS[collection];
    if (translation ? posix.dirname(folder) === dir : folder === dir) return collection;
  }
  return undefined;
}

/** An entry's id: its file name without folder or extension. */
export function entryIdOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx?|ya?ml)$/, '');
}

/** A translation's id: its language folder and the original's id (`es/2019-01-23-…`). */
export function translationIdOf(path: string): string {
  const parts = path.split('/');
  return `${parts.at(-2)}/${entryIdOf(path)}`;
}

/** Photos, audio, video and documents kept beside the entries that show them: not entries themselves. */
export function isAssetFile(path: string): boolean {
  return /\.(jpe?g|png|webp|avif|gif|mp3|m4a|ogg|wav|mp4|webm|pdf)$/i.test(path);
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

/**
 * What is at a path beside an entry (relative to the project root), looked at without following
 * links: a regular file inside the content folder, or why not.
 */
export function assetStatusIn(root: string): (path: string) => AssetStatus {
  return (path) => {
    const absolute = join(root, path);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      return 'missing';
    }
    if (stats.isSymbolicLink()) return 'link';
    if (!stats.isFile()) return 'not-a-file';
    const inside = relative(realpathSync(join(root, CONTENT_DIR)), realpathSync(absolute));
    return inside.startsWith('..') || inside.startsWith(sep) ? 'outside' : 'file';
  };
}

/** Reads the story settings and every collection's files; what is not content is reported, never read. */
export async function readContentFiles(root: string): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const paths = [STORY_FILE];
  const list = async (dir: string) =>
    (await readdir(join(root, dir), { withFileTypes: true }).catch(() => [])).filter((entry) => !entry.name.startsWith('.'));
  // Language folders: any folder in the content folder or a collection's folder.
  for (const entry of await list(CONTENT_DIR)) {
    if (entry.name === 'about.md') paths.push(`${CONTENT_DIR}/about.md`);
    else if (entry.isDirectory() && !Object.values(CONTENT_DIRS).includes(`${CONTENT_DIR}/${entry.name}` as never)) {
      for (const file of await list(`${CONTENT_DIR}/${entry.name}`)) paths.push(`${CONTENT_DIR}/${entry.name}/${file.name}`);
    }
  }
  for (const dir of Object.values(CONTENT_DIRS)) {
    for (const entry of await list(dir)) {
      if (entry.isDirectory()) for (const file of await list(`${dir}/${entry.name}`)) paths.push(`${dir}/${entry.name}/${file.name}`);
      else paths.push(posix.join(dir, entry.name));
    }
  }
  paths.sort();
  const files = await Promise.all(
    paths.map(async (path) => {
      const reason = await notContentReason(root, path);
      if (reason) {
        if (path !== STORY_FILE || reason !== 'cannot be read')
          problems.push({ file: path, field: 'file', message: reason, severity: 'error' });
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
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => posix.join(MDX_COMPONENT_DIR, entry.name))
    .sort();
}
