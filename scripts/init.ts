/**
 * `npm run init`: starts a newsroom's own story in this project. Moves the demo story out of the
 * published content into `examples/venezuela-2019/` (still built and tested; `npm run example`
 * serves it), then writes `src/content/`: the story settings, a few categories in the story's
 * language, the about page's text and one draft entry to copy.
 *
 *   npm run init -- --title "…" --language es --site https://news.example.org [--publisher "…"]
 *                   [--repository https://github.com/org/repo] [--base /timeline/] [--yes]
 *
 * On a terminal it asks for what the flags leave out; with --yes (or no terminal) it uses the
 * flags and defaults and asks nothing. It refuses to run over a story that has its own entries.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { storySchema } from '../src/schemas/taxonomy.ts';
import { starterFiles, starterFor, type StoryOptions } from '../src/lib/scaffold/starter.ts';

/** Where the demo story goes once a newsroom starts its own. */
export const EXAMPLE_DIR = 'examples/venezuela-2019';
const CONTENT = 'src/content';

const USAGE = `Usage: npm run init -- --title "Story title" --language en-GB --site https://news.example.org
       [--publisher "Newsroom"] [--repository https://github.com/org/repo] [--base /timeline/] [--yes] [--root DIR]
--language takes one tag (en-GB, es, pt-BR…) or a comma-separated list; the first is the default edition.`;

class Refusal extends Error {}

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    language: { type: 'string' },
    site: { type: 'string' },
    publisher: { type: 'string' },
    repository: { type: 'string' },
    base: { type: 'string' },
    yes: { type: 'boolean', short: 'y', default: false },
    root: { type: 'string', default: process.cwd() },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** Entries of the story in `src/content/events`, drafts included, that the newsroom wrote. */
async function ownEntries(root: string): Promise<string[]> {
  const files = await readdir(join(root, CONTENT, 'events')).catch(() => []);
  return files.filter((file) => /\.mdx?$/.test(file) && !file.endsWith('-example-entry.md'));
}

async function main() {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const root = resolve(values.root);
  const demoMoved = existsSync(join(root, EXAMPLE_DIR));
  if (demoMoved && (await ownEntries(root)).length > 0) {
    throw new Refusal(
      `${CONTENT}/ already holds a story with its own entries (${(await ownEntries(root)).length}), and the demo is in ${EXAMPLE_DIR}/.\n` +
        `Nothing was changed. To start again, move ${CONTENT}/ somewhere safe first.`,
    );
  }

  // On a terminal, ask for what the flags leave out; otherwise use the flags and defaults.
  const interactive = process.stdin.isTTY === true && !values.yes;
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (question: string, given: string | undefined, fallback?: string) => {
    if (given !== undefined || !rl) return given ?? fallback;
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || fallback;
  };
  const title = await ask('Title of the story', values.title);
  const language = await ask('Language (a tag such as en-GB, es, pt-BR; several separated by commas)', values.language, 'en-GB');
  const site = await ask('Address it will be published at', values.site);
  const publisher = await ask('Publisher (newsroom or team)', values.publisher, site ? safeHost(site) : undefined);
  const repository = await ask('Repository for "Edit this entry" links (optional)', values.repository, '');
  const base = await ask('Path under the address (/ or /timeline/)', values.base, '/');
  rl?.close();

  const options: StoryOptions = {
    title: title ?? '',
    languages: (language ?? 'en-GB')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    site: (site ?? '').replace(/\/+$/, ''),
    publisher: publisher ?? '',
    base: base && base !== '/' ? `/${base.replace(/^\/+|\/+$/g, '')}/` : undefined,
    repository: repository || undefined,
  };
  // Every problem with the answers at once, in the checker's words.
  const checked = storySchema.safeParse({
    title: options.title,
    dek: 'x',
    introduction: 'x',
    language: options.languages,
    site: options.site,
    publisher: options.publisher,
    ...(options.base ? { base: options.base } : {}),
    ...(options.repository ? { repository: options.repository } : {}),
  });
  if (!checked.success) {
    const flag = (path: PropertyKey[]) =>
      ({ language: '--language', site: '--site', publisher: '--publisher', base: '--base', repository: '--repository', title: '--title' })[
        String(path[0])
      ] ?? String(path[0]);
    throw new Refusal(`${checked.error.issues.map((issue) => `${flag(issue.path)}: ${issue.message}`).join('\n')}\n\n${USAGE}`);
  }

  if (!demoMoved) {
    await mkdir(dirname(join(root, EXAMPLE_DIR)), { recursive: true });
    await rename(join(root, CONTENT), join(root, EXAMPLE_DIR));
  }
  const today = new Date().toISOString().slice(0, 10);
  for (const [path, text] of Object.entries(starterFiles(options, today))) {
    await mkdir(dirname(join(root, CONTENT, path)), { recursive: true });
    await writeFile(join(root, CONTENT, path), text);
  }
  for (const folder of ['actors', 'phases']) await mkdir(join(root, CONTENT, folder), { recursive: true });

  const { inLanguage } = starterFor(options.languages[0]!);
  console.log(`Started "${options.title}" in ${CONTENT}/.
${demoMoved ? '' : `The demo story moved to ${EXAMPLE_DIR}/ ("npm run example" builds and serves it).\n`}${
    inLanguage
      ? ''
      : `There are no starter texts in ${options.languages[0]} yet: the categories and about text are in English; translate them.\n`
  }
Next:
  1. Edit ${CONTENT}/story.yaml (dek, introduction) and ${CONTENT}/about.md.
  2. Add events: "npm run new", or copy ${CONTENT}/events/${today}-example-entry.md (a draft, never published).
  3. Run "npm run check", preview with "npm run dev", publish with "npm run build" (see README, "Start your own timeline").

To undo: delete ${CONTENT}/ and move ${EXAMPLE_DIR}/ back to ${CONTENT}/
  (or, in a git checkout: git checkout -- ${CONTENT} && git clean -fd ${CONTENT} examples).`);
}

function safeHost(site: string): string | undefined {
  try {
    return new URL(site).hostname;
  } catch {
    return undefined;
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
