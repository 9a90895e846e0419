import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { splitEntry } from '../../src/lib/check/frontmatter.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { CONTENT_DIR, MDX_COMPONENT_DIR, readContentFiles } from '../../src/lib/content/files.ts';
import { parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import {
  choicesOf,
  eventTemplate,
  formatAnswerProblems,
  readActors,
  readCategory,
  readDate,
  readSlug,
  readTimezone,
  readTitle,
} from '../../src/lib/scaffold/new-entry.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

/** The small valid fixture project the scaffold writes into. */
const FIXTURE_ROOT = join(PROJECT_ROOT, 'tests/fixtures/minimal');
const fixtureFiles = async () => (await readContentFiles(FIXTURE_ROOT)).files;

/**
 * Checks a project as `npm run check` does (with CI=true when `ci`), returning its formatted
 * error and warning lines.
 */
async function check(root: string, { ci = false } = {}) {
  const result = await checkContent((await readContentFiles(root)).files, {
    now: new Date('2026-01-01T00:00:00Z'),
    ci,
    contentDir: CONTENT_DIR,
    componentDir: MDX_COMPONENT_DIR,
    componentFiles: [`${MDX_COMPONENT_DIR}/PullQuote.astro`],
  });
  const lines = (severity: 'error' | 'warning') => result.problems.filter((problem) => problem.severity === severity).map(formatProblem);
  return { result, errors: lines('error'), warnings: lines('warning') };
}

/** What `npm run new` prints when it refuses: every problem, then that nothing was written. */
const refusal = (...lines: string[]) => `${lines.join('\n')}\n\nNothing was written.\n`;

const SCRIPT = join(PROJECT_ROOT, 'scripts/new-entry.ts');
const EVENTS = 'src/content/events';

/**
 * Runs `scripts/new-entry.ts` as `npm run new` would, with `input` piped to standard input
 * (so it is not a terminal), and collects what it printed on each stream.
 * N.B. Without Vitest's own variables (VITEST*, NODE_ENV, MODE…), as a contributor's shell has none.
 */
function newEntry(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const runner = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'FORCE_TTY', 'CI']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !runner.has(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: PROJECT_ROOT, env: { ...env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
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
  5. Commit the file and open a pull request; CONTRIBUTING.md explains the rest.
`;

const GUAIDO = `${EVENTS}/2019-01-23-guaido-declares-himself-president.md`;

const GUAIDO_TEXT = `---
title: Guaidó declares himself president!
# One or two neutral sentences (at most 300 characters): what happened, who acted, why it matters.
summary: Replace this with one or two sentences on what happened, who acted and why it matters.
date: 2019-01-23
category: court
actors: [ana-perez, high-court]
# Optional fields (endDate, approximate, related, importance, image, draft, updates): see CONTRIBUTING.md.
# Cite published sources, each copied exactly as published; \`npm run check\` fails until the
# empty values below are filled in. Add an item (from "- publisher") for each further source.
# Optional for each: \`title:\` (the headline, only if you saw it; without one the page shows
# the publisher and date), \`published:\` (its date) and \`archived:\` (a web-archive address).
sources:
  - publisher: "" # who published it, such as Reuters or The Guardian
    url: "" # the address, copied exactly
---

Replace this paragraph with what happened, in neutral words, keeping to what the sources report. Attribute every quotation to the person who said it.
`;

const FLAGS = [
  '--title',
  'Guaidó declares himself president!',
  '--date',
  '2019-01-23',
  '--category',
  'court',
  '--actors',
  'ana-perez, high-court',
];

let root: string;
const eventFiles = () => readdir(join(root, EVENTS));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cronista-new-'));
  await cp(join(FIXTURE_ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('npm run new, driven by flags', () => {
  it('writes the entry, prints its path and the next steps, and asks nothing', async () => {
    const { code, stdout, stderr } = await newEntry([...FLAGS, '--root', root]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(NEXT_STEPS(GUAIDO));
    expect(await readFile(join(root, GUAIDO), 'utf8')).toBe(GUAIDO_TEXT);
  });

  it('asks nothing optional: with --title, --date and --category and no terminal, the entry has no actors', async () => {
    const { code, stdout, stderr } = await newEntry(['--root', root, ...FLAGS.slice(0, 6)]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(NEXT_STEPS(GUAIDO));
    expect((await readFile(join(root, GUAIDO), 'utf8')).split('\n')[6]).toBe('actors: []');
  });

  it('writes a source with no title, so no headline is made up; its empty publisher and address fail the check', async () => {
    await newEntry([...FLAGS, '--root', root]);
    const split = splitEntry(await readFile(join(root, GUAIDO), 'utf8'));
    if (!split.ok) throw new Error(split.problem.message);
    expect(parse(split.yaml, { schema: 'core' }).sources).toEqual([{ publisher: '', url: '' }]);
    const written = await check(root);
    expect(written.errors).toEqual([
      `${GUAIDO}:14:16  sources.0.publisher: is empty (expected the publisher’s name)`,
      `${GUAIDO}:15:10  sources.0.url: "" is not a web address (expected the address of the source starting with http:// or https://)`,
    ]);
  });

  it('once the source is filled in, its placeholders are warnings locally and errors in CI, as it says', async () => {
    const { stdout } = await newEntry([...FLAGS, '--root', root]);
    expect(stdout).toContain('Until you do, "npm run check" warns about them here and fails on them in CI (CI=true).');
    const path = join(root, GUAIDO);
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      text.replace(/publisher: "".*/, 'publisher: Example Times').replace(/url: "".*/, 'url: https://example.com/guaido'),
    );
    const placeholders = [
      `${GUAIDO}:4:10  summary: is still the text \`npm run new\` wrote (expected one or two sentences of your own)`,
      `${GUAIDO}:18:1  body: still has the paragraph \`npm run new\` wrote (expected what happened, in your own words)`,
    ];
    const local = await check(root);
    expect(local.errors).toEqual([]);
    expect(local.result.published).toContain('2019-01-23-guaido-declares-himself-president');
    expect(local.warnings.filter((line) => line.startsWith(GUAIDO))).toEqual([
      `${GUAIDO}  published: is missing (expected the day the entry first went up, YYYY-MM-DD: without it, feeds and search engines show no date for it)`,
      placeholders[0],
      `${GUAIDO}:13:1  sources: has a single source (expected two or more independent sources where possible)`,
      placeholders[1],
    ]);
    const ci = await check(root, { ci: true });
    expect(ci.errors).toEqual(placeholders);
  });
});

