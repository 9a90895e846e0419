import { describe, expect, it } from 'vitest';
import { VALID_FRONTMATTER, check, editFile, eventText, fixtureFiles, withFile } from '../helpers/content.ts';

const NEW = 'src/content/events/2019-02-10-new-ruling.md';
const checkNew = async (frontmatter: string, body?: string, path = NEW) =>
  check(withFile(await fixtureFiles(), path, eventText(frontmatter, body)));

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

describe('each malformed entry is named with file, line, field and expectation', () => {
  it('malformed YAML', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('summary: The court', 'summary: [The court'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^src\/content\/events\/2019-02-10-new-ruling\.md:\d+ {2}\(yaml\): .+ \(expected valid YAML\)$/);
  });

  it('a field written twice', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\ntitle: Again`);
    expect(errors).toEqual([`${NEW}:14  (yaml): a field is written twice (expected valid YAML)`]);
  });

  it('a missing required field', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace(/^title: .*\n/m, ''));
    expect(errors).toEqual([`${NEW}:1  title: is missing (expected a short headline)`]);
  });

  it('a field of the wrong type', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('actors: [high-court]', 'actors: high-court'));
    expect(errors).toEqual([`${NEW}:6  actors: must be a list of actor ids`]);
  });

  it('a misspelt field', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('category:', 'catgory:'));
    expect(errors).toContain(
      `${NEW}:5  catgory: is not a known field (expected only the fields listed in CONTRIBUTING.md; check the spelling)`,
    );
    expect(errors).toContain(`${NEW}:1  category: must be an id (expected lowercase letters, digits and hyphens, like "juan-guaido")`);
  });

  it('a summary over 300 characters', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('The court ruled on a new case.', 'x'.repeat(301)));
    expect(errors).toEqual([`${NEW}:3  summary: is 301 characters long (expected one or two sentences, at most 300 characters)`]);
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
      'src/content/events/2019-02-30-new-ruling.md:4  date: "2019-02-30" is not a real date: February 2019 has 28 days',
    ]);
  });

  it('a date that is not a date', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('2019-02-10', '10/02/2019'));
    expect(errors).toEqual([`${NEW}:4  date: "10/02/2019" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm)`]);
  });

  it('a date that does not match the file name', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-11'));
    expect(errors).toEqual([
      `${NEW}:4  date: 2019-02-11 does not match the file name's date 2019-02-10 (expected the file to be named 2019-02-11-new-ruling)`,
    ]);
  });

  it('an end before the start', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\nendDate: 2019-02-09`);
    expect(errors).toEqual([`${NEW}:14  endDate: 2019-02-09 is before the date 2019-02-10 (expected an end on or after the start)`]);
  });

  it('a time without a zone', async () => {
    const { errors } = await check(
      withFile(await fixtureFiles(), NEW, eventText(VALID_FRONTMATTER.replace('date: 2019-02-10', 'date: 2019-02-10T09:30'))),
    );
    expect(errors).toEqual([`${NEW}:1  timezone: is missing (expected an IANA zone such as "America/Caracas" for a date with a time)`]);
  });

  it('an unknown time zone', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('date: 2019-02-10', 'date: 2019-02-10T09:30\ntimezone: Caracas'));
    expect(errors).toEqual([`${NEW}:5  timezone: "Caracas" is not an IANA time zone (expected a name like "America/Caracas")`]);
  });

  it('an unknown category', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('category: court', 'category: courts'));
    expect(errors).toEqual([
      `${NEW}:5  category: "courts" is not a category (expected one of: court, defection; or add src/content/categories/courts.yaml)`,
    ]);
  });

  it('an unknown actor', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('[high-court]', '[high-court, ana-peres]'));
    expect(errors).toEqual([
      `${NEW}:6  actors.1: "ana-peres" is not an actor (expected a file name from src/content/actors/, or add src/content/actors/ana-peres.yaml)`,
    ]);
  });

  it('an unknown related event', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\nrelated: [2019-02-02-judge-spoke]`);
    expect(errors).toEqual([
      `${NEW}:14  related.0: "2019-02-02-judge-spoke" is not an event (expected a file name from src/content/events/ without extension)`,
    ]);
  });

  it('a related event that is a draft', async () => {
    const { errors } = await checkNew(`${VALID_FRONTMATTER}\nrelated: [2019-03-01-draft-entry]`);
    expect(errors).toEqual([
      `${NEW}:14  related.0: "2019-03-01-draft-entry" is a draft and will not be published (expected a published event)`,
    ]);
  });

  it('an empty source list', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace(/sources:[\s\S]*$/, 'sources: []'));
    expect(errors).toEqual([`${NEW}:7  sources: is empty (expected at least one source with title, publisher and url)`]);
  });

  it('no sources at all', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace(/sources:[\s\S]*$/, ''));
    expect(errors).toEqual([`${NEW}:1  sources: is missing (expected a list of at least one source with title, publisher and url)`]);
  });

  it('a non-http source address', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('https://example.com/new', 'javascript:alert(1)'));
    expect(errors).toEqual([
      `${NEW}:10  sources.0.url: "javascript:alert(1)" is not a web address (expected the address of the source starting with http:// or https://)`,
    ]);
  });

  it('a source without a publisher', async () => {
    const { errors } = await checkNew(VALID_FRONTMATTER.replace('    publisher: Example Times\n', ''));
    expect(errors).toEqual([`${NEW}:8  sources.0.publisher: is missing (expected the publisher’s name)`]);
  });

  it('two files with the same id', async () => {
    const files = withFile(await fixtureFiles(), 'src/content/events/2019-02-02-judge-speaks.mdx', eventText(VALID_FRONTMATTER));
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/events/2019-02-02-judge-speaks.mdx  file: has the same id "2019-02-02-judge-speaks" as src/content/events/2019-02-02-judge-speaks.md (expected one file per id; remove or rename one)',
    ]);
  });

  it('a file with no frontmatter', async () => {
    const { errors } = await check(withFile(await fixtureFiles(), NEW, '# Just a heading\n'));
    expect(errors).toEqual([
      `${NEW}:1  (frontmatter): has no frontmatter (expected the file to start with a "---" line, the fields, and a closing "---" line)`,
    ]);
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
    expect(errors).toContain('src/content/categories/court.yaml:1  name: is missing (expected the category’s label)');
  });

  it('an actor of an unknown kind', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/actors/high-court.yaml', (text) =>
      text.replace('kind: institution', 'kind: court'),
    );
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/actors/high-court.yaml:2  kind: "court" is not a kind (expected person, institution, country or organization)',
    ]);
  });

  it('overlapping phases', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/phases/later.yaml', (text) => text.replace('2019-02-01', '2019-01-20'));
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/phases/later.yaml:2  start: 2019-01-20 overlaps the phase "early" ending 2019-01-31 (expected phases that do not overlap)',
    ]);
  });

  it('a broken story settings file', async () => {
    const files = editFile(await fixtureFiles(), 'src/content/story.yaml', (text) =>
      text.replace('https://fixture.example.org', 'fixture.example.org'),
    );
    const { errors } = await check(files);
    expect(errors).toEqual([
      'src/content/story.yaml:8  site: "fixture.example.org" is not a web address (expected the published site’s address starting with http:// or https://)',
    ]);
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
    const { errors, warnings } = await check(
      withFile(await fixtureFiles(), 'src/content/events/2030-02-10-new-ruling.md', eventText(frontmatter)),
    );
    const file = 'src/content/events/2030-02-10-new-ruling.md';
    expect(errors).toEqual([]);
    expect(warnings.filter((line) => line.startsWith(file))).toEqual([
      `${file}:3  summary: repeats the title (expected one or two sentences that add what, who and why)`,
      `${file}:4  date: 2030-02-10 is in the future (expected an event that has happened; check the year)`,
      `${file}:6  sources: has a single source (expected two or more independent sources where possible)`,
      `${file}:10  sources.0.published: 2029-12-01 is before the event (2030-02-10) (expected a source published on or after the event; check both dates)`,
    ]);
  });
});

describe('an entry scaffolded by npm run new', () => {
  it('warns while the summary and body placeholders remain', async () => {
    const { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } = await import('../../src/lib/scaffold/placeholders.ts');
    const frontmatter = VALID_FRONTMATTER.replace('The court ruled on a new case.', PLACEHOLDER_SUMMARY);
    const { errors, warnings } = await checkNew(frontmatter, `${PLACEHOLDER_BODY}\n`);
    expect(errors).toEqual([]);
    expect(warnings.filter((line) => line.startsWith(NEW))).toEqual([
      `${NEW}:3  summary: is still the text \`npm run new\` wrote (expected one or two sentences of your own)`,
      `${NEW}:16  body: still has the paragraph \`npm run new\` wrote (expected what happened, in your own words)`,
    ]);
  });
});
