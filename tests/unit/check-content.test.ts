import { describe, expect, it } from 'vitest';
import { VALID_FRONTMATTER, check, editFile, eventText, fixtureFiles, withFile } from '../helpers/content.ts';

const NEW = 'src/content/events/2019-02-10-new-ruling.md';
const checkNew = async (frontmatter: string, body?: string, path = NEW) =>
  check(withFile(await fixtureFiles(), path, eventText(frontmatter, body)));
/** The problems of one file, as a contributor reads them: where, field, message and fix. */
const problemsOf = async (text: string, path = NEW, options = {}) =>
  (await check(withFile(await fixtureFiles(), path, text), options)).result.problems
    .filter((problem) => problem.file === path && problem.severity === 'error')
    .map(({ line, column, field, message, help }) => ({ line, column, field, message, help }));

describe('the valid fixture', () => {
  it('passes, publishing every entry but the draft', async () => {
    const { result, errors } = await check(await fixtureFiles());
    expect(errors).toEqual([]);
    expect(result.published).toEqual([
      '2019-01-23-evening-session',
      '2019-01-31-quoted-ruling',
      '2019-02-02-judge-speaks',
      '2019-02-judge-resigns',
      '2019-court-year-precision',
    ]);
    expect(result.drafts).toEqual(['2019-03-01-draft-entry']);
  });

  it('accepts a new valid entry', async () => {
    const { errors, result } = await checkNew(VALID_FRONTMATTER);
    expect(errors).toEqual([]);
    expect(result.published).toContain('2019-02-10-new-ruling');
  });
});