describe('npm run new in a new story', () => {
  it('creates the events folder for the first entry', async () => {
    await rm(join(root, EVENTS), { recursive: true });
    const { code, stdout } = await newEntry([...FLAGS, '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toBe(NEXT_STEPS(GUAIDO));
    expect(await eventFiles()).toEqual(['2019-01-23-guaido-declares-himself-president.md']);
  });
});

describe('npm run new, answering questions read line by line from standard input', () => {
  it('lists the categories and actors, echoes each answer and writes the entry', async () => {
    const answers = [
      'Court rules on the "big" case: part 2',
      '2019-02-10T09:30',
      'America/Caracas',
      '2',
      'high-court,ana-perez, high-court',
      '',
    ];
    const { code, stdout, stderr } = await newEntry(['--root', root], answers.join('\n'));
    const path = `${EVENTS}/2019-02-10-court-rules-on-the-big-case-part-2.md`;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        'Title (a short neutral headline): Court rules on the "big" case: part 2',
        'Date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm; the local date where it happened): 2019-02-10T09:30',
        'Time zone of that time (an IANA name such as America/Caracas): America/Caracas',
        '',
        'Categories:',
        '   1. court      Court rulings',
        '   2. defection  Defections',
        'Category (id or number): 2',
        '',
        'Actors:',
        '  ana-perez   Ana Pérez',
        '  high-court  High Court',
        'Actors (ids separated by commas; empty for none): high-court,ana-perez, high-court',
        NEXT_STEPS(path),
      ].join('\n'),
    );
    const text = await readFile(join(root, path), 'utf8');
    expect(text.split('\n').slice(0, 8)).toEqual([
      '---',
      `title: 'Court rules on the "big" case: part 2'`,
      '# One or two neutral sentences (at most 300 characters): what happened, who acted, why it matters.',
      'summary: Replace this with one or two sentences on what happened, who acted and why it matters.',
      'date: 2019-02-10T09:30',
      'timezone: America/Caracas',
      'category: defection',
      'actors: [high-court, ana-perez]',
    ]);
    const { errors } = await check(root);
    expect(errors.filter((line) => !line.includes('  sources.0.'))).toEqual([]);
  });

  it('gives an optional question the input leaves unanswered its default: no actors', async () => {
    const { code, stderr } = await newEntry(['--root', root], 'A ruling\n2019-02-10\n1\n');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(await readFile(join(root, EVENTS, '2019-02-10-a-ruling.md'), 'utf8')).toContain('\ncategory: court\nactors: []\n');
  });

  it('stops at the first unacceptable answer, saying what was expected, and writes nothing', async () => {
    const { code, stdout, stderr } = await newEntry(['--root', root], 'A ruling\n2019-02-30\ncourt\n\n');
    expect(code).toBe(1);
    expect(stderr).toBe(refusal('date: "2019-02-30" is not a real date: February 2019 has 28 days'));
    expect(stdout).toBe(
      'Title (a short neutral headline): A ruling\nDate (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm; the local date where it happened): 2019-02-30\n',
    );
    expect(await eventFiles()).toEqual(
      (await fixtureFiles()).filter((file) => file.path.startsWith(EVENTS)).map((file) => file.path.slice(EVENTS.length + 1)),
    );
  });

  it('stops when the input ends before every question is answered', async () => {
    const { code, stderr } = await newEntry(['--root', root, '--title', 'A ruling'], '2019-02-10\n');
    expect(code).toBe(1);
    expect(stderr).toBe(refusal('category: no answer, the input ended (expected one answer per line, or --category)'));
    expect(await eventFiles()).not.toContain('2019-02-10-a-ruling.md');
  });
});

