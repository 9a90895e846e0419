import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventSchema, imageSchema, sourceSchema, updateSchema } from '../../src/schemas/event.ts';
import { actorSchema, categorySchema, phaseSchema, storySchema } from '../../src/schemas/taxonomy.ts';
import { PROJECT_ROOT, run } from '../helpers/build.ts';
import { FIXTURE_ROOT, VALID_FRONTMATTER, eventText } from '../helpers/content.ts';

const SCRIPT = join(PROJECT_ROOT, 'scripts/check.ts');

/**
 * `npm run check` on a project folder, as a contributor's shell or GitHub Actions runs it.
 * N.B. GITHUB_ACTIONS is always set, so a run of these tests inside Actions sees the same output.
 */
const checkCli = (root: string, args: string[] = [], githubActions = false) =>
  run(process.execPath, [SCRIPT, '--root', root, ...args], PROJECT_ROOT, { GITHUB_ACTIONS: githubActions ? 'true' : 'false' });

const SINGLE_SOURCE = 'sources: has a single source (expected two or more independent sources where possible)';
const FIXTURE_WARNINGS = [
  `warning  ${SINGLE_SOURCE}`,
  '  --> src/content/events/2019-02-judge-resigns.md:9:1',
  '    |',
  '  9 | sources:',
  '    | ^^^^^^^^',
  '',
  `warning  ${SINGLE_SOURCE}`,
  '  --> src/content/events/2019-03-01-draft-entry.md:7:1',
  '    |',
  '  7 | sources:',
  '    | ^^^^^^^^',
  '',
  'warning  site: "https://fixture.example.org" is an example address (expected the address the story will be published at)',
  '  --> src/content/story.yaml:8:7',
  '    |',
  '  8 | site: https://fixture.example.org',
  '    |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '    = help: set site to the address readers will use, starting with https://',
  '',
];

let root: string;

