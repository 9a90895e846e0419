/** Where each collection's files live, relative to the project root, and what they may be named. */
export const CONTENT_DIRS = {
  events: 'src/content/events',
  actors: 'src/content/actors',
  categories: 'src/content/categories',
  phases: 'src/content/phases',
} as const;

/** The story settings file, relative to the project root. */
export const STORY_FILE = 'src/content/story.yaml';

export type CollectionName = keyof typeof CONTENT_DIRS;

/** File extensions each collection reads. */
export const CONTENT_EXTENSIONS: Record<CollectionName, readonly string[]> = {
  events: ['.md', '.mdx'],
  actors: ['.yaml'],
  categories: ['.yaml'],
  phases: ['.yaml'],
};

/** An entry's id: its file name without folder or extension. */
export function entryIdOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx?|ya?ml)$/, '');
}

/** Event file names: `YYYY-MM-DD-short-slug`, `YYYY-MM-short-slug` or `YYYY-short-slug`. */
export const EVENT_ID_PATTERN = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
