import { posix } from 'node:path';
import type { z } from 'astro/zod';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { actorSchema, categorySchema, phaseSchema, storySchema } from '../../schemas/taxonomy.ts';
import { calendarDateOf, compareCalendarDates, isNotBefore } from '../dates.ts';
import { CONTENT_DIRS, CONTENT_EXTENSIONS, EVENT_ID_PATTERN, STORY_FILE, entryIdOf, type CollectionName } from '../content-files.ts';
import { checkBodySafety } from './body-safety.ts';
import { parseYamlWithLines, splitFrontmatter } from './frontmatter.ts';
import { schemaProblems } from './schema-problems.ts';
import { sortProblems, type Problem } from './problem.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from '../entry-placeholders.ts';

/** A file's path from the project root (forward slashes) and its text. */
export type ContentFile = { path: string; text: string };

/** What the checker needs besides the files. */
export type CheckOptions = {
  /** "Now", for the future-date warning; passed in so checks stay repeatable. */
  now: Date;
  /** The folder MDX entries may import components from. */
  componentDir: string;
  /** Component files that exist (paths from the project root). */
  componentFiles: readonly string[];
};

/** The outcome of checking every content file. */
export type CheckResult = {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Ids of the events that will be published. */
  published: string[];
  /** Ids of the events left out as drafts. */
  drafts: string[];
  /** How many files were read, by collection. */
  counts: Record<CollectionName, number>;
};

type Parsed<T> = { id: string; file: string; data: T; lineOf: (path: readonly PropertyKey[]) => number; placeholderBodyLine?: number };

const SCHEMAS = { actors: actorSchema, categories: categorySchema, phases: phaseSchema } as const;

function collectionOf(path: string): CollectionName | undefined {
  return (Object.keys(CONTENT_DIRS) as CollectionName[]).find((name) => posix.dirname(path) === CONTENT_DIRS[name]);
}

/** Checks every content file and the references between them. Pure: give it the files' text. */
export async function checkContent(files: readonly ContentFile[], options: CheckOptions): Promise<CheckResult> {
  const problems: Problem[] = [];
  const error = (file: string, line: number | undefined, field: string, message: string) =>
    problems.push({ file, line, field, message, severity: 'error' });
  const warn = (file: string, line: number | undefined, field: string, message: string) =>
    problems.push({ file, line, field, message, severity: 'warning' });

  const counts: Record<CollectionName, number> = { events: 0, actors: 0, categories: 0, phases: 0 };
  const seen = new Map<string, string>(); // collection/id -> first file
  const events: Parsed<EventData>[] = [];
  const ids: Record<CollectionName, Set<string>> = { events: new Set(), actors: new Set(), categories: new Set(), phases: new Set() };
  const phases: Parsed<z.output<typeof phaseSchema>>[] = [];

  const story = files.find((file) => file.path === STORY_FILE);
  if (!story) {
    error(STORY_FILE, undefined, 'file', 'is missing (expected the story settings: title, dek, introduction, site, publisher)');
  } else {
    const yaml = parseYamlWithLines(story.text);
    if (!yaml.ok) error(story.path, yaml.line, '(yaml)', yaml.message);
    else {
      const result = storySchema.safeParse(yaml.data);
      if (!result.success) problems.push(...schemaProblems(result.error, story.path, yaml.lineOf));
    }
  }

  for (const file of files) {
    const collection = collectionOf(file.path);
    if (!collection) continue;
    const extension = posix.extname(file.path);
    if (!CONTENT_EXTENSIONS[collection].includes(extension)) {
      error(
        file.path,
        undefined,
        'file',
        `has the extension "${extension}" (expected ${CONTENT_EXTENSIONS[collection].join(' or ')}; other files are not read)`,
      );
      continue;
    }
    counts[collection] += 1;
    const id = entryIdOf(file.path);
    const key = `${collection}/${id}`;
    const first = seen.get(key);
    if (first) {
      error(file.path, undefined, 'file', `has the same id "${id}" as ${first} (expected one file per id; remove or rename one)`);
      continue;
    }
    seen.set(key, file.path);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      error(file.path, undefined, 'file', `name "${id}" is not a clean id (expected lowercase letters, digits and hyphens)`);
    }

    // An id exists even if its file has errors, so references to it do not cascade into more errors.
    ids[collection].add(id);
    if (collection === 'events') {
      const parsed = await checkEventFile(file, id, options, problems);
      if (parsed) events.push(parsed);
      continue;
    }
    const yaml = parseYamlWithLines(file.text);
    if (!yaml.ok) {
      error(file.path, yaml.line, '(yaml)', yaml.message);
      continue;
    }
    const result = SCHEMAS[collection].safeParse(yaml.data);
    if (!result.success) {
      problems.push(...schemaProblems(result.error, file.path, yaml.lineOf));
      continue;
    }
    if (collection === 'phases')
      phases.push({ id, file: file.path, data: result.data as z.output<typeof phaseSchema>, lineOf: yaml.lineOf });
  }

  const drafts = new Set(events.filter((event) => event.data.draft).map((event) => event.id));
  const today = calendarDateOf(options.now);
  for (const event of events) {
    const { data, file, lineOf } = event;
    if (!ids.categories.has(data.category)) {
      error(
        file,
        lineOf(['category']),
        'category',
        `"${data.category}" is not a category (expected one of: ${[...ids.categories].sort().join(', ') || 'none defined yet'}; or add src/content/categories/${data.category}.yaml)`,
      );
    }
    data.actors.forEach((actor, index) => {
      if (!ids.actors.has(actor)) {
        error(
          file,
          lineOf(['actors', index]),
          `actors.${index}`,
          `"${actor}" is not an actor (expected a file name from src/content/actors/, or add src/content/actors/${actor}.yaml)`,
        );
      }
    });
    data.related.forEach((related, index) => {
      if (related === event.id)
        error(file, lineOf(['related', index]), `related.${index}`, `points to the entry itself (expected another event's id)`);
      else if (!ids.events.has(related))
        error(
          file,
          lineOf(['related', index]),
          `related.${index}`,
          `"${related}" is not an event (expected a file name from src/content/events/ without extension)`,
        );
      else if (drafts.has(related) && !data.draft)
        error(
          file,
          lineOf(['related', index]),
          `related.${index}`,
          `"${related}" is a draft and will not be published (expected a published event)`,
        );
    });

    // Worth a reviewer's look, but not wrong.
    if (!isNotBefore(today, data.date))
      warn(file, lineOf(['date']), 'date', `${data.date.iso} is in the future (expected an event that has happened; check the year)`);
    if (data.sources.length === 1)
      warn(file, lineOf(['sources']), 'sources', 'has a single source (expected two or more independent sources where possible)');
    if (
      data.summary
        .trim()
        .toLowerCase()
        .replace(/[.!?]$/, '') ===
      data.title
        .trim()
        .toLowerCase()
        .replace(/[.!?]$/, '')
    ) {
      warn(file, lineOf(['summary']), 'summary', 'repeats the title (expected one or two sentences that add what, who and why)');
    }
    if (data.summary === PLACEHOLDER_SUMMARY)
      warn(file, lineOf(['summary']), 'summary', 'is still the text `npm run new` wrote (expected one or two sentences of your own)');
    if (event.placeholderBodyLine !== undefined)
      warn(
        file,
        event.placeholderBodyLine,
        'body',
        'still has the paragraph `npm run new` wrote (expected what happened, in your own words)',
      );
    data.sources.forEach((source, index) => {
      if (source.published && !isNotBefore(source.published, data.date)) {
        warn(
          file,
          lineOf(['sources', index, 'published']),
          `sources.${index}.published`,
          `${source.published.iso} is before the event (${data.date.iso}) (expected a source published on or after the event; check both dates)`,
        );
      }
    });
  }

  // Phases must not overlap, so every event belongs to at most one.
  const sortedPhases = phases.toSorted((a, b) => compareCalendarDates(a.data.start, b.data.start));
  for (let i = 1; i < sortedPhases.length; i++) {
    const previous = sortedPhases[i - 1]!;
    const phase = sortedPhases[i]!;
    if (!isNotBefore(phase.data.start, previous.data.end) || compareCalendarDates(phase.data.start, previous.data.end) === 0) {
      error(
        phase.file,
        phase.lineOf(['start']),
        'start',
        `${phase.data.start.iso} overlaps the phase "${previous.id}" ending ${previous.data.end.iso} (expected phases that do not overlap)`,
      );
    }
  }

  const sorted = sortProblems(problems);
  return {
    problems: sorted,
    errorCount: sorted.filter((problem) => problem.severity === 'error').length,
    warningCount: sorted.filter((problem) => problem.severity === 'warning').length,
    published: events
      .filter((event) => !event.data.draft)
      .map((event) => event.id)
      .sort(),
    drafts: [...drafts].sort(),
    counts,
  };
}

