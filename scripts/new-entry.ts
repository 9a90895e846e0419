/**
 * `npm run new`: starts a new event file, `src/content/events/<date>-<slug>.md`.
 * Asks for the title, date, category and actors (or takes them from `--title --date --category
 * --actors`), refuses an impossible date, an unknown category or actor and an existing file,
 * then writes every field a valid entry needs and says what to do next.
 * Without a terminal, the answers are read one per line from standard input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readContentFiles } from '../src/lib/content/files.ts';
import { CONTENT_DIRS } from '../src/lib/content/files.ts';
import { DATE_FORMS } from '../src/schemas/calendar-date.ts';
import {
  choicesOf,
  eventFilePath,
  eventTemplate,
  existingEventFile,
  readActors,
  readCategory,
  readDate,
  readSlug,
  readTimezone,
  readTitle,
  type Answer,
  type Choice,
} from '../src/lib/scaffold/new-entry.ts';

const USAGE = `Usage: npm run new [-- --title "Headline" --date YYYY-MM-DD --category ID --actors id,id]
       [--timezone Area/City] [--slug short-name] [--root DIR]
Missing answers are asked for; without a terminal they are read one per line from standard input.`;

/** A reason not to write the file; printed as is, and the command exits with 1. */
class Refusal extends Error {}

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

function parseOptions() {
  try {
    return parseArgs({
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        timezone: { type: 'string' },
        category: { type: 'string' },
        actors: { type: 'string' },
        slug: { type: 'string' },
        root: { type: 'string', default: process.cwd() },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${USAGE}`);
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
  1. Fill in the source: title, publisher and url, copied exactly as published
     (two or more independent sources are best; add an item for each).
  2. Replace the summary and the body paragraph with what the sources report, in neutral words.
  3. Run "npm run check" and fix anything it reports.
  4. Preview with "npm run dev" (http://localhost:4321), or "npm start" for the built site with search.
  5. Commit the file and open a pull request; CONTRIBUTING.md explains the rest.`;

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
    throw new Refusal(
      `No categories found in ${join(root, CONTENT_DIRS.categories)} (expected a Cronista project: run this in its folder, or pass --root DIR)`,
    );
  }

  let input: ReturnType<typeof openInput> | undefined;
  /** The flag's value if given, otherwise the answer to a question; asked again in a terminal until it is acceptable. */
  const answer = async <T>(field: string, flag: string | undefined, prompt: string, read: (text: string) => Answer<T>): Promise<T> => {
    if (flag !== undefined) {
      const result = read(flag);
      if (!result.ok) throw new Refusal(`${field}: ${result.error}`);
      return result.value;
    }
    input ??= openInput();
    for (;;) {
      const text = await input.ask(prompt);
      if (text === undefined) throw new Refusal(`${field}: no answer, the input ended (expected one answer per line, or --${field})`);
      const result = read(text);
      if (result.ok) return result.value;
      if (!input.interactive) throw new Refusal(`${field}: ${result.error}`);
      console.error(`${field}: ${result.error}`);
    }
  };

  try {
    const title = await answer('title', options.title, 'Title (a short neutral headline): ', (text) => {
      // The title must also give a file name, unless --slug names the file.
      const headline = readTitle(text);
      if (!headline.ok || options.slug !== undefined) return headline;
      const slug = readSlug(headline.value);
      return slug.ok ? headline : slug;
    });
    const slug = readSlug(title, options.slug);
    if (!slug.ok) throw new Refusal(`slug: ${slug.error}`);
    const date = await answer('date', options.date, `Date (${DATE_FORMS}; the local date where it happened): `, readDate);
    const timezone =
      date.precision === 'minute' || options.timezone !== undefined
        ? await answer('timezone', options.timezone, 'Time zone of that time (an IANA name such as America/Caracas): ', (text) =>
            readTimezone(text, date),
          )
        : undefined;

    const path = eventFilePath({ date, slug: slug.value });
    const existing = existingEventFile(files, path);
    if (existing) throw new Refusal(existingMessage(existing));

    if (options.category === undefined) process.stdout.write(choiceLines('Categories:', categories, true));
    const category = await answer('category', options.category, 'Category (id or number): ', (text) => readCategory(text, categories));
    if (options.actors === undefined && actors.length > 0) process.stdout.write(choiceLines('Actors:', actors, false));
    const chosenActors = await answer('actors', options.actors, 'Actors (ids separated by commas; empty for none): ', (text) =>
      readActors(text, actors),
    );

    try {
      // A new story may have no events folder yet.
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), eventTemplate({ title, slug: slug.value, date, timezone, category, actors: chosenActors }), {
        flag: 'wx',
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Refusal(existingMessage(path));
      throw error;
    }
    console.log(NEXT_STEPS(path));
  } finally {
    input?.close();
  }
}

function existingMessage(existing: string): string {
  return `${existing} already exists; nothing was written (expected a new entry: edit that file to correct it, or choose another title or --slug)`;
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
