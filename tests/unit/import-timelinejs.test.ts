import { spawnSync } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import {
  importTimelineJs,
  readTimelineJsDate,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
} from '../../src/lib/import/timelinejs.ts';
import { buildTimelineJs } from '../../src/lib/exports/timelinejs.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { renderMarkdownBody } from '../../src/lib/check/body-safety.ts';
import { splitEntry } from '../../src/lib/check/frontmatter.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { eventSchema, type EventInput } from '../../src/schemas/event.ts';
import { categorySchema, phaseSchema, storySchema } from '../../src/schemas/taxonomy.ts';
import { timelineJsMediaType } from '../../src/lib/timelinejs/media-type.ts';
import { PROJECT_ROOT, demoContentDir } from '../helpers/build.ts';
import { formatEventDate } from '../../src/lib/dates.ts';

import { FIXTURES, allNotes, checkFolder, entry, notesOf } from '../helpers/import.ts';
const fixture = async (name: string) => JSON.parse(await readFile(join(FIXTURES, name), 'utf8')) as unknown;

/** A one-slide timeline with a sourced text, to look at what one field becomes. */
const oneSlide = (slide: Record<string, unknown>, options: ImportOptions = {}) =>
  importTimelineJs(
    {
      events: [
        {
          start_date: { year: '2019', month: '3', day: '1' },
          text: { headline: 'A march', text: '<p>People marched. <a href="https://news.example.com/march">Report</a></p>' },
          ...slide,
        },
      ],
    },
    [],
    options,
  );
const eventOf = (result: ImportResult) => {
  const file = result.files.find((candidate) => /^(events|.import-review)\/.*\.md$/.test(candidate.path));
  if (!file) throw new Error('no event written');
  return entry(result, file.path);
};

