/**
 * Checks one content file on its own: how it is split, its YAML, its fields against the
 * collection's schema, and (for events) its body and file name. The same function serves the
 * content loader (build and dev) and `npm run check`.
 */
import type { z } from 'astro/zod';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { actorSchema, categorySchema, phaseSchema, storySchema } from '../../schemas/taxonomy.ts';
import { DATE_FIELDS } from '../../schemas/date-field.ts';
import { calendarDateOf, isNotBefore } from '../../schemas/calendar-date.ts';
import { COLLECTIONS, CONTENT_DIR, EVENT_ID_PATTERN, entryIdOf, translationIdOf, type LoadedCollection } from '../content/files.ts';
import {
  actorTranslationSchema,
  categoryTranslationSchema,
  eventTranslationSchema,
  phaseTranslationSchema,
  storyTranslationSchema,
} from '../../schemas/translation.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from '../scaffold/placeholders.ts';
import { checkMarkdownBody, checkMdxBody, problemCollector, type BodyContext } from './body-safety.ts';
import { checkEventMedia, type AssetStatus } from './media-files.ts';
import { splitEntry } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { fieldsOf, schemaProblems } from './schema-problems.ts';
import { readYaml, type Position } from './yaml.ts';

/** What a checked file is: one of the loader's collections, or the story settings (in a language). */
export type CheckedCollection = LoadedCollection | 'story' | 'storyTranslations';

/** The schema of each collection's files, and of the story settings. */
export const SCHEMAS = {
  events: eventSchema,
  actors: actorSchema,
  categories: categorySchema,
  phases: phaseSchema,
  eventTranslations: eventTranslationSchema,
  actorTranslations: actorTranslationSchema,
  categoryTranslations: categoryTranslationSchema,
  phaseTranslations: phaseTranslationSchema,
  story: storySchema,
  storyTranslations: storyTranslationSchema,
} as const;

/** Collections whose files are Markdown or MDX: frontmatter, then a body. */
const WITH_BODY = new Set<CheckedCollection>(['events', 'eventTranslations']);

/** A file's path from the project root (forward slashes) and its text. */
export type ContentFile = { path: string; text: string };

/** What checking one file needs besides the file. */
export type EntryContext = Omit<BodyContext, 'file'> & {
  /** "Now", for the future-date warning; passed in so checks stay repeatable. */
  now: Date;
  /** Whether this is a CI run: the placeholders `npm run new` writes are then errors, not warnings. */
  ci: boolean;
  /** Hosts whose https photos entries may show (the story's `imageHosts`). Default none. */
  imageHosts?: readonly string[];
  /** What is at a path beside an entry (relative to the project root); without it, photos are not looked for on disk. */
  assetStatus?: (path: string) => AssetStatus;
};

/** What the cross-file checks need of an entry, even when its fields have errors. */
export type EntryReferences = {
  category?: string;
  actors: readonly string[];
  related: readonly string[];
  draft: boolean;
};

/** One file, checked. `data` is set only when the file has no errors. */
export type CheckedEntry = {
  collection: CheckedCollection;
  id: string;
  file: string;
  problems: Problem[];
  /** The schema's output, when the file has no errors. */
  data?: unknown;
  /** Events: the body, trimmed, as Astro renders it. */
  body?: string;
  bodyFirstLine?: number;
  /** Events in Markdown: whether the body has raw HTML, so its rendering must be read in context. */
  hasHtml?: boolean;
  /** Where each field was written. */
  locate: (path: readonly PropertyKey[]) => Position;
  /** Where each field's value starts. */
  locateValue: (path: readonly PropertyKey[]) => Position;
  /** The ids an entry points to, read from its fields even if some are wrong. */
  references?: EntryReferences;
};

const nowhere = () => ({ line: 1, column: 1 });