/** A copy of the valid fixture project. */
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cronista-check-'));
  await cp(join(FIXTURE_ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const NEW = 'src/content/events/2019-02-10-new-ruling.md';

/** Two broken references in a new entry, and a category file missing its name. */
async function breakFixture() {
  await writeFile(
    join(root, NEW),
    eventText(
      `${VALID_FRONTMATTER.replace('category: court', 'category: courts').replace('[high-court]', '[high-court, ana-peres]')}\npublished: 2019-02-11`,
    ),
  );
  await writeFile(join(root, 'src/content/categories/defection.yaml'), 'description: Officials who change sides.\norder: 2\n');
}

describe('npm run check', () => {
  it('passes a valid project with exit code 0, showing each warning with its line, then a summary', async () => {
    const { code, output } = await checkCli(root);
    expect(output).toBe(
      [
        ...FIXTURE_WARNINGS,
        'Checked 6 events, 2 actors, 2 categories, 2 phases: 0 errors, 3 warnings. 5 to publish, 1 draft left out.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('checks the current folder when no --root is given', async () => {
    const { code, output } = await run(process.execPath, [SCRIPT], root, { GITHUB_ACTIONS: 'false' });
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      'Checked 6 events, 2 actors, 2 categories, 2 phases: 0 errors, 3 warnings. 5 to publish, 1 draft left out.',
    );
    expect(code).toBe(0);
  });

  it('fails with exit code 1, every problem with where, what, the line marked and how to fix it', async () => {
    await breakFixture();
    const { code, output } = await checkCli(root);
    expect(output).toBe(
      [
        'error  name: is missing (expected the category’s label)',
        '  --> src/content/categories/defection.yaml:1:1',
        '    |',
        '  1 | description: Officials who change sides.',
        '    | ^^^^^^^^^^^^',
        '',
        'error  category: "courts" is not a category (expected one of: court, defection)',
        '  --> src/content/events/2019-02-10-new-ruling.md:5:11',
        '    |',
        '  5 | category: courts',
        '    |           ^^^^^^',
        '    = help: did you mean court?',
        '',
        'error  actors.1: "ana-peres" is not an actor (expected a file name from src/content/actors/)',
        '  --> src/content/events/2019-02-10-new-ruling.md:6:22',
        '    |',
        '  6 | actors: [high-court, ana-peres]',
        '    |                      ^^^^^^^^^',
        '    = help: did you mean ana-perez?',
        '',
        ...FIXTURE_WARNINGS,
        'Checked 7 events, 2 actors, 2 categories, 2 phases: 3 errors, 3 warnings. 6 to publish, 1 draft left out.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('warns, without failing, about a future date, a single source, a summary repeating the title and a source older than the event', async () => {
    const file = 'src/content/events/2999-01-01-far-future.md';
    await writeFile(
      join(root, file),
      eventText(`title: Far future
summary: Far future.
date: 2999-01-01
category: court
sources:
  - title: Early story
    publisher: Example Times
    url: https://example.com/early
    published: 2998-12-01
published: 2999-01-02`),
    );
    const { code, output } = await checkCli(root);
    const headlines = output.split('\n').filter((line) => line.startsWith('warning') || line.startsWith('  --> '));
    expect(headlines).toEqual(
      expect.arrayContaining([
        'warning  summary: repeats the title (expected one or two sentences that add what, who and why)',
        `  --> ${file}:3:10`,
        'warning  date: 2999-01-01 is in the future (expected an event that has happened; check the year)',
        `  --> ${file}:4:7`,
        `warning  ${SINGLE_SOURCE}`,
        `  --> ${file}:6:1`,
        'warning  sources.0.published: 2998-12-01 is before the event (2999-01-01) (expected a source published on or after the event; check both dates)',
        `  --> ${file}:10:16`,
      ]),
    );
    expect(output).toContain(': 0 errors, 7 warnings.');
    expect(code).toBe(0);
  });

  it('refuses a symbolic link among the entries, without following it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'cronista-outside-'));
    await writeFile(join(outside, 'evil.md'), eventText(VALID_FRONTMATTER, '<script>alert(1)</script>\n'));
    await symlink(join(outside, 'evil.md'), join(root, 'src/content/events/2019-02-10-linked.md'));
    const { code, output } = await checkCli(root);
    expect(output).toContain('error  file: is a symbolic link (expected a regular file; links are not followed)');
    expect(output).toContain('  --> src/content/events/2019-02-10-linked.md');
    expect(output).not.toContain('<script>');
    expect(code).toBe(1);
    await rm(outside, { recursive: true, force: true });
  });

  it('leaves the placeholders of npm run new as warnings on a contributor’s machine, and refuses them in CI', async () => {
    const { PLACEHOLDER_BODY } = await import('../../src/lib/scaffold/placeholders.ts');
    await writeFile(join(root, NEW), eventText(VALID_FRONTMATTER, `${PLACEHOLDER_BODY}\n`));
    const local = await run(process.execPath, [SCRIPT, '--root', root], PROJECT_ROOT, { GITHUB_ACTIONS: 'false', CI: 'false' });
    expect(local.output).toContain('warning  body: still has the paragraph `npm run new` wrote');
    expect(local.code).toBe(0);
    const ci = await run(process.execPath, [SCRIPT, '--root', root], PROJECT_ROOT, { GITHUB_ACTIONS: 'false', CI: 'true' });
    expect(ci.output).toContain('error  body: still has the paragraph `npm run new` wrote');
    expect(ci.code).toBe(1);
  });

  it('in GitHub Actions, also prints an annotation for each problem, with its column and fix, so it shows on the pull request', async () => {
    await breakFixture();
    const { code, output } = await checkCli(root, [], true);
    const annotations = output.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      '::error file=src/content/categories/defection.yaml,line=1,col=1,title=name::name: is missing (expected the category’s label)',
      '::error file=src/content/events/2019-02-10-new-ruling.md,line=5,col=11,title=category::category: "courts" is not a category (expected one of: court, defection)%0Ahelp: did you mean court?',
      '::error file=src/content/events/2019-02-10-new-ruling.md,line=6,col=22,title=actors.1::actors.1: "ana-peres" is not an actor (expected a file name from src/content/actors/)%0Ahelp: did you mean ana-perez?',
      `::warning file=src/content/events/2019-02-judge-resigns.md,line=9,col=1,title=sources::${SINGLE_SOURCE}`,
      `::warning file=src/content/events/2019-03-01-draft-entry.md,line=7,col=1,title=sources::${SINGLE_SOURCE}`,
      '::warning file=src/content/story.yaml,line=8,col=7,title=site::site: "https://fixture.example.org" is an example address (expected the address the story will be published at)%0Ahelp: set site to the address readers will use, starting with https://',
    ]);
    expect(code).toBe(1);
  });

  it('prints no annotations outside GitHub Actions', async () => {
    await breakFixture();
    const { output } = await checkCli(root);
    expect(output).not.toMatch(/^::/m);
  });

  it('--json prints only the result, for tools, even in GitHub Actions', async () => {
    await breakFixture();
    const { code, output } = await checkCli(root, ['--json'], true);
    const result = JSON.parse(output);
    expect(result.ok).toBe(false);
    expect(result.problems.filter((problem: { severity: string }) => problem.severity === 'error')).toEqual([
      {
        file: 'src/content/categories/defection.yaml',
        line: 1,
        column: 1,
        field: 'name',
        message: 'is missing (expected the category’s label)',
        excerpt: 'description: Officials who change sides.',
        severity: 'error',
      },
      {
        file: NEW,
        line: 5,
        column: 11,
        field: 'category',
        message: '"courts" is not a category (expected one of: court, defection)',
        help: 'did you mean court?',
        excerpt: 'category: courts',
        severity: 'error',
      },
      {
        file: NEW,
        line: 6,
        column: 22,
        field: 'actors.1',
        message: '"ana-peres" is not an actor (expected a file name from src/content/actors/)',
        help: 'did you mean ana-perez?',
        excerpt: 'actors: [high-court, ana-peres]',
        severity: 'error',
      },
    ]);
    expect(result).toMatchObject({
      errorCount: 3,
      warningCount: 3,
      published: [
        '2019-01-23-evening-session',
        '2019-01-31-quoted-ruling',
        '2019-02-02-judge-speaks',
        '2019-02-10-new-ruling',
        '2019-02-judge-resigns',
        '2019-court-year-precision',
      ],
      drafts: ['2019-03-01-draft-entry'],
      counts: { events: 7, actors: 2, categories: 2, phases: 2 },
    });
    expect(code).toBe(1);
  });
});

describe('CONTRIBUTING.md, where the checker sends contributors for the fields', () => {
  const documented = async () => readFile(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');
  const schemas = { eventSchema, sourceSchema, imageSchema, updateSchema, actorSchema, categorySchema, phaseSchema, storySchema };

  it.each(Object.entries(schemas))('names every field of %s', async (_name, schema) => {
    const text = await documented();
    for (const field of Object.keys(schema.shape)) expect(text).toContain(`\`${field}\``);
  });

  it('names every component entries may use', async () => {
    const text = await documented();
    const components = await readdir(join(PROJECT_ROOT, 'src/components/mdx'));
    for (const file of components) expect(text).toContain(`import ${file.replace('.astro', '')} from '../../components/mdx/${file}';`);
  });
});