describe('importing a hand-written TimelineJS3 file into an empty folder', async () => {
  const result = importTimelineJs(await fixture('hand-written.json'), []);

  it('accounts for every slide and era: written, parked for review, or not written with the reason', () => {
    expect(result.counts).toEqual({
      slides: 10,
      eras: 3,
      written: 5,
      parked: 3,
      notWritten: 1,
      phases: 2,
      parkedPhases: 1,
      categories: 4,
      flagged: 12,
    });
    expect(result.format).toBe('timelinejs3');
    expect(result.files.map((file) => file.path).sort()).toEqual([
      '.import-review/2019-04-02-video-of-the-protest.md',
      '.import-review/2019-05-01-a-rumour-of-a-settlement.md',
      '.import-review/2019-06-09-council-meets-2.md',
      '.import-review/phases/overlapping-talks.yaml',
      'categories/courts.yaml',
      'categories/decisions.yaml',
      'categories/protests.yaml',
      'categories/uncategorized.yaml',
      'events/1999-the-dam-is-approved.md',
      'events/2019-02-farmers-sue-the-council.md',
      'events/2019-03-14-court-hears-the-case.md',
      'events/2019-06-09-council-meets.md',
      'events/2019-07-30-the-court-ruled-for-the-farmers.md',
      'phases/in-court.yaml',
      'phases/the-long-quarrel.yaml',
      'story.yaml',
    ]);
  });

  it('passes the content checker as written, with no errors', async () => {
    const { errors, result: checked } = await checkFolder(result.files);
    expect(errors).toEqual([]);
    expect(checked.published).toHaveLength(5);
  });

  it('makes the story settings from the title slide, and lists its media with caption and credit', () => {
    expect(entry(result, 'story.yaml').data).toEqual({
      title: 'The river dispute',
      dek: 'Twenty years of a quarrel over water, in ten moments.',
      introduction: 'The dispute began with a dam.\n\nIt ended, for now, in court.\n',
      site: 'https://example.org',
      publisher: 'Unknown publisher',
      // The web photos kept are published only from hosts the story allows.
      imageHosts: ['images.example.com'],
    });
    expect(notesOf(result, 'title slide')[0]).toBe(
      'the title slide’s media is not kept (Cronista’s home page has no picture): https://upload.wikimedia.org/wikipedia/commons/a/a1/River.jpg; credit "Wikimedia Commons"',
    );
  });

  it('keeps a year-only date a year, turns the text into Markdown and its links into sources without invented titles, and strips what could run code', () => {
    const { data, body } = entry(result, 'events/1999-the-dam-is-approved.md');
    expect(data).toMatchObject({ title: 'The dam is approved', date: '1999', category: 'decisions' });
    expect(data.summary).toBe('The regional council approved the dam, according to the Daily Example, after a long debate.');
    // Link text inside a sentence is not a headline: the sources have none, and the page names them by publisher.
    expect(data.sources).toEqual([
      { publisher: 'news.example.com', url: 'https://news.example.com/1999/dam-approved' },
      { publisher: 'archive.example.org', url: 'https://archive.example.org/minutes' },
    ]);
    expect(body).toContain('[according to the Daily Example](https://news.example.com/1999/dam-approved)');
    expect(body).not.toMatch(/script|alert|onclick|javascript:/i);
    expect(notesOf(result, 'slide 1')).toEqual([
      'removed a <script> element',
      'removed an onclick= script attribute from <a>',
      'removed a href="javascript:alert(1)" address from <a>',
    ]);
  });

  it('keeps a photo as media with its caption and credit, names a link written as its address by its host, and lists a credit link that is the only other source', () => {
    const { data, body } = entry(result, 'events/2019-02-farmers-sue-the-council.md');
    expect(data).toMatchObject({
      date: '2019-02',
      approximate: true,
      category: 'courts',
      summary: 'Farmers downstream filed a lawsuit. courtnews.example.com',
    });
    expect(data.media).toEqual([
      {
        url: 'https://images.example.com/farmers.jpg',
        caption: 'Farmers outside the court',
        credit: 'Photo: Ana Pérez',
        alt: 'Farmers outside the court',
      },
    ]);
    expect(data.image).toBeUndefined();
    expect(data.sources).toEqual([
      { publisher: 'courtnews.example.com', url: 'https://www.courtnews.example.com/farmers-sue-council' },
      { publisher: 'photos.example.net', url: 'https://photos.example.net/ana' },
    ]);
    expect(body).toBe('Farmers downstream filed a lawsuit. [courtnews.example.com](https://www.courtnews.example.com/farmers-sue-council)');
    expect(notesOf(result, 'slide 2')).toEqual([
      'the link written as its address (https://www.courtnews.example.com/farmers-sue-council) is named "courtnews.example.com"',
      "the image's alt text is its caption: check that it says what the image shows",
    ]);
  });

  it('drops a time it cannot place in a zone, and says so', () => {
    expect(entry(result, 'events/2019-03-14-court-hears-the-case.md').data.date).toBe('2019-03-14');
    expect(notesOf(result, 'slide 3')).toEqual([
      'time 20:15 dropped: no time zone (give --timezone, or add the time and a timezone by hand)',
    ]);
  });

  it('keeps a video as media, never as a source: a slide with nothing else to cite is parked as a draft', () => {
    const video = entry(result, '.import-review/2019-04-02-video-of-the-protest.md').data;
    expect(video).toMatchObject({ draft: true, sources: [] });
    expect(video.media).toEqual([{ url: 'https://www.youtube.com/watch?v=abc123', caption: 'The march, filmed by a local channel' }]);
    expect(entry(result, '.import-review/2019-05-01-a-rumour-of-a-settlement.md').data).toMatchObject({ draft: true, sources: [] });
    expect(notesOf(result, 'slide 5')).toEqual([
      'no source: written to .import-review/ as a draft; add a source with publisher and url (and its headline, if seen), then move it to events/',
    ]);
    expect(entry(result, 'events/2019-06-09-council-meets.md').data.category).toBe('uncategorized');
    expect(entry(result, 'categories/uncategorized.yaml').data).toEqual({
      name: 'Uncategorized',
      description: 'Events filed under “Uncategorized” in the imported timeline.',
    });
  });

  it('names files <date>-<slug of headline>, one per slide, and parks the second of two alike (the checker refuses one event twice)', () => {
    expect(notesOf(result, 'slide 7')).toEqual([
      'another slide has the same date and headline: written as "2019-06-09-council-meets-2"',
      'the same event as events/2019-06-09-council-meets.md (same date and headline): written to .import-review/ as a draft; merge the two, or tell them apart, then move it to events/',
    ]);
    expect(entry(result, 'events/2019-07-30-the-court-ruled-for-the-farmers.md').data.title).toBe('The court ruled for the farmers');
    expect(notesOf(result, 'slide 8')).toEqual(['no headline: titled "The court ruled for the farmers"']);
  });

  it('turns eras into phases, parks an era that overlaps another for review, and lists what it could not write', () => {
    expect(entry(result, 'phases/the-long-quarrel.yaml').data).toEqual({
      title: 'The long quarrel',
      start: '1999',
      end: '2018',
      summary: 'Two decades of talks that went nowhere.',
    });
    expect(entry(result, 'phases/in-court.yaml').data).toMatchObject({ start: '2019-01', end: '2019-12' });
    expect(entry(result, '.import-review/phases/overlapping-talks.yaml').data).toEqual({
      title: 'Overlapping talks',
      start: '2010',
      end: '2012',
      summary: 'From 2010 to 2012.',
    });
    expect(result.review.map((item) => `${item.slide}: ${item.notes[0]}`)).toEqual([
      'title slide: the title slide’s media is not kept (Cronista’s home page has no picture): https://upload.wikimedia.org/wikipedia/commons/a/a1/River.jpg; credit "Wikimedia Commons"',
      'era 2: no text: summary set to "From January 2019 to December 2019."',
      'era 3: overlaps the phase "the-long-quarrel" (1999 to 2018): written for review, not as a phase (Cronista phases do not overlap); change its dates or merge it, then move it to the phases folder',
      'slide 1: removed a <script> element',
      'slide 2: the link written as its address (https://www.courtnews.example.com/farmers-sue-council) is named "courtnews.example.com"',
      'slide 3: time 20:15 dropped: no time zone (give --timezone, or add the time and a timezone by hand)',
      'slide 4: no source: written to .import-review/ as a draft; add a source with publisher and url (and its headline, if seen), then move it to events/',
      'slide 5: no source: written to .import-review/ as a draft; add a source with publisher and url (and its headline, if seen), then move it to events/',
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
      media: [
        {
          url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
          caption: 'Portrait by Alfred Edward Chalon',
          credit: 'Wikimedia Commons',
          alt: 'Portrait by Alfred Edward Chalon',
        },
      ],
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
    const quote = entry(result, '.import-review/1948-03-14-edith-clarke-bucking-the-trend.md');
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
      text: '---\ntitle: Council meets\nsummary: It met.\ndate: 2019-06-09\ncategory: court-cases\nsources:\n  - title: T\n    publisher: P\n    url: https://p.example.com/t\n---\n\nIt met.\n',
    },
  ];
  const result = importTimelineJs(await fixture('hand-written.json'), existing);

  it('keeps the story settings, reuses categories by name, never reuses an id and parks overlapping eras', async () => {
    expect(result.story).toBe('kept');
    expect(result.files.map((file) => file.path)).not.toContain('story.yaml');
    expect(notesOf(result, 'title slide')).toContain(
      'story.yaml exists and was not changed; the title slide reads: title "The river dispute", text "Twenty years of a quarrel over water, in ten moments. The dispute began with a dam. It ended, for now, in court."',
    );
    expect(entry(result, 'events/2019-03-14-court-hears-the-case.md').data.category).toBe('court-cases');
    expect(result.files.map((file) => file.path)).not.toContain('categories/courts.yaml');
    expect(notesOf(result, 'slide 6')).toEqual([
      'no group: filed under "uncategorized"; pick a category',
      'an entry "2019-06-09-council-meets" already exists: written as "2019-06-09-council-meets-2"; check it is not the same event',
      'the same event as events/2019-06-09-council-meets.md (same date and headline): written to .import-review/ as a draft; merge the two, or tell them apart, then move it to events/',
    ]);
    expect(result.files.map((file) => file.path)).toContain('.import-review/2019-06-09-council-meets-2.md');
    expect(notesOf(result, 'era 2').at(-2)).toMatch(/^overlaps the phase "the-year"/);
    expect(result.files.map((file) => file.path)).toContain('.import-review/phases/in-court.yaml');
    // The story is kept as it is, so the host of the photo kept must be allowed by hand: the review says so, and only that is refused.
    expect(notesOf(result, 'title slide')).toContain(
      'photos are kept from images.example.com: add it to imageHosts in story.yaml (it was not changed), or the checker refuses them',
    );
    const { errors } = await checkFolder([...existing, ...result.files]);
    expect(errors).toEqual([
      expect.stringMatching(
        /media\.0\.url: "https:\/\/images\.example\.com\/farmers\.jpg" is on images\.example\.com, which the story does not allow/,
      ),
    ]);
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

describe('refusing what cannot be imported', () => {
  it('names the problem', () => {
    expect(() => importTimelineJs({ slides: [] }, [])).toThrow(
      'The file has no "events" list (expected a TimelineJS3 JSON file: { "events": [ … ] })',
    );
    expect(() => importTimelineJs({ events: [] }, [], { timezone: 'Mars/Olympus' })).toThrow(
      '--timezone "Mars/Olympus" is not an IANA time zone',
    );
    expect(() => importTimelineJs({ events: [] }, [], { mediaBase: '/static/' })).toThrow('--media-base "/static/" is not a web address');
  });

  it('fails, saying why slide by slide, when no slide could be written (years before 0)', () => {
    const cosmic = {
      title: { text: { headline: 'Deep time' } },
      events: [
        { start_date: { year: '-13800000000' }, text: { headline: 'The first stars' } },
        { start_date: { year: '-3500' }, text: { headline: 'Wheels' } },
      ],
    };
    expect(() => importTimelineJs(cosmic, [])).toThrow(
      [
        'No slide could be written, so nothing was written (2 slides read).',
        '  slide 1 “The first stars”: start_date has the year "-13800000000" (Cronista writes years 0000–9999)',
        '  slide 2 “Wheels”: start_date has the year "-3500" (Cronista writes years 0000–9999)',
        'Cronista dates events by calendar year, 0000 to 9999: a timeline of years before 0 (such as TimelineJS’s cosmological scale) cannot be imported.',
      ].join('\n'),
    );
    expect(() => importTimelineJs({ events: [] }, [])).toThrow(
      'No slide could be written, so nothing was written (the file has no slides).',
    );
  });

  it('exits non-zero and writes nothing from the command line', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cronista-import-'));
    try {
      const file = join(out, 'deep-time.json');
      await writeFile(file, JSON.stringify({ events: [{ start_date: { year: '-4600000000' }, text: { headline: 'The Sun forms' } }] }));
      const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/import-timelinejs.ts'), file, '--out', join(out, 'content')], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('No slide could be written, so nothing was written (1 slide read).');
      expect(run.stderr).toContain('slide 1 “The Sun forms”: start_date has the year "-4600000000"');
      expect(existsSync(join(out, 'content'))).toBe(false);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

/** TimelineJS3's media types (as its MediaType.js names them), each with an address of that type and what Cronista keeps. */
const MEDIA_TYPES: [string, string, Record<string, unknown> | undefined][] = [
  ['youtube', 'https://www.youtube.com/watch?v=abcDEF12345&t=1m5s', { url: 'https://www.youtube.com/watch?v=abcDEF12345&t=1m5s' }],
  ['youtube', '//youtu.be/abcDEF12345', { url: 'https://youtu.be/abcDEF12345' }],
  ['vimeo', 'http://vimeo.com/123456789', { url: 'https://vimeo.com/123456789' }],
  ['dailymotion', 'https://www.dailymotion.com/video/x7abcde', { url: 'https://www.dailymotion.com/video/x7abcde' }],
  ['vine', 'https://vine.co/v/AbCdEf', { url: 'https://vine.co/v/AbCdEf' }],
  [
    'tiktok',
    'https://www.tiktok.com/@someone/video/7000000000000000000',
    { url: 'https://www.tiktok.com/@someone/video/7000000000000000000' },
  ],
  [
    'bluesky',
    'https://bsky.app/profile/someone.example.com/post/3abcdefg',
    { url: 'https://bsky.app/profile/someone.example.com/post/3abcdefg' },
  ],
  ['soundcloud', 'https://soundcloud.com/someone/a-track', { url: 'https://soundcloud.com/someone/a-track' }],
  ['twitter', 'https://twitter.com/#!/someone/status/165994713806155776', { url: 'https://twitter.com/someone/status/165994713806155776' }],
  ['googlemaps', 'https://www.google.com/maps/place/Plaza+Bol%C3%ADvar/@10.5061,-66.9146,17z/data=!3m1', undefined],
  ['flickr', 'https://www.flickr.com/photos/someone/1234567890/', { url: 'https://www.flickr.com/photos/someone/1234567890/' }],
  ['instagram', 'http://instagram.com/p/AbCdEf/', { url: 'https://instagram.com/p/AbCdEf/' }],
  ['profile', 'https://www.instagram.com/someone/', { url: 'https://www.instagram.com/someone/' }],
  [
    'documentcloud',
    'https://www.documentcloud.org/documents/123-a-report.html',
    { url: 'https://www.documentcloud.org/documents/123-a-report.html' },
  ],
  [
    'wikipedia-image',
    'https://commons.wikimedia.org/wiki/File:A_river.jpg',
    { url: 'https://commons.wikimedia.org/wiki/File:A_river.jpg' },
  ],
  ['wikipedia', 'https://en.wikipedia.org/wiki/A_river', { url: 'https://en.wikipedia.org/wiki/A_river' }],
  [
    'image',
    '//upload.wikimedia.org/wikipedia/commons/a/a1/River.jpg',
    { url: 'https://upload.wikimedia.org/wikipedia/commons/a/a1/River.jpg', alt: 'The march' },
  ],
  ['imgur', 'https://imgur.com/gallery/AbCdEf', { url: 'https://imgur.com/gallery/AbCdEf' }],
  [
    'googledocs',
    'https://docs.google.com/document/d/abc/edit?usp=sharing',
    { url: 'https://docs.google.com/document/d/abc/edit?usp=sharing' },
  ],
  ['pdf', 'https://files.example.org/report.pdf', { url: 'https://files.example.org/report.pdf' }],
  ['spotify', 'https://open.spotify.com/track/abc', { url: 'https://open.spotify.com/track/abc' }],
  ['iframe', "<iframe src='https://player.example.org/embed/1' width='100%'></iframe>", { url: 'https://player.example.org/embed/1' }],
  ['video', 'https://files.example.org/clip.mp4', { url: 'https://files.example.org/clip.mp4' }],
  ['wistia', 'https://someone.wistia.com/medias/abc123', { url: 'https://someone.wistia.com/medias/abc123' }],
  ['audio', 'https://files.example.org/speech.mp3', { url: 'https://files.example.org/speech.mp3' }],
  ['imageblank', 'https://photos.example.org/view/123', { url: 'https://photos.example.org/view/123' }],
];

describe('every TimelineJS3 media type as Cronista media', () => {
  it.for(MEDIA_TYPES)('%s (%s) is kept as media with its caption and credit, and is never a source', ([type, url, expected]) => {
    expect(timelineJsMediaType(url).type).toBe(type);
    const result = oneSlide({ media: { url, caption: 'The <em>march</em>', credit: 'Ana Pérez / Example' } });
    const { data } = eventOf(result);
    const media = data.media as Record<string, unknown>[];
    if (expected) expect(media).toEqual([{ caption: 'The march', credit: 'Ana Pérez / Example', ...expected }]);
    expect((data.sources as { url: string }[]).map((source) => source.url)).toEqual(['https://news.example.com/march']);
    expect(eventSchema.safeParse(data).success).toBe(true);
  });

  it('reads a Google Maps address as a map and the place it shows', () => {
    const { data } = eventOf(
      oneSlide({ media: { url: 'https://www.google.com/maps/place/Plaza+Bol%C3%ADvar/@10.5061,-66.9146,17z/data=!3m1' } }),
    );
    expect(data.media).toEqual([{ url: 'https://www.google.com/maps/place/Plaza+Bol%C3%ADvar/@10.5061,-66.9146,17z/data=!3m1' }]);
    expect(data.location).toEqual({ name: 'Plaza Bolívar', lat: 10.5061, lon: -66.9146, zoom: 10 });
    const unnamed = oneSlide({ media: { url: 'https://www.google.com/maps/@42.0321,-87.669,15z' } });
    expect(eventOf(unnamed).data.location).toEqual({ name: '42.0321, -87.669', lat: 42.0321, lon: -87.669, zoom: 10 });
    expect(allNotes(unnamed)).toContain('the map has no place name: named "42.0321, -87.669"; write the place\'s name');
  });

  it('keeps a slide’s location, named, with its zoom brought to Cronista’s 1–10', () => {
    const result = oneSlide({ location: { lat: 39.4917, lon: -91.7932, zoom: 12, name: 'Florida, Missouri', line: true } });
    expect(eventOf(result).data.location).toEqual({ name: 'Florida, Missouri', lat: 39.4917, lon: -91.7932, zoom: 10 });
    expect(allNotes(result)).toContain("location's zoom 12 written as 10 (Cronista draws 1, the world, to 10, a city)");
  });

  it('keeps an embedded post as a post: its address, text, author and date', () => {
    const embed =
      '<blockquote class="twitter-tweet"><p lang="en">The square is full. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Ana (@ana) <a href="https://twitter.com/ana/status/1234567890?ref_src=twsrc%5Etfw">February 2, 2019</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>';
    const { data, body } = eventOf(oneSlide({ media: { url: embed, caption: 'A post' } }));
    expect(data.media).toEqual([
      {
        url: 'https://twitter.com/ana/status/1234567890',
        caption: 'A post',
        text: 'The square is full. pic.twitter.com/abc',
        author: 'Ana (@ana)',
        date: '2019-02-02',
      },
    ]);
    expect(body).not.toMatch(/twitter|blockquote|script/);
  });

  it('adds media that really is HTML (a quotation) to the text, with its credit and caption, and never an address as text', () => {
    const quoted = oneSlide({ media: { url: '<blockquote>We will stay.</blockquote>', caption: 'From the speech', credit: 'The mayor' } });
    expect(eventOf(quoted).body).toBe(
      'People marched. [Report](https://news.example.com/march)\n\n> We will stay.\n>\n> — The mayor\n\nFrom the speech',
    );
    expect(allNotes(quoted)).toContain(
      'the media was HTML (a quotation): added at the end of the text, credited "The mayor", with its caption "From the speech"',
    );
    for (const url of ['/static/img/family.jpg', 'img/family.jpg', '//upload.wikimedia.org/wikipedia/commons/a/a1/River.jpg']) {
      const result = oneSlide({ media: { url, caption: 'The family' } });
      expect(eventOf(result).body).toBe('People marched. [Report](https://news.example.com/march)');
      expect(allNotes(result).join('\n')).not.toContain('the media was HTML');
    }
  });

  it('keeps media written as a path only with --media-base, and lists it with its caption and credit otherwise', () => {
    const without = oneSlide({ media: { url: '/static/img/family.jpg', caption: 'The family', credit: 'Tom Marcello' } });
    expect(eventOf(without).data.media).toBeUndefined();
    expect(allNotes(without)).toContain(
      'media /static/img/family.jpg is a path on the site the timeline was published on: not kept (caption "The family"; credit "Tom Marcello"); give --media-base with that site\'s address to keep it',
    );
    const withBase = oneSlide(
      { media: { url: '/static/img/family.jpg', caption: 'The family' } },
      { mediaBase: 'https://timeline.example.org/examples/houston/' },
    );
    expect(eventOf(withBase).data.media).toEqual([
      { url: 'https://timeline.example.org/static/img/family.jpg', caption: 'The family', alt: 'The family' },
    ]);
    const relative = oneSlide(
      { media: { url: 'img/family.jpg', caption: 'The family' } },
      { mediaBase: 'http://timeline.example.org/examples/houston/' },
    );
    expect(eventOf(relative).data.media).toEqual([
      { url: 'https://timeline.example.org/examples/houston/img/family.jpg', caption: 'The family', alt: 'The family' },
    ]);
  });

  it('lists an image it cannot keep (no alt text or caption) with its address and credit', () => {
    const result = oneSlide({ media: { url: 'https://images.example.com/x.jpg', credit: 'Ana Pérez' } });
    expect(eventOf(result).data.media).toBeUndefined();
    expect(allNotes(result)).toContain(
      'the image is not kept: it has no alt text or caption to say what it shows (https://images.example.com/x.jpg; credit "Ana Pérez"); describe it in alt and add it to media',
    );
  });

  it('lists the slide when the only source is a credit link, and never takes a credit for a headline', () => {
    const result = importTimelineJs(
      {
        events: [
          {
            start_date: { year: '2012' },
            text: { headline: 'Florida', text: '<p>Romney wins Florida.</p>' },
            media: {
              url: 'https://photos.example.org/x.jpg',
              caption: 'Romney',
              credit: '<a href="https://www.flickr.com/photos/someone/1/">Mitt Romney Campaign Office</a>/Flickr',
            },
          },
        ],
      },
      [],
    );
    expect(eventOf(result).data.sources).toEqual([{ publisher: 'flickr.com', url: 'https://www.flickr.com/photos/someone/1/' }]);
    expect(notesOf(result, 'slide 1')).toContain(
      "the only source is a link from the media's credit (https://www.flickr.com/photos/someone/1/): check that it supports the entry",
    );
  });

  it('takes a link’s text for a headline only where it reads as one, and says so; never a "(slug)"', () => {
    const result = oneSlide({
      text: {
        headline: 'Talks',
        text:
          '<p>Talks began, <a href="https://a.example.com/1">as reported</a>.</p>' +
          '<ul><li><a href="https://b.example.com/2">Government and opposition agree to talks in Oslo</a></li>' +
          '<li><a href="https://c.example.com/3">https://c.example.com/3</a></li><li><a href="https://d.example.com/4">here</a></li></ul>',
      },
    });
    expect(eventOf(result).data.sources).toEqual([
      { publisher: 'a.example.com', url: 'https://a.example.com/1' },
      { title: 'Government and opposition agree to talks in Oslo', publisher: 'b.example.com', url: 'https://b.example.com/2' },
      { publisher: 'c.example.com', url: 'https://c.example.com/3' },
      { publisher: 'd.example.com', url: 'https://d.example.com/4' },
    ]);
    expect(allNotes(result)).toContain(
      'the link text "Government and opposition agree to talks in Oslo" is taken as the headline of https://b.example.com/2: check that it is the headline as published',
    );
    expect(result.files.map((file) => file.text).join('\n')).not.toContain('(slug)');
  });

  it('links an address written in the text, named by its host', () => {
    const result = oneSlide({
      text: { headline: 'Ruling', text: '<p>The ruling is at https://court.example.org/ruling/12. It was read out.</p>' },
    });
    const { data, body } = eventOf(result);
    expect(data.summary).toBe('The ruling is at court.example.org. It was read out.');
    expect(body).toBe('The ruling is at [court.example.org](https://court.example.org/ruling/12). It was read out.');
    expect(data.sources).toEqual([{ publisher: 'court.example.org', url: 'https://court.example.org/ruling/12' }]);
  });
});

describe('eras that share a boundary year', () => {
  const eras = (list: [string, string, string][]) =>
    importTimelineJs(
      {
        eras: list.map(([start, end, headline]) => ({ start_date: { year: start }, end_date: { year: end }, text: { headline } })),
        events: [
          {
            start_date: { year: '650' },
            text: { headline: 'A battle', text: '<p>A battle. <a href="https://h.example.org/b">History</a></p>' },
          },
        ],
      },
      [],
    );

  it('all become phases: each ends the year before the next starts, and says so', async () => {
    const result = eras([
      ['650', '700', 'The middle'],
      ['600', '650', 'The start'],
      ['700', '720', 'The end'],
    ]);
    expect(result.counts).toMatchObject({ phases: 3, parkedPhases: 0, notWritten: 0 });
    expect(
      ['phases/the-start.yaml', 'phases/the-middle.yaml', 'phases/the-end.yaml'].map((path) => entry(result, path).data),
    ).toMatchObject([
      { start: '0600', end: '0649' },
      { start: '0650', end: '0699' },
      { start: '0700', end: '0720' },
    ]);
    expect(notesOf(result, 'era 2')).toContain(
      'ends 0649, the year before "The middle" starts: the two eras shared 0650 (Cronista phases do not overlap)',
    );
    const { errors } = await checkFolder(result.files);
    expect(errors).toEqual([]);
  });

  it('starts the later era a year on when the earlier one lasts a single year', () => {
    const result = eras([
      ['650', '650', 'A year'],
      ['650', '700', 'After'],
    ]);
    expect(result.counts).toMatchObject({ phases: 2, parkedPhases: 0 });
    expect(entry(result, 'phases/after.yaml').data).toMatchObject({ start: '0651', end: '0700' });
  });
});

describe('older TimelineJS files', () => {
  it('reads a TimelineJS2 file as Knight Lab’s converter does: the timeline is the title slide, `date` the slides, `asset` the media', () => {
    const result = importTimelineJs(
      {
        timeline: {
          headline: 'A life',
          text: '<p>Milestones.</p>',
          startDate: '1932',
          asset: { media: 'https://images.example.com/portrait.jpg', credit: 'Studio', caption: 'A portrait' },
          date: [
            {
              startDate: '1950,5,6',
              endDate: '1951,1,29',
              headline: 'First marriage',
              text: '<p>She married. <a href="https://news.example.com/1950">Report</a></p>',
              tags: 'Marriages, Personal life',
              asset: { media: 'http://youtu.be/abcDEF12345', credit: 'Newsreel', caption: 'The wedding' },
            },
          ],
        },
      },
      [],
    );
    expect(result.format).toBe('timelinejs2');
    expect(entry(result, 'story.yaml').data).toMatchObject({ title: 'A life', dek: 'Milestones.' });
    expect(entry(result, 'events/1950-05-06-first-marriage.md').data).toMatchObject({
      date: '1950-05-06',
      endDate: '1951-01-29',
      media: [{ url: 'https://youtu.be/abcDEF12345', caption: 'The wedding', credit: 'Newsreel' }],
    });
    expect(notesOf(result, 'slide 1')).toContain(
      'TimelineJS2 tags "Marriages, Personal life" not kept (TimelineJS3 has no tags; the slide\'s category is its group)',
    );
  });

  it('reads a `{ "timeline": { "slides": [...] } }` file: every slide an event', () => {
    const result = importTimelineJs(
      {
        timeline: {
          slides: [
            {
              start_date: { year: '1902' },
              text: { headline: 'A film', text: '<p>Shown. <a href="https://films.example.org/1">Archive</a></p>' },
            },
          ],
        },
      },
      [],
    );
    expect(result.format).toBe('slides');
    expect(result.counts).toMatchObject({ slides: 1, written: 1 });
  });
});

describe('the round trip: importing this project’s own /timelinejs.json', async () => {
  const exported = JSON.parse(await readFile(join(inject('demoDist'), 'timelinejs.json'), 'utf8')) as unknown;
  const result = importTimelineJs(exported, []);
  const eventsDir = join(demoContentDir(), 'events');
  const originals = await Promise.all(
    (await readdir(eventsDir))
      .filter((name) => /\.mdx?$/.test(name))
      .sort()
      .map(async (name) => {
        const split = splitEntry(await readFile(join(eventsDir, name), 'utf8'));
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

  it('gives back the same titles, dates at the same precision, categories and sources, title-less and state media included', () => {
    expect(published.some((event) => event.data.sources.some((source) => !source.title))).toBe(true);
    expect(published.some((event) => event.data.sources.some((source) => source.stateMedia))).toBe(true);
    for (const original of published) {
      const imported = eventSchema.parse(entry(result, `events/${original.id}.md`).data);
      const pick = ({
        title,
        summary,
        date,
        endDate,
        approximate,
        timezone,
        category,
        sources,
        media,
        location,
      }: typeof original.data) => ({
        title,
        summary,
        date,
        endDate,
        approximate,
        timezone,
        category,
        sources,
        media,
        location,
      });
      expect(pick(imported), original.id).toEqual(pick(original.data));
    }
  });
});

describe('the round trip of media, location, lead picture and sources without a headline', () => {
  const event = (id: string, input: Partial<EventInput>) => ({
    id,
    data: eventSchema.parse({ title: 'A title', summary: 'A summary.', date: id.slice(0, 10), category: 'courts', sources: [], ...input }),
  });
  const events = [
    event('2019-02-23-aid-convoy', {
      summary: 'Trucks tried to cross at www.example.com/it\'s <the> "bridge" & more.',
      sources: [
        { publisher: 'Reuters', url: 'https://www.reuters.com/article/1', published: '2019-02-23' },
        { title: 'Venezuela says no', publisher: 'TASS', stateMedia: { country: 'RU', tie: 'owned' }, url: 'https://tass.com/world/1' },
      ],
      image: {
        src: 'https://images.example.com/bridge.jpg',
        alt: 'Trucks on a bridge',
        credit: 'Ana Pérez / Example',
        caption: 'The bridge',
      },
      media: [
        {
          url: 'https://www.youtube.com/watch?v=abcDEF12345',
          caption: 'The crossing',
          credit: 'Example TV',
          title: 'Live',
          duration: '3:25',
        },
        { url: 'https://twitter.com/ana/status/1234567890', text: 'The bridge is closed.', author: '@ana', date: '2019-02-23' },
        { url: 'https://images.example.com/crowd.jpg', alt: 'A crowd', credit: 'Example' },
      ],
      location: { name: 'Cúcuta, Colombia', lat: 7.8939, lon: -72.5078, zoom: 9 },
    }),
    event('2019-02-24-one-video', {
      sources: [{ publisher: 'AP', url: 'https://apnews.com/1' }],
      media: [{ url: 'https://vimeo.com/123456789', caption: 'Only one' }],
    }),
  ];
  const content = {
    language: 'en-GB',
    eventDate: (data: Parameters<typeof formatEventDate>[0]) => formatEventDate(data, 'en-GB'),
    story: storySchema.parse({
      title: 'Aid',
      dek: 'Aid at the border.',
      introduction: 'It came.\n',
      site: 'https://aid.example.org',
      publisher: 'Desk',
    }),
    events,
    actors: [],
    categories: [{ id: 'courts', data: categorySchema.parse({ name: 'Courts & <prosecutors>', description: 'Rulings.' }) }],
    phases: [{ id: 'border', data: phaseSchema.parse({ title: 'Border', start: '2019-02', end: '2019-03', summary: 'At the border.' }) }],
  };
  const result = importTimelineJs(JSON.parse(JSON.stringify(buildTimelineJs(content))) as unknown, []);

  it('gives back every medium with all its fields, the place, the lead picture, and each source as it was', () => {
    for (const original of events) {
      const imported = eventSchema.parse(entry(result, `events/${original.id}.md`).data);
      expect(imported.media, original.id).toEqual(original.data.media);
      expect(imported.location, original.id).toEqual(original.data.location);
      expect(imported.image, original.id).toEqual(original.data.image);
      expect(imported.sources, original.id).toEqual(original.data.sources);
      expect(imported.summary, original.id).toBe(original.data.summary);
    }
    expect(result.review.map((item) => item.slide)).toEqual(['title slide']);
  });

  it('gives back a category name with markup characters as it was written', () => {
    expect(entry(result, 'categories/courts.yaml').data.name).toBe('Courts & <prosecutors>');
  });
});