async function checkEventFile(
  file: ContentFile,
  id: string,
  options: CheckOptions,
  problems: Problem[],
): Promise<Parsed<EventData> | undefined> {
  const error = (line: number | undefined, field: string, message: string) =>
    problems.push({ file: file.path, line, field, message, severity: 'error' });
  const split = splitFrontmatter(file.text);
  if (!split.ok) {
    error(1, '(frontmatter)', split.message);
    return undefined;
  }
  const yaml = parseYamlWithLines(split.yaml, split.yamlFirstLine);
  if (!yaml.ok) {
    error(yaml.line, '(yaml)', yaml.message);
    return undefined;
  }
  const mdx = file.path.endsWith('.mdx');
  const fileDir = posix.dirname(file.path);
  problems.push(
    ...(await checkBodySafety(split.body, {
      file: file.path,
      firstLine: split.bodyFirstLine,
      mdx,
      allowedImportsHint: posix.relative(fileDir, options.componentDir),
      isAllowedImport: (specifier) => {
        const resolved = posix.normalize(posix.join(fileDir, specifier));
        return specifier.startsWith('.') && posix.dirname(resolved) === options.componentDir && options.componentFiles.includes(resolved);
      },
    })),
  );
  if (split.body.trim() === '') error(split.bodyFirstLine, 'body', 'is empty (expected at least a paragraph saying what happened)');

  const result = eventSchema.safeParse(yaml.data);
  if (!result.success) {
    problems.push(...schemaProblems(result.error, file.path, yaml.lineOf));
    return undefined;
  }
  const name = EVENT_ID_PATTERN.exec(id);
  if (!name) {
    error(
      undefined,
      'file',
      `name "${id}" does not start with the event's date (expected ${result.data.date.iso.slice(0, 10)}-short-slug)`,
    );
  } else if (name[1] !== result.data.date.iso.slice(0, 10)) {
    error(
      yaml.lineOf(['date']),
      'date',
      `${result.data.date.iso} does not match the file name's date ${name[1]} (expected the file to be named ${result.data.date.iso.slice(0, 10)}-${name[2]})`,
    );
  }
  const placeholderAt = split.body.split('\n').findIndex((line) => line.trim() === PLACEHOLDER_BODY);
  return {
    id,
    file: file.path,
    data: result.data,
    lineOf: yaml.lineOf,
    placeholderBodyLine: placeholderAt === -1 ? undefined : split.bodyFirstLine + placeholderAt,
  };
}