describe('npm run new refuses, with exit code 1 and nothing written', () => {
  it('reports every problem with the flags at once, each with what is expected and a did-you-mean', async () => {
    const result = await newEntry([
      '--root',
      root,
      '--title',
      ' ',
      '--date',
      '2019-02-30',
      '--timezone',
      'Caracas',
      '--category',
      'Defections',
      '--actors',
      'ana-peres, hihg-court, nobody',
    ]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: refusal(
        'title: is empty (expected a short headline)',
        'date: "2019-02-30" is not a real date: February 2019 has 28 days',
        'timezone: "Caracas" is not an IANA time zone (expected a name like "America/Caracas")',
        'category: "Defections" is not a category (expected one of: court, defection)',
        '  help: did you mean defection?',
        'actors: "ana-peres", "hihg-court", "nobody" are not actors (expected ids from src/content/actors/ separated by commas: ana-perez, high-court)',
        '  help: did you mean ana-perez for "ana-peres", high-court for "hihg-court"? If "nobody" is a new actor, add src/content/actors/nobody.yaml',
      ),
    });
    expect(await eventFiles()).toEqual(
      (await fixtureFiles()).filter((file) => file.path.startsWith(EVENTS)).map((file) => file.path.slice(EVENTS.length + 1)),
    );
  });

  it('an entry that already exists, whatever its extension', async () => {
    const before = await readFile(join(root, EVENTS, '2019-02-02-judge-speaks.md'), 'utf8');
    const md = await newEntry(['--root', root, '--title', 'Judge speaks', '--date', '2019-02-02', '--category', 'court']);
    expect(md).toEqual({
      code: 1,
      stdout: '',
      stderr: refusal(
        'file: src/content/events/2019-02-02-judge-speaks.md already exists (expected a new entry)',
        '  help: edit that file to correct it, or choose another title or --slug',
      ),
    });
    expect(await readFile(join(root, EVENTS, '2019-02-02-judge-speaks.md'), 'utf8')).toBe(before);

    const mdx = await newEntry([
      '--root',
      root,
      '--title',
      'A ruling quoted',
      '--slug',
      'quoted-ruling',
      '--date',
      '2019-01-31',
      '--category',
      'court',
    ]);
    expect(mdx.code).toBe(1);
    expect(mdx.stderr).toContain('file: src/content/events/2019-01-31-quoted-ruling.mdx already exists (expected a new entry)');
    expect(await eventFiles()).not.toContain('2019-01-31-quoted-ruling.md');
  });

  it('an unknown category: a near miss gets a did-you-mean, a new id is told where its file goes', async () => {
    const args = ['--root', root, '--title', 'A ruling', '--date', '2019-02-10', '--category'];
    expect(await newEntry([...args, 'courts'])).toEqual({
      code: 1,
      stdout: '',
      stderr: refusal('category: "courts" is not a category (expected one of: court, defection)', '  help: did you mean court?'),
    });
    expect((await newEntry([...args, 'economy'])).stderr).toBe(
      refusal(
        'category: "economy" is not a category (expected one of: court, defection)',
        '  help: if this is a new category, add src/content/categories/economy.yaml',
      ),
    );
    expect(await eventFiles()).not.toContain('2019-02-10-a-ruling.md');
  });

  it('a title that gives no file name, unless --slug names it', async () => {
    const args = ['--root', root, '--title', '中国外交部', '--date', '2019-02-10', '--category', 'court'];
    expect(await newEntry(args)).toEqual({
      code: 1,
      stdout: '',
      stderr: refusal(
        'title: "中国外交部" has no Latin letters or digits for the file name (expected a title with some, or the file name given as --slug short-name)',
      ),
    });
    const named = await newEntry([...args, '--slug', 'china-foreign-ministry']);
    expect(named.code).toBe(0);
    expect(await eventFiles()).toContain('2019-02-10-china-foreign-ministry.md');
  });

  it('a folder that is not a Cronista project', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'cronista-empty-'));
    const result = await newEntry(['--root', empty, ...FLAGS]);
    await rm(empty, { recursive: true });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: refusal(
        `root: no categories found in ${join(empty, 'src/content/categories')} (expected a Cronista project: run this in its folder, or pass --root DIR)`,
      ),
    });
  });

  it('unknown options, all at once with a did-you-mean, then the usage', async () => {
    const { code, stdout, stderr } = await newEntry(['--root', root, '--titel', 'A ruling', '--categroy', 'court', '--colour']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    const expected = 'expected --title, --date, --timezone, --category, --actors, --slug, --root, --help';
    expect(stderr.split('\n\n').slice(0, 2)).toEqual([
      [
        `--titel: is not an option (${expected})`,
        '  help: did you mean --title?',
        `--categroy: is not an option (${expected})`,
        '  help: did you mean --category?',
        `--colour: is not an option (${expected})`,
      ].join('\n'),
      'Nothing was written.',
    ]);
    expect(stderr).toContain('Usage: npm run new [-- --title "Headline" --date YYYY-MM-DD --category ID [--actors id,id]]');
  });
});

