/**
 * `npm run new`: starts a new event file, `src/content/events/<date>-<slug>.md`.
 * Takes the title, date, category and actors as flags (`--title --date --category --actors`),
 * checks every flag at once and reports all that is wrong, then asks only for what is required and
 * still missing (the actors are optional: with flags they default to none). Without flags it asks
 * every question; without a terminal the answers are read one per line from standard input, and an
 * optional question the input does not answer takes its default. It refuses an existing file,
 * writes every field a valid entry needs, and says what to do next.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { closest } from '../src/lib/check/suggest.ts';
import { CONTENT_DIRS, readContentFiles } from '../src/lib/content/files.ts';
import { DATE_FORMS } from '../src/schemas/calendar-date.ts';
import {
  choicesOf,
  eventFilePath,
  eventTemplate,
  existingEventFile,
  formatAnswerProblems,
  readActors,
  readCategory,
  readDate,
  readSlug,
  readTimezone,
  readTitle,
  type Answer,
  type AnswerProblem,
  type Choice,
} from '../src/lib/scaffold/new-entry.ts';

const USAGE = `Usage: npm run new [-- --title "Headline" --date YYYY-MM-DD --category ID [--actors id,id]]
       [--timezone Area/City] [--slug short-name] [--root DIR]
Required answers missing from the flags are asked for (without a terminal, read one per line from
standard input); the actors are optional and, with flags, default to none.`;

const OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  timezone: { type: 'string' },
  category: { type: 'string' },
  actors: { type: 'string' },
  slug: { type: 'string' },
  root: { type: 'string', default: process.cwd() },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The flags that answer a question; giving any of them means "take my answers from the flags". */
const ANSWER_FLAGS = ['title', 'date', 'timezone', 'category', 'actors', 'slug'] as const;

/** Reasons not to write the file; printed with their help, and the command exits with 1. */
class Refusal extends Error {
  /** What is wrong, each with its help. */
  readonly problems: AnswerProblem[];
  /** Printed after the problems (the usage, for a misused command line). */
  readonly after: string;
  constructor(problems: AnswerProblem[], after = '') {
    super(formatAnswerProblems(problems));
    this.problems = problems;
    this.after = after;
  }
}

/** Asks one question and returns the answer, or `undefined` once the input has ended. */
type Ask = (prompt: string) => Promise<string | undefined>;

function openInput(): { ask: Ask; interactive: boolean; close: () => void } {
  const interactive = process.stdin.isTTY === true;
  if (interactive) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const ended = new Promise<undefined>((done) => rl.once('close', () => done(undefined)));
    rl.on('SIGINT', () => {
      process.stdout.write('\nStopped; nothing was written.\n');
      process.exit(130);
    });
    const ask: Ask = async (prompt) => {
      const text = await Promise.race([rl.question(prompt), ended]);
      if (text === undefined) process.stdout.write('\n');
      return text;
    };
    return { ask, interactive, close: () => rl.close() };
  }
  // N.B. `rl.question` drops lines that arrive before it is called, as piped input does;
  // the line iterator keeps them until asked for.
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  return {
    ask: async (prompt) => {
      process.stdout.write(prompt);
      const next = await lines.next();
      // Echo the answer so a scripted session reads like a terminal one.
      process.stdout.write(next.done ? '\n' : `${next.value}\n`);
      return next.done ? undefined : next.value;
    },
    interactive,
    close: () => rl.close(),
  };
}

/** The command line's options; every unknown option is reported at once, with a did-you-mean. */
function parseOptions() {
  const known = Object.keys(OPTIONS);
  const { tokens } = parseArgs({ options: OPTIONS, strict: false, tokens: true });
  const unknown = tokens.flatMap((token) => (token.kind === 'option' && !known.includes(token.name) ? [token] : []));
  if (unknown.length > 0) {
    const expected = `expected ${known.map((name) => `--${name}`).join(', ')}`;
    throw new Refusal(
      unknown.map((token) => {
        const guess = closest(
          token.name,
          known.map((id) => ({ id })),
        );
        return { field: token.rawName, error: `is not an option (${expected})`, help: guess ? `did you mean --${guess}?` : undefined };
      }),
      USAGE,
    );
  }
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    throw new Refusal([{ field: 'options', error: (error as Error).message }], USAGE);
  }
}

/** Lines listing choices as `id  Name`, ids aligned; numbered when a number may be typed instead. */
function choiceLines(heading: string, choices: readonly Choice[], numbered: boolean): string {
  const width = Math.max(...choices.map((choice) => choice.id.length));
  const lines = choices.map((choice, index) =>
    `  ${numbered ? `${String(index + 1).padStart(2)}. ` : ''}${choice.id.padEnd(width)}  ${choice.name}`.trimEnd(),
  );
  return `\n${heading}\n${lines.join('\n')}\n`;
}

const NEXT_STEPS = (path: string) => `
Created ${path}

Next:
  1. Fill in the source: publisher and url, copied exactly as published, and title only if you
     saw the headline (two or more independent sources are best; add an item for each).
  2. Replace the summary and the body paragraph with what the sources report, in neutral words.
     Until you do, "npm run check" warns about them here and fails on them in CI (CI=true).
  3. Run "npm run check" and fix anything it reports.
  4. Preview with "npm run dev" (http://localhost:4321), or "npm start" for the built site with search.
  5. Commit the file and open a pull request; CONTRIBUTING.md explains the rest.`;

