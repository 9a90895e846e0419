import { mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitEntry } from '../../src/lib/check/frontmatter.ts';
import { STORY_FILE, collectionOfPath, entryIdOf, readContentFiles, type CollectionName } from '../../src/lib/content/files.ts';
import { compareCalendarDates, parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { PROJECT_ROOT, demoContentDir } from './build.ts';

/**
 * The demo's content as its authors wrote it, read from `src/content/` as plain YAML (no schema,
 * no defaults but the documented ones), so the build tests compare the site with its source
 * instead of with numbers and titles that the next correction or contribution changes.
 */

/** A source as written in an event's frontmatter. */
export type WrittenSource = { title?: string; publisher: string; url: string; published?: string | number };

/** An event as written, with the schema's documented defaults for what was left out. */
export type WrittenEvent = {
  id: string;
  /** Path from the project root. */
  file: string;
  title: string;
  summary: string;
  date: CalendarDate;
  endDate?: CalendarDate;
  timezone?: string;
  approximate: boolean;
  category: string;
  actors: string[];
  importance: number;
  draft: boolean;
  /** The day the entry first went up, if written. */
  published?: CalendarDate;
  sources: WrittenSource[];
  /** The text after the frontmatter. */
  body: string;
};

export type DemoContent = {
  story: { title: string; language: string; publisher: string };
  events: WrittenEvent[];
  /** Every actor, by id. */
  actors: { id: string; name: string }[];
  /** Every category, in list order (`order`, default 100, then id). */
  categories: { id: string; name: string; order: number }[];
  /** Every phase, by start date. */
  phases: { id: string; title: string; start: CalendarDate }[];
};

const date = (value: unknown): CalendarDate => {
  const parsed = parseCalendarDate(String(value));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

/** The story as written; `language` is the default edition's (the first, when a list names several). */
const storyOf = (data: Record<string, unknown>): DemoContent['story'] => ({
  title: data.title as string,
  language: ([data.language].flat()[0] ?? 'en') as string,
  publisher: data.publisher as string,
});

const yamlOf = (text: string) => parse(text, { schema: 'core' }) as Record<string, unknown>;

/**
 * A project root whose `src/content` is the demo: the repository itself, or, once `npm run init`
 * has moved the demo to `examples/venezuela-2019`, a temporary root linking to it (the folder the
 * test builds publish).
 */
async function demoRoot(): Promise<string> {
  const content = demoContentDir();
  if (content === join(PROJECT_ROOT, 'src/content')) return PROJECT_ROOT;
  const root = await mkdtemp(join(tmpdir(), 'cronista-demo-'));
  await mkdir(join(root, 'src'));
  await symlink(content, join(root, 'src/content'), 'dir');
  return root;
}

/** Reads the story, events, actors, categories and phases of a project (the demo by default). */
export async function readDemoContent(root?: string): Promise<DemoContent> {
  root ??= await demoRoot();
  const { files } = await readContentFiles(root);
  const inDir = (collection: CollectionName) => files.filter((file) => collectionOfPath(file.path) === collection);
  const events = inDir('events').map((file): WrittenEvent => {
    const split = splitEntry(file.text);
    if (!split.ok) throw new Error(`${file.path}: ${split.problem.message}`);
    const data = yamlOf(split.yaml);
    return {
      id: entryIdOf(file.path),
      file: file.path,
      title: data.title as string,
      summary: data.summary as string,
      date: date(data.date),
      endDate: data.endDate === undefined ? undefined : date(data.endDate),
      timezone: data.timezone as string | undefined,
      approximate: data.approximate === true,
      category: data.category as string,
      actors: (data.actors as string[] | undefined) ?? [],
      importance: (data.importance as number | undefined) ?? 2,
      draft: data.draft === true,
      published: data.published === undefined ? undefined : date(data.published),
      sources: data.sources as WrittenSource[],
      body: split.body,
    };
  });
  const named = (collection: CollectionName): ({ id: string } & Record<string, unknown>)[] =>
    inDir(collection).map((file) => ({ ...yamlOf(file.text), id: entryIdOf(file.path) }));
  return {
    story: storyOf(yamlOf(await readFile(join(root, STORY_FILE), 'utf8'))),
    events,
    actors: named('actors').map(({ id, name }) => ({ id, name: name as string })),
    categories: named('categories')
      .map(({ id, name, order }) => ({ id, name: name as string, order: (order as number | undefined) ?? 100 }))
      .toSorted((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    phases: named('phases')
      .map(({ id, title, start }) => ({ id, title: title as string, start: date(start) }))
      .toSorted((a, b) => compareCalendarDates(a.start, b.start) || a.id.localeCompare(b.id)),
  };
}

/** The events a reader sees, in timeline order: by date, key moments first on one date, then by id. */
export function timelineOrder(events: readonly WrittenEvent[]): WrittenEvent[] {
  return events
    .filter((event) => !event.draft)
    .toSorted((a, b) => compareCalendarDates(a.date, b.date) || b.importance - a.importance || a.id.localeCompare(b.id));
}