describe('each malformed entry is named with file, line, column, field and expectation', () => {
  it('malformed YAML', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('summary: The court', 'summary: [The court'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^src\/content\/events\/2019-02-10-new-ruling\.md:\d+:\d+ {2}\(yaml\): is not valid YAML: .+ \(expected "field: value" lines\)$/,
    );
  });

  it('a field written twice', async () => {
    expect(await problemsOf(eventText(`${VALID_FRONTMATTER}\ntitle: Again`))).toEqual([
      {
        line: 14,
        column: 1,
        field: '(yaml)',
        message: '"title" is written twice (expected each field once)',
        help: 'keep one "title:" line',
      },
    ]);
  });

  it('a missing required field', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace(/^title: .*\n/m, ''));
    expect(errors).toEqual([`${NEW}:1:1  title: is missing (expected a short headline)`]);
  });

  it('a field of the wrong type, pointing at the value', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('actors: [high-court]', 'actors: high-court'));
    expect(errors).toEqual([`${NEW}:6:9  actors: must be a list of actor ids`]);
  });

  it('a misspelt field: one problem, naming the field meant', async () => {
    expect(await problemsOf(eventText(VALID_FRONTMATTER.replace('category:', 'catgory:')))).toEqual([
      {
        line: 5,
        column: 1,
        field: 'catgory',
        message: 'is not a known field (expected "category"; check the spelling)',
        help: 'rename it to category:',
      },
    ]);
  });

  it('a summary over 300 characters', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('The court ruled on a new case.', 'x'.repeat(301)));
    expect(errors).toEqual([`${NEW}:3:10  summary: is 301 characters long (expected one or two sentences, at most 300 characters)`]);
  });

  it('an impossible date', async () => {
    const { errors } = await check(
      withFile(
        await fixtureFiles(),
        'src/content/events/2019-02-30-new-ruling.md',
        eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-30')),
      ),
    );
    expect(errors).toEqual([
      'src/content/events/2019-02-30-new-ruling.md:4:7  date: "2019-02-30" is not a real date: February 2019 has 28 days',
    ]);
  });

  it('a date that is not a date', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('2019-02-10', '10/02/2019'));
    expect(errors).toEqual([`${NEW}:4:7  date: "10/02/2019" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm)`]);
  });

  it.each(['0x7E3', '2019.0', '0o3743', '+2019', '2_019'])('a number that YAML reads as 2019 is not a date: %s', async (written) => {
    const path = 'src/content/events/2019-new-ruling.md';
    const problems = await problemsOf(eventText(VALID_FRONTMATTER.replace('2019-02-10', written)), path);
    expect(problems).toEqual([
      {
        line: 4,
        column: 7,
        field: 'date',
        message: `"${written}" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm)`,
        help: undefined,
      },
    ]);
  });

  it('curly quotes around a date or a title say the quotes are the problem', async () => {
    const problems = await problemsOf(
      eventText(VALID_FRONTMATTER.replace('2019-02-10', '“2019-02-10”').replace('title: A new ruling', 'title: “A new ruling”')),
    );
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      [
        'title',
        '“A new ruling” is wrapped in curly quotes, which would be published (expected straight "quotes" around the text, or none)',
      ],
      ['date', '“2019-02-10” has curly quotes around it (expected 2019-02-10 with no quotes, or straight "quotes")'],
    ]);
  });

  it('a date that does not match the file name', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-11'));
    expect(errors).toEqual([
      `${NEW}:4:7  date: 2019-02-11 does not match the file name's date 2019-02-10 (expected the file to be named 2019-02-11-new-ruling)`,
    ]);
  });

  it('an end before the start', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\nendDate: 2019-02-09`);
    expect(errors).toEqual([`${NEW}:14:10  endDate: 2019-02-09 is before the date 2019-02-10 (expected an end on or after the start)`]);
  });

  it('a time without a zone', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('date: 2019-02-10', 'date: 2019-02-10T09:30'));
    expect(errors).toEqual([`${NEW}:1:1  timezone: is missing (expected an IANA zone such as "America/Caracas" for a date with a time)`]);
  });

  it('an unknown time zone', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('date: 2019-02-10', 'date: 2019-02-10T09:30\ntimezone: Caracas'));
    expect(errors).toEqual([`${NEW}:5:11  timezone: "Caracas" is not an IANA time zone (expected a name like "America/Caracas")`]);
  });

  it('an unknown category, with a did-you-mean', async () => {
    expect(await problemsOf(eventText(VALID_FRONTMATTER.replace('category: court', 'category: courts')))).toEqual([
      {
        line: 5,
        column: 11,
        field: 'category',
        message: '"courts" is not a category (expected one of: court, defection)',
        help: 'did you mean court?',
      },
    ]);
  });

  it('an unknown actor: did-you-mean for a misspelling (also by name or alias), an invitation to add one only when nothing is close', async () => {
    const problems = await problemsOf(eventText(VALID_FRONTMATTER.replace('[high-court]', '[high-court, ana-peres, perez, zz-new-actor]')));
    expect(problems).toEqual([
      {
        line: 6,
        column: 22,
        field: 'actors.1',
        message: '"ana-peres" is not an actor (expected a file name from src/content/actors/)',
        help: 'did you mean ana-perez?',
      },
      {
        line: 6,
        column: 33,
        field: 'actors.2',
        message: '"perez" is not an actor (expected a file name from src/content/actors/)',
        help: 'did you mean ana-perez?',
      },
      {
        line: 6,
        column: 40,
        field: 'actors.3',
        message: '"zz-new-actor" is not an actor (expected a file name from src/content/actors/)',
        help: 'if this is a new actor, add src/content/actors/zz-new-actor.yaml',
      },
    ]);
  });

  it('an unknown related event', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\nrelated: [2019-02-02-judge-spoke]`);
    expect(errors).toEqual([
      `${NEW}:14:11  related.0: "2019-02-02-judge-spoke" is not an event (expected a file name from src/content/events/ without extension)`,
    ]);
  });

  it('a related event that is a draft', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\nrelated: [2019-03-01-draft-entry]`);
    expect(errors).toEqual([
      `${NEW}:14:11  related.0: "2019-03-01-draft-entry" is a draft and will not be published (expected a published event)`,
    ]);
  });

  it('an empty source list', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace(/sources:[\s\S]*$/, 'sources: []'));
    expect(errors).toEqual([`${NEW}:7:1  sources: is empty (expected at least one source with title, publisher and url)`]);
  });

  it('no sources at all', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace(/sources:[\s\S]*$/, ''));
    expect(errors).toEqual([`${NEW}:1:1  sources: is missing (expected a list of at least one source with title, publisher and url)`]);
  });

  it('a non-http source address', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('https://example.com/new', 'javascript:alert(1)'));
    expect(errors).toEqual([
      `${NEW}:10:10  sources.0.url: "javascript:alert(1)" is not a web address (expected the address of the source starting with http:// or https://)`,
    ]);
  });

  it('a source without a publisher', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('    publisher: Example Times\n', ''));
    expect(errors).toEqual([`${NEW}:8:5  sources.0.publisher: is missing (expected the publisher’s name)`]);
  });

  it('a source with no title is fine: the page names it by publisher and date', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('  - title: New story\n    publisher', '  - publisher'));
    expect(errors).toEqual([]);
  });

  it('two files with the same id', async () => {
    const files = withFile(
      await fixtureFiles(),
      'src/content/events/2019-02-02-judge-speaks.mdx',
      eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-02')),
    );
    const { errors } = await check(files);
    expect(errors).toContain(
      'src/content/events/2019-02-02-judge-speaks.mdx  file: has the same id "2019-02-02-judge-speaks" as src/content/events/2019-02-02-judge-speaks.md (expected one file per id; remove or rename one)',
    );
  });

  it('a file name that is not a dated slug', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER, undefined, 'src/content/events/New Ruling.md');
    expect(errors).toContain(
      'src/content/events/New Ruling.md  file: name "New Ruling" is not a clean id (expected lowercase letters, digits and hyphens)',
    );
  });

  it('a category file with a missing field', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/categories/court.yaml', (text) => text.replace(/^name: .*\n/m, ''));
    const { errors } = await check(files);
    expect(errors).toContain('src/content/categories/court.yaml:1:1  name: is missing (expected the category’s label)');
  });

  it('an actor of an unknown kind', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/actors/high-court.yaml', (text) =>
      text.replace('kind: institution', 'kind: court'),
    );
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/actors/high-court.yaml:2:7  kind: "court" is not a kind (expected person, institution, country or organization)',
    ]);
  });

  it('an actor kind spelt the British way, with a did-you-mean', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/actors/high-court.yaml', (text) =>
      text.replace('kind: institution', 'kind: organisation'),
    );
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/actors/high-court.yaml:2:7  kind: "organisation" is not a kind (expected person, institution, country or organization; did you mean organization?)',
    ]);
  });

  it('overlapping phases', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/phases/later.yaml', (text) => text.replace('2019-02-01', '2019-01-20'));
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/phases/later.yaml:2:8  start: 2019-01-20 overlaps the phase "early" ending 2019-01-31 (expected phases that do not overlap)',
    ]);
  });

  it('a broken story settings file', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/story.yaml', (text) =>
      text.replace('https://fixture.example.org', 'fixture.example.org'),
    );
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/story.yaml:8:7  site: "fixture.example.org" is not a web address (expected the published site’s address starting with http:// or https://)',
    ]);
  });
});

