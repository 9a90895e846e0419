/**
 * What `npm run new` decides, kept pure: reading each answer, the new file's path and its text.
 * Messages follow the checker's form: what is wrong, then what is expected in parentheses.
 */
import { parse, stringify } from 'yaml';
import { idSchema } from '../../schemas/common.ts';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { actorSchema, categorySchema } from '../../schemas/taxonomy.ts';
import type { ContentFile } from '../check/check-content.ts';
import { CONTENT_DIRS, entryIdOf } from '../content/files.ts';
import { DATE_FORMS, parseCalendarDate, type CalendarDate } from '../../schemas/calendar-date.ts';
import { closest } from '../check/suggest.ts';
import { slugify } from './slug.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from './placeholders.ts';

/** An answer read and accepted, or what is wrong with it (what is expected in parentheses) and how to fix it. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string; help?: string };

/** A category or actor a contributor can pick: its id, the name shown beside it, and other names it goes by. */
export type Choice = { id: string; name: string; aliases: string[] };

/** What is wrong with one answer or flag, for the report `npm run new` prints before writing nothing. */
export type AnswerProblem = { field: string; error: string; help?: string };

/** What a new entry's file is made from. */
export type NewEntry = Pick<EventData, 'title' | 'date' | 'timezone' | 'category' | 'actors'> & {
  /** The file name's words after the date ("guaido-declares-himself-president"). */
  slug: string;
};

const accept = <T>(value: T): Answer<T> => ({ ok: true, value });
const reject = <T>(error: string, help?: string): Answer<T> => (help ? { ok: false, error, help } : { ok: false, error });

/** The candidates `closest` compares a misspelt id with: each choice's id, name and aliases. */
const candidates = (choices: readonly Choice[]) => choices.map((choice) => ({ id: choice.id, names: [choice.name, ...choice.aliases] }));

/** The categories or actors of a project, with their names: categories in list order, actors by id. */
export function choicesOf(files: readonly ContentFile[], collection: 'categories' | 'actors'): Choice[] {
  const schema = collection === 'categories' ? categorySchema : actorSchema;
  const choices = files
    .filter((file) => file.path.startsWith(`${CONTENT_DIRS[collection]}/`) && file.path.endsWith('.yaml'))
    .map((file) => {
      let data: unknown;
      try {
        data = parse(file.text, { schema: 'core' });
      } catch {
        // A broken file is still a valid id; `npm run check` reports what is wrong with it.
      }
      const result = schema.safeParse(data);
      const order = result.success && 'order' in result.data ? result.data.order : categorySchema.shape.order.parse(undefined);
      const aliases = result.success && 'aliases' in result.data ? result.data.aliases : [];
      return { id: entryIdOf(file.path), name: result.success ? result.data.name : '', aliases, order };
    });
  return choices.toSorted((a, b) => a.order - b.order || a.id.localeCompare(b.id)).map(({ id, name, aliases }) => ({ id, name, aliases }));
}

/** Reads a headline: one line of text, at most 140 characters. */
export function readTitle(text: string): Answer<string> {
  const result = eventSchema.shape.title.safeParse(text.replace(/\s+/g, ' '));
  return result.success ? accept(result.data) : reject(result.error.issues[0]!.message);
}

/** The file name's slug: `override` when given (it must be an id), otherwise made from the title. */
export function readSlug(title: string, override?: string): Answer<string> {
  if (override !== undefined) {
    const result = idSchema.safeParse(override.trim());
    return result.success ? accept(result.data) : reject(result.error.issues[0]!.message);
  }
  const slug = slugify(title);
  return slug
    ? accept(slug)
    : reject(
        `"${title}" has no Latin letters or digits for the file name (expected a title with some, or the file name given as --slug short-name)`,
      );
}

/** Reads a date at any precision the schema accepts, refusing impossible ones ("2019-02-30"). */
export function readDate(text: string): Answer<CalendarDate> {
  if (text.trim() === '') return reject(`is empty (expected a date: ${DATE_FORMS})`);
  const parsed = parseCalendarDate(text);
  return 'error' in parsed ? reject(parsed.error) : accept(parsed);
}

/**
 * Reads the time zone of a date written with a time; a date without a time takes none. Without a
 * date (not known yet, or not valid), only the zone's name is checked.
 */
export function readTimezone(text: string, date?: CalendarDate): Answer<string> {
  if (date && date.precision !== 'minute')
    return reject('is set but the date has no time (expected a date like 2019-01-23T20:15, or no timezone)');
  if (text.trim() === '') return reject('is empty (expected an IANA zone such as "America/Caracas" for a date with a time)');
  const result = eventSchema.shape.timezone.unwrap().safeParse(text.trim());
  return result.success ? accept(result.data) : reject(result.error.issues[0]!.message);
}