describe('reading the answers', () => {
  const day = (text: string) => parseCalendarDate(text) as CalendarDate;
  const choices = [
    { id: 'court', name: 'Court rulings', aliases: [] },
    { id: 'defection', name: 'Defections', aliases: [] },
  ];
  const actors = [
    { id: 'ana-perez', name: 'Ana Pérez', aliases: ['Ana Perez'] },
    { id: 'high-court', name: 'High Court', aliases: [] },
  ];

  it('lists categories in their order with names, and actors by id with their aliases', async () => {
    const files = await fixtureFiles();
    expect(choicesOf(files, 'categories')).toEqual(choices);
    expect(choicesOf(files, 'actors')).toEqual(actors);
  });

  it('titles: one line, at most 140 characters', () => {
    expect(readTitle('  Court\n rules  ')).toEqual({ ok: true, value: 'Court rules' });
    expect(readTitle('   ')).toEqual({ ok: false, error: 'is empty (expected a short headline)' });
    expect(readTitle('x'.repeat(141))).toEqual({
      ok: false,
      error: 'is 141 characters long (expected a short headline, at most 140 characters)',
    });
  });

  it('slugs: from the title, or a given id', () => {
    expect(readSlug('Guaidó declares himself president!')).toEqual({ ok: true, value: 'guaido-declares-himself-president' });
    expect(readSlug('anything', 'own-name')).toEqual({ ok: true, value: 'own-name' });
    expect(readSlug('anything', 'Own Name')).toEqual({
      ok: false,
      error: '"Own Name" is not an id (expected lowercase letters, digits and hyphens)',
    });
  });

  it('dates: every written precision, nothing impossible', () => {
    expect(readDate('2019')).toMatchObject({ ok: true, value: { iso: '2019', precision: 'year' } });
    expect(readDate(' 2019-02 ')).toMatchObject({ ok: true, value: { iso: '2019-02', precision: 'month' } });
    expect(readDate('2019-13')).toEqual({ ok: false, error: '"2019-13" has no month 13 (expected 01–12)' });
    expect(readDate('23/01/2019')).toEqual({
      ok: false,
      error: '"23/01/2019" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    });
    expect(readDate('')).toEqual({ ok: false, error: 'is empty (expected a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm)' });
  });

  it('time zones: only for a date with a time, and only real zones', () => {
    expect(readTimezone('America/Caracas', day('2019-01-23T20:15'))).toEqual({ ok: true, value: 'America/Caracas' });
    expect(readTimezone('Caracas', day('2019-01-23T20:15'))).toEqual({
      ok: false,
      error: '"Caracas" is not an IANA time zone (expected a name like "America/Caracas")',
    });
    expect(readTimezone('America/Caracas', day('2019-01-23'))).toEqual({
      ok: false,
      error: 'is set but the date has no time (expected a date like 2019-01-23T20:15, or no timezone)',
    });
    // Before the date is known (or when it is wrong), only the zone's name is checked.
    expect(readTimezone('America/Caracas')).toEqual({ ok: true, value: 'America/Caracas' });
    expect(readTimezone('Caracas')).toMatchObject({ ok: false });
  });

  it('categories: an id or its number in the list', () => {
    expect(readCategory(' defection ', choices)).toEqual({ ok: true, value: 'defection' });
    expect(readCategory('1', choices)).toEqual({ ok: true, value: 'court' });
    expect(readCategory('3', choices)).toEqual({
      ok: false,
      error: '3 is not a number in the list (expected 1 to 2, or one of: court, defection)',
    });
    expect(readCategory('', choices)).toEqual({ ok: false, error: 'is empty (expected one of: court, defection)' });
    expect(readCategory('Court Rulings!', choices)).toEqual({
      ok: false,
      error: '"Court Rulings!" is not a category (expected one of: court, defection)',
      help: 'did you mean court?',
    });
    expect(readCategory('cuort', choices)).toMatchObject({ ok: false, help: 'did you mean court?' });
    expect(readCategory('Elections 2019', choices)).toEqual({
      ok: false,
      error: '"Elections 2019" is not a category (expected one of: court, defection)',
    });
  });

  it('actors: ids separated by commas, each once; none for an empty answer; a name or alias gets its id', () => {
    expect(readActors('', actors)).toEqual({ ok: true, value: [] });
    expect(readActors(' high-court ,, ana-perez,high-court', actors)).toEqual({ ok: true, value: ['high-court', 'ana-perez'] });
    expect(readActors('nobody, ana-perez, someone', actors)).toEqual({
      ok: false,
      error: '"nobody", "someone" are not actors (expected ids from src/content/actors/ separated by commas: ana-perez, high-court)',
      help: 'if "nobody", "someone" are new actors, add src/content/actors/nobody.yaml, src/content/actors/someone.yaml',
    });
    expect(readActors('Ana Perez', actors)).toEqual({
      ok: false,
      error: '"Ana Perez" is not an actor (expected ids from src/content/actors/ separated by commas: ana-perez, high-court)',
      help: 'did you mean ana-perez?',
    });
  });

  it('problems: one line each, with the help under it', () => {
    expect(
      formatAnswerProblems([
        { field: 'date', error: 'is empty (expected a date)' },
        { field: 'category', error: '"courts" is not a category (expected one of: court)', help: 'did you mean court?' },
      ]),
    ).toBe('date: is empty (expected a date)\ncategory: "courts" is not a category (expected one of: court)\n  help: did you mean court?');
  });

  it('the template keeps any title exactly, quoting it when YAML would read it as something else', () => {
    for (const title of ['2019', 'true', 'Labour: a letter', '#1 story', 'Maduro\'s "last" word', '- a dash']) {
      const text = eventTemplate({ title, slug: 'x', date: day('2019-02-10'), category: 'court', actors: [] });
      const split = splitEntry(text);
      if (!split.ok) throw new Error(split.problem.message);
      expect(parse(split.yaml, { schema: 'core' }).title).toBe(title);
    }
  });
});