describe('every problem of every file in one run, with a way to fix it', () => {
  it('a bad date, a misspelt category and a misspelt actor are all reported at once, with did-you-means', async () => {
    const problems = await problemsOf(
      eventText(
        VALID_FRONTMATTER.replace('2019-02-10', '2019-02-30')
          .replace('category: court', 'category: cuort')
          .replace('[high-court]', '[hihg-court]'),
      ),
    );
    expect(problems.map(({ field, help }) => [field, help])).toEqual([
      ['date', undefined],
      ['category', 'did you mean court?'],
      ['actors.0', 'did you mean high-court?'],
    ]);
  });

  it('an unquoted colon in a title: a message about quotes, with the value echoed back', async () => {
    expect(await problemsOf(eventText(VALID_FRONTMATTER.replace('title: A new ruling', 'title: Court: a new ruling')))).toEqual([
      {
        line: 2,
        column: 8,
        field: '(yaml)',
        message: 'the value of "title" contains ": ", which YAML reads as another field (expected one value per line)',
        help: 'put the value in quotes: title: "Court: a new ruling"',
      },
    ]);
  });

  it('a missing closing --- is named as such', async () => {
    const problems = await problemsOf(`---\n${VALID_FRONTMATTER}\n\nBody text.\n`);
    expect(problems).toEqual([
      {
        line: 16,
        column: 1,
        field: '(frontmatter)',
        message: 'has no closing "---" line after the frontmatter (expected the fields to end with a line "---")',
        help: 'add a line with only "---" after the last field, before the text',
      },
    ]);
  });

  it('a file with no frontmatter at all', async () => {
    expect((await problemsOf('# Just a heading\n'))[0]?.message).toBe(
      'has no frontmatter (expected the first line to be "---", then the fields, then a closing "---" line)',
    );
  });

  it('a copy of an existing event under another name names the original (both files are flagged)', async () => {
    const files = await fixtureFiles();
    const original = files.find((file) => file.path.endsWith('2019-02-02-judge-speaks.md'))!;
    const copy = 'src/content/events/2019-02-02-judge-speaks-again.md';
    const { errors } = await check(withFile(files, copy, original.text));
    expect(errors).toContain(
      `${copy}:2:8  title: is the same event as ${original.path}: same date and headline (expected one file per event)`,
    );
    expect(errors).toContain(
      `${original.path}:2:8  title: is the same event as ${copy}: same date and headline (expected one file per event)`,
    );
  });

  it('a bare-domain link in the text, which would lead to a page of this site that does not exist', async () => {
    expect(await problemsOf(eventText(VALID_FRONTMATTER, 'As [Reuters](www.reuters.com/world) reported.\n'))).toEqual([
      {
        line: 16,
        column: 4,
        field: 'body',
        message: 'links to "www.reuters.com/world", which a browser reads as a page of this site (expected a full address)',
        help: 'write https://www.reuters.com/world',
      },
    ]);
  });
});