/** Checks one file of a collection (or the story settings). Pure: give it the text. */
export async function checkEntryFile(collection: CheckedCollection, file: ContentFile, context: EntryContext): Promise<CheckedEntry> {
  const translated =
    collection === 'texts' ||
    collection === 'storyTranslations' ||
    (collection in COLLECTIONS && 'translates' in COLLECTIONS[collection as LoadedCollection]);
  const id =
    collection === 'story'
      ? 'story'
      : collection === 'texts' && !file.path.slice(`${CONTENT_DIR}/`.length).includes('/')
        ? 'about'
        : translated
          ? translationIdOf(file.path)
          : entryIdOf(file.path);
  const problems: Problem[] = [];
  const entry: CheckedEntry = { collection, id, file: file.path, problems, locate: nowhere, locateValue: nowhere };
  const error = (position: Partial<Position>, field: string, message: string, help?: string) =>
    problems.push({ file: file.path, ...position, field, message, help, severity: 'error' });
  const warn = (position: Partial<Position>, field: string, message: string, help?: string) =>
    problems.push({ file: file.path, ...position, field, message, help, severity: 'warning' });

  const name = entryIdOf(file.path);
  if (collection !== 'story' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    error(
      {},
      'file',
      `name "${name}" is not a clean id (expected lowercase letters, digits and hyphens)`,
      `rename it to ${slugLike(name)}`,
    );
  }
  if (collection === 'texts') return checkText(entry, file, context);

  let yamlText = file.text;
  let yamlFirstLine = 1;
  let split: Extract<ReturnType<typeof splitEntry>, { ok: true }> | undefined;
  if (WITH_BODY.has(collection)) {
    const result = splitEntry(file.text);
    if (!result.ok) {
      error(result.problem, '(frontmatter)', result.problem.message, result.problem.help);
      return entry;
    }
    split = result;
    yamlText = result.yaml;
    yamlFirstLine = result.yamlFirstLine;
  }
  const yaml = readYaml(yamlText, { firstLine: yamlFirstLine, dateKeys: DATE_FIELDS });
  if (!yaml.ok) {
    error(yaml.problem, '(yaml)', yaml.problem.message, yaml.problem.help);
    return entry;
  }
  entry.locate = yaml.locate;
  entry.locateValue = yaml.locateValue;
  if (collection === 'events') entry.references = referencesOf(yaml.data);

  const schema = SCHEMAS[collection] as z.ZodType;
  const parsed = schema.safeParse(yaml.data);
  if (!parsed.success) problems.push(...schemaProblems(parsed.error, file.path, yaml.locate, fieldsOf(schema), yaml.locateValue));

  if (split) {
    const report = problemCollector(file.path, problems);
    entry.body = split.body;
    entry.bodyFirstLine = split.bodyFirstLine;
    if (split.body === '') {
      error(
        { line: split.bodyFirstLine },
        'body',
        'is empty (expected at least a paragraph saying what happened)',
        'write what happened below the closing ---',
      );
    } else if (file.path.endsWith('.mdx')) {
      await checkMdxBody(split.compiled, { ...context, file: file.path }, report);
    } else {
      entry.hasHtml = checkMarkdownBody(split.body, split.bodyFirstLine, { ...context, file: file.path }, report).hasHtml;
    }
    const placeholderAt = split.body.split('\n').findIndex((line) => line.trim() === PLACEHOLDER_BODY);
    // A draft is never published, so its placeholders can wait; in CI, a published one cannot.
    const strict = context.ci && yaml.data.draft !== true;
    if (placeholderAt !== -1) {
      (strict ? error : warn)(
        { line: split.bodyFirstLine + placeholderAt, column: 1 },
        'body',
        'still has the paragraph `npm run new` wrote (expected what happened, in your own words)',
        'replace it with your own text',
      );
    }
    if (parsed.success && collection === 'events') {
      eventChecks(id, parsed.data as EventData, yaml.locateValue, context, error, warn);
      checkEventMedia(
        file.path,
        parsed.data as EventData,
        yaml.data,
        { contentDir: context.contentDir, imageHosts: context.imageHosts ?? [], assetStatus: context.assetStatus },
        (path, message, help, severity = 'error') =>
          (severity === 'error' ? error : warn)(yaml.locateValue(path), path.join('.'), message, help),
      );
    }
  }
  if (collection === 'story' && parsed.success) {
    const { site } = parsed.data as { site: string };
    if (/(^|\.)example\.(org|com|net)$|\.example$|\.test$|^localhost$/.test(new URL(site).hostname)) {
      warn(
        yaml.locateValue(['site']),
        'site',
        `"${site}" is an example address (expected the address the story will be published at)`,
        'set site to the address readers will use, starting with https://',
      );
    }
  }
  if (!problems.some((problem) => problem.severity === 'error') && parsed.success) entry.data = parsed.data;
  return entry;
}

