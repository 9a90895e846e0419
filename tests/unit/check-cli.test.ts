import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
  'src/content/events/2019-02-judge-resigns.md',
  `  warning  src/content/events/2019-02-judge-resigns.md:9  ${SINGLE_SOURCE}`,
  '',
  'src/content/events/2019-03-01-draft-entry.md',
  `  warning  src/content/events/2019-03-01-draft-entry.md:7  ${SINGLE_SOURCE}`,
  '',
];

let root: string;

/** A copy of the valid fixture project, with the MDX components its entries may import. */
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cronista-check-'));
  await cp(join(FIXTURE_ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
  await cp(join(PROJECT_ROOT, 'src/components/mdx'), join(root, 'src/components/mdx'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const NEW = 'src/content/events/2019-02-10-new-ruling.md';

/** Two broken references in a new entry, and a category file missing its name. */
async function breakFixture() {
  await writeFile(
    join(root, NEW),
    eventText(VALID_FRONTMATTER.replace('category: court', 'category: courts').replace('[high-court]', '[high-court, ana-peres]')),
  );
  await writeFile(join(root, 'src/content/categories/defection.yaml'), 'description: Officials who change sides.\norder: 2\n');
}

describe('npm run check', () => {
  it('passes a valid project with exit code 0, listing warnings by file, then a summary', async () => {
    const { code, output } = await checkCli(root);
    expect(output).toBe(
      [
        ...FIXTURE_WARNINGS,
        'Checked 6 events, 2 actors, 2 categories, 2 phases: 0 errors, 2 warnings. 5 to publish, 1 draft left out.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('checks the current folder when no --root is given', async () => {
    const { code, output } = await run(process.execPath, [SCRIPT], root, { GITHUB_ACTIONS: 'false' });
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      'Checked 6 events, 2 actors, 2 categories, 2 phases: 0 errors, 2 warnings. 5 to publish, 1 draft left out.',
    );
    expect(code).toBe(0);
  });

  it('fails with exit code 1, one line per problem under each file: path:line  field: what is wrong (what is expected)', async () => {
    await breakFixture();
    const { code, output } = await checkCli(root);
    expect(output).toBe(
      [
        'src/content/categories/defection.yaml',
        '  error  src/content/categories/defection.yaml:1  name: is missing (expected the category’s label)',
        '',
        'src/content/events/2019-02-10-new-ruling.md',
        '  error  src/content/events/2019-02-10-new-ruling.md:5  category: "courts" is not a category (expected one of: court, defection; or add src/content/categories/courts.yaml)',
        '  error  src/content/events/2019-02-10-new-ruling.md:6  actors.1: "ana-peres" is not an actor (expected a file name from src/content/actors/, or add src/content/actors/ana-peres.yaml)',
        '',
        ...FIXTURE_WARNINGS,
        'Checked 7 events, 2 actors, 2 categories, 2 phases: 3 errors, 2 warnings. 6 to publish, 1 draft left out.',
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
    published: 2998-12-01`),
    );
    const { code, output } = await checkCli(root);
    expect(output.split('\n').slice(6, 12)).toEqual([
      file,
      `  warning  ${file}:3  summary: repeats the title (expected one or two sentences that add what, who and why)`,
      `  warning  ${file}:4  date: 2999-01-01 is in the future (expected an event that has happened; check the year)`,
      `  warning  ${file}:6  ${SINGLE_SOURCE}`,
      `  warning  ${file}:10  sources.0.published: 2998-12-01 is before the event (2999-01-01) (expected a source published on or after the event; check both dates)`,
      '',
    ]);
    expect(output).toContain(': 0 errors, 6 warnings.');
    expect(code).toBe(0);
  });

  it('in GitHub Actions, also prints an annotation for each problem, so it shows on the pull request', async () => {
    await breakFixture();
    const { code, output } = await checkCli(root, [], true);
    const annotations = output.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      '::error file=src/content/categories/defection.yaml,line=1,title=name::name: is missing (expected the category’s label)',
      '::error file=src/content/events/2019-02-10-new-ruling.md,line=5,title=category::category: "courts" is not a category (expected one of: court, defection; or add src/content/categories/courts.yaml)',
      '::error file=src/content/events/2019-02-10-new-ruling.md,line=6,title=actors.1::actors.1: "ana-peres" is not an actor (expected a file name from src/content/actors/, or add src/content/actors/ana-peres.yaml)',
      `::warning file=src/content/events/2019-02-judge-resigns.md,line=9,title=sources::${SINGLE_SOURCE}`,
      `::warning file=src/content/events/2019-03-01-draft-entry.md,line=7,title=sources::${SINGLE_SOURCE}`,
    ]);
    expect(output).toContain('Checked 7 events, 2 actors, 2 categories, 2 phases: 3 errors, 2 warnings.');
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
    const warning = (file: string, line: number) => ({
      file,
      line,
      field: 'sources',
      message: SINGLE_SOURCE.slice('sources: '.length),
      severity: 'warning',
    });
    expect(JSON.parse(output)).toEqual({
      ok: false,
      problems: [
        {
          file: 'src/content/categories/defection.yaml',
          line: 1,
          field: 'name',
          message: 'is missing (expected the category’s label)',
          severity: 'error',
        },
        {
          file: NEW,
          line: 5,
          field: 'category',
          message: '"courts" is not a category (expected one of: court, defection; or add src/content/categories/courts.yaml)',
          severity: 'error',
        },
        {
          file: NEW,
          line: 6,
          field: 'actors.1',
          message: '"ana-peres" is not an actor (expected a file name from src/content/actors/, or add src/content/actors/ana-peres.yaml)',
          severity: 'error',
        },
        warning('src/content/events/2019-02-judge-resigns.md', 9),
        warning('src/content/events/2019-03-01-draft-entry.md', 7),
      ],
      errorCount: 3,
      warningCount: 2,
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