describe('YAML that is refused, with file and line', () => {
  it('anchors and aliases (a billion-laughs file cannot crash the check)', async () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++)
      laughs.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(',')}]`,
      );
    const problems = await problemsOf(eventText(`${VALID_FRONTMATTER}\n${laughs.join('\n')}`));
    expect(problems).toEqual([
      {
        line: 14,
        column: 7,
        field: '(yaml)',
        message: 'uses the anchor &a (expected plain values; anchors and aliases are not read)',
        help: 'remove &a',
      },
    ]);
  });

  it('an alias without its anchor', async () => {
    const [problem] = await problemsOf(eventText(VALID_FRONTMATTER.replace('summary: The court ruled on a new case.', 'summary: *s')));
    expect(problem).toMatchObject({
      line: 3,
      field: '(yaml)',
      message: 'uses the alias *s (expected every value written out; aliases are not read)',
    });
  });

  it('tags, such as !!js/function', async () => {
    const [problem] = await problemsOf(
      eventText(VALID_FRONTMATTER.replace('title: A new ruling', 'title: !!js/function "function () {}"')),
    );
    expect(problem).toMatchObject({
      line: 2,
      field: '(yaml)',
      message: 'uses the tag !!js/function (expected plain values; YAML tags are not read)',
    });
  });

  it('an ampersand or exclamation mark in plain text is just text', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('title: A new ruling', 'title: AT&T and Q&A: "Wow!"'.replace(': "', ' "')));
    expect(errors).toEqual([]);
  });
});

describe('frontmatter that Astro would read differently is refused, not guessed at', () => {
  it.each([
    [
      'TOML frontmatter',
      `+++\ntitle = "x"\n+++\n\nBody\n`,
      'starts with a +++ (TOML) block (expected YAML frontmatter between two "---" lines)',
    ],
    ['a language after the opening ---', `---js\n{ title: "x" }\n---\n\nBody\n`, 'opens with "---js" (expected a line with only "---")'],
    [
      'a closing line that is not exactly ---',
      `---\n${VALID_FRONTMATTER}\n--- x\n\nBody\n`,
      'closes the frontmatter with "--- x" (expected a line with only "---")',
    ],
    [
      'a +++ line inside the YAML',
      `---\n${VALID_FRONTMATTER.replace('summary: The court ruled on a new case.', 'summary: |\n  The court\n+++\n  ruled')}\n---\n\nBody\n`,
      'has a line starting with "+++" inside the frontmatter',
    ],
  ])('%s', async (_, text, message) => {
    const [problem] = await problemsOf(text);
    expect(problem?.field).toBe('(frontmatter)');
    expect(problem?.message).toContain(message);
  });
});

describe('warnings for a reviewer', () => {
  it('flags a future date, a single source, a summary repeating the title and a source older than the event', async () => {
    const frontmatter = `title: A new ruling