/** A headline that also gives a file name, unless `--slug` names the file. */
const readHeadline = (slugOption: string | undefined) => (text: string) => {
  const headline = readTitle(text);
  if (!headline.ok || slugOption !== undefined) return headline;
  const slug = readSlug(headline.value);
  return slug.ok ? headline : slug;
};

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const root = resolve(options.root);
  const { files } = await readContentFiles(root);
  const categories = choicesOf(files, 'categories');
  const actors = choicesOf(files, 'actors');
  if (categories.length === 0) {
    throw new Refusal([
      {
        field: 'root',
        error: `no categories found in ${join(root, CONTENT_DIRS.categories)} (expected a Cronista project: run this in its folder, or pass --root DIR)`,
      },
    ]);
  }

  // Every flag given is checked before anything is asked, and everything wrong is reported at once.
  const problems: AnswerProblem[] = [];
  const fromFlag = <T>(field: string, flag: string | undefined, read: (text: string) => Answer<T>): T | undefined => {
    if (flag === undefined) return undefined;
    const result = read(flag);
    if (result.ok) return result.value;
    problems.push({ field, error: result.error, help: result.help });
    return undefined;
  };
  const slugFlag = fromFlag('slug', options.slug, (text) => readSlug('', text));
  const titleFlag = fromFlag('title', options.title, readHeadline(options.slug));
  const dateFlag = fromFlag('date', options.date, readDate);
  fromFlag('timezone', options.timezone, (text) => readTimezone(text, dateFlag));
  const categoryFlag = fromFlag('category', options.category, (text) => readCategory(text, categories));
  const actorsFlag = fromFlag('actors', options.actors, (text) => readActors(text, actors));
  // With --slug the file name is the slug; otherwise an accepted title is known to give one.
  const slugGiven = options.slug !== undefined ? slugFlag : titleFlag !== undefined ? slugOf(titleFlag) : undefined;
  if (slugGiven !== undefined && dateFlag) {
    const found = existingEventFile(files, eventFilePath({ date: dateFlag, slug: slugGiven }));
    if (found) problems.push(existingProblem(found));
  }
  if (problems.length > 0) throw new Refusal(problems);

  const withFlags = ANSWER_FLAGS.some((flag) => options[flag] !== undefined);
  let input: ReturnType<typeof openInput> | undefined;
  /**
   * Asks for an answer, again in a terminal until it is acceptable. An optional question the input
   * does not answer (it has ended) takes `fallback`.
   */
  const ask = async <T>(field: string, prompt: string, read: (text: string) => Answer<T>, fallback?: { value: T }): Promise<T> => {
    input ??= openInput();
    for (;;) {
      const text = await input.ask(prompt);
      if (text === undefined) {
        if (fallback) return fallback.value;
        throw new Refusal([{ field, error: `no answer, the input ended (expected one answer per line, or --${field})` }]);
      }
      const result = read(text);
      if (result.ok) return result.value;
      if (!input.interactive) throw new Refusal([{ field, error: result.error, help: result.help }]);
      console.error(formatAnswerProblems([{ field, error: result.error, help: result.help }]));
    }
  };

  try {
    const title = titleFlag ?? (await ask('title', 'Title (a short neutral headline): ', readHeadline(options.slug)));
    const slug = slugFlag ?? slugOf(title);
    const date = dateFlag ?? (await ask('date', `Date (${DATE_FORMS}; the local date where it happened): `, readDate));
    // A time needs its zone, so the zone is never optional once there is a time.
    const timezone =
      options.timezone !== undefined
        ? fromFlagOrRefuse('timezone', options.timezone, (text) => readTimezone(text, date))
        : date.precision === 'minute'
          ? await ask('timezone', 'Time zone of that time (an IANA name such as America/Caracas): ', (text) => readTimezone(text, date))
          : undefined;

    const path = eventFilePath({ date, slug });
    const found = existingEventFile(files, path);
    if (found) throw new Refusal([existingProblem(found)]);

    let category = categoryFlag;
    if (category === undefined) {
      process.stdout.write(choiceLines('Categories:', categories, true));
      category = await ask('category', 'Category (id or number): ', (text) => readCategory(text, categories));
    }
    let chosenActors = actorsFlag;
    // Optional: asked only when no flags were given; with flags, none.
    if (chosenActors === undefined && !withFlags && actors.length > 0) {
      process.stdout.write(choiceLines('Actors:', actors, false));
      chosenActors = await ask('actors', 'Actors (ids separated by commas; empty for none): ', (text) => readActors(text, actors), {
        value: [],
      });
    }

    try {
      // A new story may have no events folder yet.
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), eventTemplate({ title, slug, date, timezone, category, actors: chosenActors ?? [] }), {
        flag: 'wx',
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Refusal([existingProblem(path)]);
      throw error;
    }
    console.log(NEXT_STEPS(path));
  } finally {
    input?.close();
  }
}

/** The file name's slug made from an accepted title (the title was read to make sure it gives one). */
function slugOf(title: string): string {
  const slug = readSlug(title);
  if (!slug.ok) throw new Refusal([{ field: 'title', error: slug.error }]);
  return slug.value;
}

/** A flag checked on its own, after an answer it depends on was asked for. */
function fromFlagOrRefuse<T>(field: string, flag: string, read: (text: string) => Answer<T>): T {
  const result = read(flag);
  if (!result.ok) throw new Refusal([{ field, error: result.error, help: result.help }]);
  return result.value;
}

function existingProblem(existing: string): AnswerProblem {
  return {
    field: 'file',
    error: `${existing} already exists (expected a new entry)`,
    help: 'edit that file to correct it, or choose another title or --slug',
  };
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`${error.message}\n\nNothing was written.${error.after ? `\n\n${error.after}` : ''}`);
  process.exitCode = 1;
}