/** Reads a category: one of the ids, or its number in the list shown; a near miss gets a did-you-mean. */
export function readCategory(text: string, categories: readonly Choice[]): Answer<string> {
  const answer = text.trim();
  const ids = categories.map((category) => category.id);
  if (ids.includes(answer)) return accept(answer);
  const expected = `expected one of: ${ids.join(', ')}`;
  if (/^\d+$/.test(answer)) {
    const number = Number(answer);
    if (number >= 1 && number <= ids.length) return accept(ids[number - 1]!);
    return reject(`${answer} is not a number in the list (expected 1 to ${ids.length}, or one of: ${ids.join(', ')})`);
  }
  if (answer === '') return reject(`is empty (${expected})`);
  const guess = closest(answer, candidates(categories));
  if (guess) return reject(`"${answer}" is not a category (${expected})`, `did you mean ${guess}?`);
  return idSchema.safeParse(answer).success
    ? reject(`"${answer}" is not a category (${expected})`, `if this is a new category, add ${CONTENT_DIRS.categories}/${answer}.yaml`)
    : reject(`"${answer}" is not a category (${expected})`);
}

/** Reads actor ids separated by commas; an empty answer means none. Near misses get a did-you-mean. */
export function readActors(text: string, actors: readonly Choice[]): Answer<string[]> {
  const answers = [
    ...new Set(
      text
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const ids = new Set(actors.map((actor) => actor.id));
  const unknown = answers.filter((id) => !ids.has(id));
  if (unknown.length === 0) return accept(answers);
  const names = unknown.map((id) => `"${id}"`).join(', ');
  const expected = `expected ids from ${CONTENT_DIRS.actors}/ separated by commas: ${[...ids].join(', ')}`;
  const guesses = new Map(unknown.map((id) => [id, closest(id, candidates(actors))]));
  const guessed = unknown.filter((id) => guesses.get(id));
  const unguessed = unknown.filter((id) => !guesses.get(id));
  const help = [
    guessed.length > 0 &&
      `did you mean ${guessed.map((id) => (unknown.length === 1 ? guesses.get(id) : `${guesses.get(id)} for "${id}"`)).join(', ')}?`,
    unguessed.length > 0 &&
      `${guessed.length > 0 ? 'If' : 'if'} ${unguessed.length === 1 ? `"${unguessed[0]}" is a new actor` : `${unguessed.map((id) => `"${id}"`).join(', ')} are new actors`}, add ${unguessed.map((id) => `${CONTENT_DIRS.actors}/${id}.yaml`).join(', ')}`,
  ]
    .filter(Boolean)
    .join(' ');
  return reject(`${names} ${unknown.length === 1 ? 'is not an actor' : 'are not actors'} (${expected})`, help);
}

/** The report of everything wrong with the answers: one line per problem, each help under it. */
export function formatAnswerProblems(problems: readonly AnswerProblem[]): string {
  return problems
    .flatMap((problem) => [`${problem.field}: ${problem.error}`, ...(problem.help ? [`  help: ${problem.help}`] : [])])
    .join('\n');
}

/** Where a new entry is written: `src/content/events/<date>-<slug>.md`, the date as in the checker's file-name rule. */
export function eventFilePath(entry: Pick<NewEntry, 'date' | 'slug'>): string {
  return `${CONTENT_DIRS.events}/${entry.date.iso.slice(0, 10)}-${entry.slug}.md`;
}

/** The event file that already has the new file's id, with either extension, if there is one. */
export function existingEventFile(files: readonly ContentFile[], path: string): string | undefined {
  const id = entryIdOf(path);
  return files.find((file) => file.path.startsWith(`${CONTENT_DIRS.events}/`) && entryIdOf(file.path) === id)?.path;
}

/**
 * The new file's text: every field a valid entry needs, with a summary and body to replace, and
 * one source whose empty publisher and address make `npm run check` fail until the contributor
 * fills them in. The source has no `title`: a headline is written only when it was seen.
 */
export function eventTemplate(entry: NewEntry): string {
  // N.B. Quoted by the YAML library whenever a plain title would read as something else
  // ("2019", "true", "Labour: a letter").
  const title = stringify(entry.title, { lineWidth: 0, schema: 'core' }).trimEnd();
  return [
    '---',
    `title: ${title}`,
    '# One or two neutral sentences (at most 300 characters): what happened, who acted, why it matters.',
    `summary: ${PLACEHOLDER_SUMMARY}`,
    `date: ${entry.date.iso}`,
    ...(entry.timezone ? [`timezone: ${entry.timezone}`] : []),
    `category: ${entry.category}`,
    `actors: [${entry.actors.join(', ')}]`,
    '# Optional fields (endDate, approximate, related, importance, image, draft, updates): see CONTRIBUTING.md.',
    '# Cite published sources, each copied exactly as published; `npm run check` fails until the',
    '# empty values below are filled in. Add an item (from "- publisher") for each further source.',
    '# Optional for each: `title:` (the headline, only if you saw it; without one the page shows',
    '# the publisher and date), `published:` (its date) and `archived:` (a web-archive address).',
    'sources:',
    '  - publisher: "" # who published it, such as Reuters or The Guardian',
    '    url: "" # the address, copied exactly',
    '---',
    '',
    PLACEHOLDER_BODY,
    '',
  ].join('\n');
}