function eventChecks(
  id: string,
  data: EventData,
  locate: (path: readonly PropertyKey[]) => Position,
  context: EntryContext,
  error: (position: Partial<Position>, field: string, message: string, help?: string) => void,
  warn: (position: Partial<Position>, field: string, message: string, help?: string) => void,
) {
  const name = EVENT_ID_PATTERN.exec(id);
  const written = data.date.iso.slice(0, 10);
  if (!name) {
    error(
      {},
      'file',
      `name "${id}" does not start with the event's date (expected ${written}-short-slug)`,
      `rename the file to ${written}-${slugLike(id)}`,
    );
  } else if (name[1] !== written) {
    error(
      locate(['date']),
      'date',
      `${data.date.iso} does not match the file name's date ${name[1]} (expected the file to be named ${written}-${name[2]})`,
      `rename the file to ${written}-${name[2]}, or correct the date`,
    );
  }
  if (data.summary === PLACEHOLDER_SUMMARY) {
    (context.ci && !data.draft ? error : warn)(
      locate(['summary']),
      'summary',
      'is still the text `npm run new` wrote (expected one or two sentences of your own)',
    );
  }
  // Worth a reviewer's look, but not wrong.
  if (!isNotBefore(calendarDateOf(context.now), data.date)) {
    warn(locate(['date']), 'date', `${data.date.iso} is in the future (expected an event that has happened; check the year)`);
  }
  // No date is ever guessed: without `published`, feeds and search engines get none for the entry.
  if (!data.published && !data.draft) {
    warn(
      {},
      'published',
      'is missing (expected the day the entry first went up, YYYY-MM-DD: without it, feeds and search engines show no date for it)',
      'add published: YYYY-MM-DD if you know the day it was first published; leave it out rather than guess',
    );
  }
  if (data.sources.length === 1) {
    warn(locate(['sources']), 'sources', 'has a single source (expected two or more independent sources where possible)');
  }
  const bare = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/[.!?]$/, '');
  if (bare(data.summary) === bare(data.title)) {
    warn(locate(['summary']), 'summary', 'repeats the title (expected one or two sentences that add what, who and why)');
  }
  data.sources.forEach((source, index) => {
    if (source.published && !isNotBefore(source.published, data.date)) {
      warn(
        locate(['sources', index, 'published']),
        `sources.${index}.published`,
        `${source.published.iso} is before the event (${data.date.iso}) (expected a source published on or after the event; check both dates)`,
      );
    }
  });
}

/** The story's prose (the about text): Markdown only, no frontmatter. */
function checkText(entry: CheckedEntry, file: ContentFile, context: EntryContext): CheckedEntry {
  if (/^\uFEFF?(---|\+\+\+)\s*$/m.test(file.text.split('\n', 1)[0] ?? '')) {
    entry.problems.push({
      file: file.path,
      line: 1,
      column: 1,
      field: '(frontmatter)',
      message: 'starts with a frontmatter block (expected only Markdown text: this file is the page’s prose)',
      severity: 'error',
    });
    return entry;
  }
  const leading = /^\s*/.exec(file.text)![0];
  entry.body = file.text.trim();
  entry.bodyFirstLine = leading.split('\n').length;
  if (entry.body === '') {
    entry.problems.push({ file: file.path, line: 1, field: 'body', message: 'is empty (expected the page’s text)', severity: 'error' });
    return entry;
  }
  entry.hasHtml = checkMarkdownBody(
    entry.body,
    entry.bodyFirstLine,
    { ...context, file: file.path },
    problemCollector(file.path, entry.problems),
  ).hasHtml;
  if (!entry.problems.some((problem) => problem.severity === 'error')) entry.data = {};
  return entry;
}

/** The ids an event names, read leniently from its raw fields. */
function referencesOf(raw: Record<string, unknown>): EntryReferences {
  const ids = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return {
    category: typeof raw.category === 'string' ? raw.category : undefined,
    actors: ids(raw.actors),
    related: ids(raw.related),
    draft: raw.draft === true,
  };
}

/** A file name made into an id, for suggestions. */
function slugLike(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'short-slug'
  );
}