summary: A new ruling.
date: 2030-02-10
category: court
sources:
  - title: New story
    publisher: Example Times
    url: https://example.com/new
    published: 2029-12-01`;
    const file = 'src/content/events/2030-02-10-new-ruling.md';
    const { errors, warnings } = await check(withFile(await fixtureFiles(), file, eventText(frontmatter)));
    expect(errors).toEqual([]);
    expect(warnings.filter((line) => line.startsWith(file) && !line.includes('  published: is missing'))).toEqual([
      `${file}:3:10  summary: repeats the title (expected one or two sentences that add what, who and why)`,
      `${file}:4:7  date: 2030-02-10 is in the future (expected an event that has happened; check the year)`,
      `${file}:6:1  sources: has a single source (expected two or more independent sources where possible)`,
      `${file}:10:16  sources.0.published: 2029-12-01 is before the event (2030-02-10) (expected a source published on or after the event; check both dates)`,
    ]);
  });
});

describe('the day an entry went up', () => {
  it('is warned about when missing, and never guessed', async () => {
    const { errors, warnings, result } = await checkNew(VALID_FRONTMATTER);
    expect(errors).toEqual([]);
    expect(warnings.filter((line) => line.startsWith(NEW))).toEqual([
      `${NEW}  published: is missing (expected the day the entry first went up, YYYY-MM-DD: without it, feeds and search engines show no date for it)`,
    ]);
    expect(result.problems.find((problem) => problem.file === NEW)?.help).toBe(
      'add published: YYYY-MM-DD if you know the day it was first published; leave it out rather than guess',
    );
  });

  it('is accepted as a day, and refused at any other precision', async () => {
    const { warnings } = await checkNew(`${VALID_FRONTMATTER}\npublished: 2019-02-11`);
    expect(warnings.filter((line) => line.startsWith(NEW))).toEqual([]);
    expect(await problemsOf(eventText(`${VALID_FRONTMATTER}\npublished: 2019-02`))).toEqual([
      {
        line: 14,
        column: 12,
        field: 'published',
        message: '2019-02 is not a day (expected the day the entry went up, YYYY-MM-DD)',
        help: undefined,
      },
    ]);
  });

  it('is not asked of a draft, which is not published', async () => {
    const { warnings } = await checkNew(`${VALID_FRONTMATTER}\ndraft: true`);
    expect(warnings.filter((line) => line.startsWith(NEW))).toEqual([]);
  });
});

describe('an entry scaffolded by npm run new', () => {
  it('warns while the summary and body placeholders remain, and refuses them in CI', async () => {
    const { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } = await import('../../src/lib/scaffold/placeholders.ts');
    const text = eventText(VALID_FRONTMATTER.replace('The court ruled on a new case.', PLACEHOLDER_SUMMARY), `${PLACEHOLDER_BODY}\n`);
    const local = await check(withFile(await fixtureFiles(), NEW, text));
    expect(local.errors).toEqual([]);
    expect(local.warnings.filter((line) => line.startsWith(NEW) && !line.includes('  published: is missing'))).toEqual([
      `${NEW}:3:10  summary: is still the text \`npm run new\` wrote (expected one or two sentences of your own)`,
      `${NEW}:16:1  body: still has the paragraph \`npm run new\` wrote (expected what happened, in your own words)`,
    ]);
    const ci = await check(withFile(await fixtureFiles(), NEW, text), { ci: true });
    expect(ci.errors.filter((line) => line.startsWith(NEW))).toHaveLength(2);
  });
});
