import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { importTimelineJs, readTimelineJsDate, type ImportFile, type ImportResult } from '../../src/lib/import/timelinejs.ts';
import { splitFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { check, eventText } from '../helpers/content.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/timelinejs/', import.meta.url));
const fixture = async (name: string) => JSON.parse(await readFile(join(FIXTURES, name), 'utf8')) as unknown;

/** A written file's frontmatter as data (YAML 1.2, as the checker reads it) and its body. */
function entry(result: ImportResult, path: string) {
  const file = result.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no file ${path}; written: ${result.files.map((f) => f.path).join(', ')}`);
  if (!path.endsWith('.md')) return { data: parse(file.text, { schema: 'core' }) as Record<string, unknown>, body: '' };
  const split = splitFrontmatter(file.text);
  if (!split.ok) throw new Error(split.message);
  return { data: parse(split.yaml, { schema: 'core' }) as Record<string, unknown>, body: split.body };
}

/** Checks the content folder's files as a project's src/content, with the real checker. */
const checkFolder = (files: readonly ImportFile[]) => check(files.map((file) => ({ path: `src/content/${file.path}`, text: file.text })));

const notesOf = (result: ImportResult, slide: string) => result.review.find((item) => item.slide === slide)?.notes ?? [];

describe('importing a hand-written TimelineJS3 file into an empty folder', async () => {
  const result = importTimelineJs(await fixture('hand-written.json'), []);

  it('accounts for every slide: read, written, parked for a source, or not written', () => {
    expect(result.counts).toEqual({ slides: 10, eras: 3, written: 7, parked: 1, notWritten: 2, phases: 2, categories: 4, flagged: 11 });
    expect(result.files.map((file) => file.path).sort()).toEqual([
      'categories/courts.yaml',
      'categories/decisions.yaml',
      'categories/protests.yaml',
      'categories/uncategorized.yaml',
      'events/1999-the-dam-is-approved.md',
      'events/2019-02-farmers-sue-the-council.md',
      'events/2019-03-14-court-hears-the-case.md',
      'events/2019-04-02-video-of-the-protest.md',
      'events/2019-06-09-council-meets-2.md',
      'events/2019-06-09-council-meets.md',
      'events/2019-07-30-the-court-ruled-for-the-farmers.md',
      'import-review/2019-05-01-a-rumour-of-a-settlement.md',
      'phases/in-court.yaml',
      'phases/the-long-quarrel.yaml',
      'story.yaml',
    ]);
  });

  it('passes the content checker as written, with no errors', async () => {
    const { errors, result: checked } = await checkFolder(result.files);
    expect(errors).toEqual([]);
    expect(checked.published).toHaveLength(7);
  });

  it('makes the story settings from the title slide', () => {
    expect(entry(result, 'story.yaml').data).toEqual({
      title: 'The river dispute',
      dek: 'Twenty years of a quarrel over water, in ten moments.',
      introduction: 'The dispute began with a dam.\n\nIt ended, for now, in court.\n',
      site: 'https://example.org',
      publisher: 'Unknown publisher',
    });
  });

  it('keeps a year-only date a year, turns the text into Markdown and its links into sources, and strips what could run code', () => {
    const { data, body } = entry(result, 'events/1999-the-dam-is-approved.md');
    expect(data).toMatchObject({ title: 'The dam is approved', date: '1999', category: 'decisions' });
    expect(data.summary).toBe('The regional council approved the dam, according to the Daily Example, after a long debate.');
    expect(data.sources).toEqual([
      { title: 'according to the Daily Example', publisher: 'news.example.com', url: 'https://news.example.com/1999/dam-approved' },
      { title: 'long debate', publisher: 'archive.example.org', url: 'https://archive.example.org/minutes' },
    ]);
    expect(body).toContain('[according to the Daily Example](https://news.example.com/1999/dam-approved)');
    expect(body).not.toMatch(/script|alert|onclick|javascript:/i);
    expect(notesOf(result, 'slide 1')).toEqual([
      'removed a <script> element',
      'removed an onclick= script attribute from <a>',
      'removed a href="javascript:alert(1)" address from <a>',
    ]);
  });

  it('keeps a year-and-month date at month precision, "around" as approximate, and an image with its credit', () => {
    const { data } = entry(result, 'events/2019-02-farmers-sue-the-council.md');
    expect(data).toMatchObject({ date: '2019-02', approximate: true, category: 'courts' });
    expect(data.image).toEqual({
      src: 'https://images.example.com/farmers.jpg',
      alt: 'Farmers outside the court',
      credit: 'Photo: Ana Pérez',
    });
    expect(data.summary).toBe('Farmers downstream filed a lawsuit.');
    expect(data.sources).toEqual([
      {
        title: 'farmers-sue-council (slug)',
        publisher: 'courtnews.example.com',
        url: 'https://www.courtnews.example.com/farmers-sue-council',
      },
      { title: 'Ana Pérez', publisher: 'photos.example.net', url: 'https://photos.example.net/ana' },
    ]);
    expect(notesOf(result, 'slide 2')).toEqual([]);
  });

  it('drops a time it cannot place in a zone, and says so', () => {
    expect(entry(result, 'events/2019-03-14-court-hears-the-case.md').data.date).toBe('2019-03-14');
    expect(notesOf(result, 'slide 3')).toEqual([
      'time 20:15 dropped: no time zone (give --timezone, or add the time and a timezone by hand)',
    ]);
  });

  it('lists video media as a source, parks a slide with no source as a draft, and files a slide without group as uncategorized', () => {
    expect(entry(result, 'events/2019-04-02-video-of-the-protest.md').data.sources).toEqual([
      { title: 'The march, filmed by a local channel', publisher: 'youtube.com', url: 'https://www.youtube.com/watch?v=abc123' },
    ]);
    expect(entry(result, 'import-review/2019-05-01-a-rumour-of-a-settlement.md').data).toMatchObject({ draft: true, sources: [] });
    expect(notesOf(result, 'slide 5')).toEqual([
      'no source: written to import-review/ as a draft; add a source with title, publisher and url, then move it to events/',
    ]);
    expect(entry(result, 'events/2019-06-09-council-meets.md').data.category).toBe('uncategorized');
    expect(entry(result, 'categories/uncategorized.yaml').data).toEqual({
      name: 'Uncategorized',
      description: 'Events filed under “Uncategorized” in the imported timeline.',
    });
  });

  it('names files <date>-<slug of headline>, one per slide even when two are alike', () => {
    expect(notesOf(result, 'slide 7')).toEqual(['another slide has the same date and headline: written as "2019-06-09-council-meets-2"']);
    expect(entry(result, 'events/2019-07-30-the-court-ruled-for-the-farmers.md').data.title).toBe('The court ruled for the farmers');
    expect(notesOf(result, 'slide 8')).toEqual(['no headline: titled "The court ruled for the farmers"']);
  });

  it('turns eras into phases unless they overlap, and lists what it could not write', () => {
    expect(entry(result, 'phases/the-long-quarrel.yaml').data).toEqual({
      title: 'The long quarrel',
      start: '1999',
      end: '2018',
      summary: 'Two decades of talks that went nowhere.',
    });
    expect(entry(result, 'phases/in-court.yaml').data).toMatchObject({ start: '2019-01', end: '2019-12' });
    expect(result.review.map((item) => `${item.slide}: ${item.notes[0]}`)).toEqual([
      'title slide: the title slide’s media (https://upload.wikimedia.org/wikipedia/commons/a/a1/River.jpg) is not kept: Cronista’s home page has no picture',
      'era 2: no text: summary set to "From January 2019 to December 2019."',
      'era 3: not written: overlaps the phase "the-long-quarrel" (1999 to 2018); Cronista phases do not overlap',
      'slide 1: removed a <script> element',
      'slide 3: time 20:15 dropped: no time zone (give --timezone, or add the time and a timezone by hand)',
      'slide 4: media https://www.youtube.com/watch?v=abc123 is listed as a source (Cronista does not embed media); check that it supports the entry',
      'slide 5: no source: written to import-review/ as a draft; add a source with title, publisher and url, then move it to events/',
      'slide 6: no group: filed under "uncategorized"; pick a category',
      'slide 7: another slide has the same date and headline: written as "2019-06-09-council-meets-2"',
      'slide 8: no headline: titled "The court ruled for the farmers"',
      'slide 9: not written: start_date has the year "-500" (Cronista writes years 0000–9999)',
    ]);
  });

  it('keeps a time when given the zone, and the settings the file cannot hold', () => {
    const timed = importTimelineJs(
      {
        events: [
          {
            start_date: { year: 2019, month: 3, day: 14, hour: 20, minute: 15 },
            text: { headline: 'Hearing', text: '<p>Late. <a href="https://a.example.com/x">A</a></p>' },
          },
        ],
      },
      [],
      {
        timezone: 'America/Caracas',
        site: 'https://rivers.example.org',
        publisher: 'River desk',
      },
    );
    expect(entry(timed, 'events/2019-03-14-hearing.md').data).toMatchObject({ date: '2019-03-14T20:15', timezone: 'America/Caracas' });
    expect(entry(timed, 'story.yaml').data).toMatchObject({ site: 'https://rivers.example.org', publisher: 'River desk' });
  });
});

describe('importing a file exported from the Google Sheets template', async () => {
  const result = importTimelineJs(await fixture('sheets-export.json'), [], { timezone: 'Europe/London' });

  it('reads years as strings, empty cells, split times and HTML media, and passes the checker', async () => {
    expect(result.counts).toMatchObject({ slides: 5, eras: 1, written: 3, parked: 1, notWritten: 0, phases: 1 });
    expect(entry(result, 'events/1815-12-10-ada-lovelace.md').data).toMatchObject({
      date: '1815-12-10',
      endDate: '1852-11-27',
      category: 'uncategorized',
    });
    expect(entry(result, 'events/1943-07-and-the-women-who-made-it-work.md').data).toMatchObject({
      date: '1943-07',
      endDate: '1946',
      category: 'programmers',
    });
    expect(entry(result, 'events/1952-05-03-grace-hoppers-compiler.md').data).toMatchObject({
      date: '1952-05-03T09:30',
      timezone: 'Europe/London',
    });
    const quote = entry(result, 'import-review/1948-03-14-edith-clarke-bucking-the-trend.md');
    expect(quote.body).toContain('> There is no demand for women engineers');
    expect(quote.data.summary).toBe('There is no demand for women engineers, as such, as there are for women doctors. Edith Clarke');
    expect(notesOf(result, 'slide 3')).toEqual([
      'display date "1943 – 1946" not kept (Cronista shows the date as written: 1943-07 to 1946)',
    ]);
    const { errors } = await checkFolder(result.files);
    expect(errors).toEqual([]);
  });
});

describe('importing into a folder that has content', async () => {
  const existing: ImportFile[] = [
    { path: 'story.yaml', text: 'title: Existing\ndek: One.\nintroduction: Two.\nsite: https://x.example.org\npublisher: Desk\n' },
    { path: 'categories/court-cases.yaml', text: 'name: Courts\ndescription: Court cases.\n' },
    { path: 'phases/the-year.yaml', text: 'title: The year\nstart: 2019-01-01\nend: 2019-12-31\nsummary: All of it.\n' },
    {
      path: 'events/2019-06-09-council-meets.md',
      text: eventText(
        'title: Council meets\nsummary: It met.\ndate: 2019-06-09\ncategory: court-cases\nsources:\n  - title: T\n    publisher: P\n    url: https://p.example.com/t',
      ),
    },
  ];
  const result = importTimelineJs(await fixture('hand-written.json'), existing);

  it('keeps the story settings, reuses categories by name, never reuses an id and skips overlapping eras', async () => {
    expect(result.story).toBe('kept');
    expect(result.files.map((file) => file.path)).not.toContain('story.yaml');
    expect(notesOf(result, 'title slide')).toContain(
      'story.yaml exists and was not changed; the title slide reads: title "The river dispute", text "Twenty years of a quarrel over water, in ten moments. The dispute began with a dam. It ended, for now, in court."',
    );
    expect(entry(result, 'events/2019-03-14-court-hears-the-case.md').data.category).toBe('court-cases');
    expect(result.files.map((file) => file.path)).not.toContain('categories/courts.yaml');
    expect(notesOf(result, 'slide 6')).toContain(
      'an entry "2019-06-09-council-meets" already exists: written as "2019-06-09-council-meets-2"; check it is not the same event',
    );
    expect(notesOf(result, 'era 2')[0]).toMatch(/^not written: overlaps the phase "the-year"/);
    const { errors } = await checkFolder([...existing, ...result.files]);
    expect(errors).toEqual([]);
  });
});

describe('readTimelineJsDate', () => {
  it('lowers the precision rather than invent or guess a part', () => {
    expect(readTimelineJsDate({ year: '2019', month: '13' }, undefined)).toMatchObject({
      date: { iso: '2019' },
      notes: ['month "13" is not a month; written as 2019'],
    });
    expect(readTimelineJsDate({ year: '2019', month: '2', day: '30' }, undefined)).toMatchObject({
      date: { iso: '2019-02' },
      notes: ['day "30" is not a day of 2019-02; written as 2019-02'],
    });
    expect(readTimelineJsDate({ year: '2019', month: '2', day: '3', hour: '20' }, 'UTC')).toMatchObject({
      date: { iso: '2019-02-03' },
      notes: ['time 20:?? dropped (Cronista writes times to the minute)'],
    });
    expect(readTimelineJsDate({ year: '' }, undefined)).toEqual({ error: 'has no year (expected a start_date with at least a year)' });
  });
});

describe('refusing what is not a timeline', () => {
  it('names the problem', () => {
    expect(() => importTimelineJs({ slides: [] }, [])).toThrow(
      'The file has no "events" list (expected a TimelineJS3 JSON file: { "events": [ … ] })',
    );
    expect(() => importTimelineJs({ events: [] }, [], { timezone: 'Mars/Olympus' })).toThrow(
      '--timezone "Mars/Olympus" is not an IANA time zone',
    );
  });
});

describe('the round trip: importing this project’s own /timelinejs.json', async () => {
  const exported = JSON.parse(await readFile(join(inject('demoDist'), 'timelinejs.json'), 'utf8')) as unknown;
  const result = importTimelineJs(exported, []);
  const eventsDir = join(PROJECT_ROOT, 'src/content/events');
  const originals = await Promise.all(
    (await readdir(eventsDir)).sort().map(async (name) => {
      const split = splitFrontmatter(await readFile(join(eventsDir, name), 'utf8'));
      if (!split.ok) throw new Error(name);
      return { id: name.replace(/\.mdx?$/, ''), data: eventSchema.parse(parse(split.yaml, { schema: 'core' })) };
    }),
  );
  const published = originals.filter((event) => !event.data.draft);

  it('gives back one event per published entry, with the same ids, and nothing to review but the site settings', async () => {
    expect(result.counts).toMatchObject({ written: published.length, parked: 0, notWritten: 0 });
    expect(
      result.files
        .filter((file) => file.path.startsWith('events/'))
        .map((file) => file.path.replace(/^events\/|\.md$/g, ''))
        .sort(),
    ).toEqual(published.map((event) => event.id));
    expect(result.review.map((item) => item.slide)).toEqual(['title slide']);
    const { errors } = await checkFolder(result.files);
    expect(errors).toEqual([]);
  });

  it('gives back the same titles, dates at the same precision, categories and sources', () => {
    for (const original of published) {
      const imported = eventSchema.parse(entry(result, `events/${original.id}.md`).data);
      const pick = ({ title, summary, date, endDate, approximate, timezone, category, sources }: typeof original.data) => ({
        title,
        summary,
        date,
        endDate,
        approximate,
        timezone,
        category,
        sources,
      });
      expect(pick(imported), original.id).toEqual(pick(original.data));
    }
  });
});

describe('importing with the published timeline as the fallback source', async () => {
  const timeline = { url: 'https://example.com/timelines/settlement', title: 'The settlement timeline', publisher: 'Example Desk' };
  const result = importTimelineJs(await fixture('hand-written.json'), [], { timeline });

  it('publishes the slide that had no source of its own, citing the timeline, and lists it for review', async () => {
    expect(result.counts).toMatchObject({ written: 8, parked: 0 });
    expect(entry(result, 'events/2019-05-01-a-rumour-of-a-settlement.md').data.sources).toEqual([
      { title: 'The settlement timeline', publisher: 'Example Desk', url: 'https://example.com/timelines/settlement' },
    ]);
    expect(notesOf(result, 'slide 5')).toEqual([
      'no link or media of its own: cites the original timeline (--timeline-url); check the claim against it',
    ]);
    const { errors } = await checkFolder(result.files);
    expect(errors).toEqual([]);
  });

  it('leaves slides that have their own sources alone', () => {
    expect(entry(result, 'events/2019-04-02-video-of-the-protest.md').data.sources).toEqual([
      { title: 'The march, filmed by a local channel', publisher: 'youtube.com', url: 'https://www.youtube.com/watch?v=abc123' },
    ]);
  });
});
