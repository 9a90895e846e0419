import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { compareCalendarDates, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { formatEventDate, machineDate } from '../../src/lib/dates.ts';
import type { EventsExport } from '../../src/lib/exports/events-schema.ts';
import { OG_IMAGE_SIZE } from '../../src/lib/exports/og-image.ts';
import type { TimelineJsData } from '../../src/lib/timelinejs/format.ts';
import { page } from '../helpers/build.ts';
import { readDemoContent, timelineOrder } from '../helpers/demo-content.ts';
import { addressesIn, distFileFor, pngSize } from '../helpers/exports.ts';
import { typographicQuotes } from '../../src/lib/typography.ts';

/**
 * The exports of the built demo, checked against each other and against the content they come
 * from (`src/content/`), never against today's counts or titles: a correction or a new event
 * keeps them green.
 */
const dist = inject('demoDist');
const content = await readDemoContent();
const published = timelineOrder(content.events);
const read = (path: string) => readFile(join(dist, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

/** The ids of the events the content publishes (drafts left out), sorted. */
const eventIds = published.map((event) => event.id).toSorted();
const data = JSON.parse(await read('events.json')) as EventsExport;
const home = data.story.url;
const eventUrl = (id: string) => `${home}events/${id}/`;

describe('the RSS feed (/feed.xml)', async () => {
  const feed = xml.parse(await read('feed.xml'));
  const items = feed.rss.channel.item as { title: string; link: string; description: string; pubDate?: string; category: string[] }[];

  it('is RSS 2.0 with the story’s title and every event page exactly once', () => {
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.title).toBe(data.story.title);
    expect(feed.rss.channel.link).toBe(home);
    expect(items.map((item) => item.link).toSorted()).toEqual(eventIds.map(eventUrl));
  });

  it('lists the newest event first, shows each date as written with no invented time, and dates each item by the day it went up', () => {
    const dateOf = new Map(data.events.map((event) => [event.url, event.date as CalendarDate]));
    const dates = items.map((item) => dateOf.get(item.link)!);
    for (let i = 1; i < dates.length; i++) expect(compareCalendarDates(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(0);
    for (const item of items) {
      const event = data.events.find((candidate) => candidate.url === item.link)!;
      expect(item.title).toBe(event.title);
      // A feed reader renders the description as HTML: compare the text it shows.
      expect(cheerio.load(item.description).text()).toBe(
        `${formatEventDate({ ...event, date: event.date as CalendarDate, endDate: event.endDate as CalendarDate | undefined }, content.story.language)}: ${event.summary}`,
      );
      // The day the entry went up, as its author wrote it, read as 00:00 UTC; none if not written.
      const written = published.find((candidate) => eventUrl(candidate.id) === item.link)!.published;
      if (written) expect(new Date(item.pubDate!).toISOString()).toBe(`${written.iso}T00:00:00.000Z`);
      else expect(item.pubDate).toBeUndefined();
      expect(item.category).toEqual([data.categories.find((category) => category.id === event.category)!.name]);
    }
    const latest = published.reduce((a, b) => (compareCalendarDates(b.date, a.date) > 0 ? b : a));
    expect(dateOf.get(items[0]!.link)?.iso).toBe(latest.date.iso);
  });
});

describe('the open data (/events.json)', () => {
  it('validates against its published JSON Schema (draft 2020-12)', async () => {
    const schema = JSON.parse(await read('events.schema.json')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(data.$schema);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects data that breaks the format', async () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await read('events.schema.json')));
    const broken = structuredClone(data) as unknown as { events: Record<string, unknown>[] };
    broken.events[0]!.date = '2019-02-02';
    expect(validate(broken)).toBe(false);
  });

  it('holds every published event, in timeline order, with its dates, category, actors and sources as written', () => {
    expect(data.events.map((event) => event.id)).toEqual(published.map((event) => event.id));
    for (const written of published) {
      const event = data.events.find((candidate) => candidate.id === written.id)!;
      expect(event).toMatchObject({
        url: eventUrl(written.id),
        title: written.title,
        summary: written.summary,
        date: written.date,
        category: written.category,
        actors: written.actors,
      });
      expect(event.endDate).toEqual(written.endDate);
      expect(
        event.sources.map((source) => ({
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          published: source.published?.iso,
        })),
      ).toEqual(
        written.sources.map((source) => ({
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          published: source.published === undefined ? undefined : String(source.published),
        })),
      );
    }
  });

  it('holds the story, and every actor, category and phase of the content', () => {
    expect(data.story).toMatchObject({ title: content.story.title, language: content.story.language, publisher: content.story.publisher });
    expect(data.actors.map((actor) => actor.id).toSorted()).toEqual(content.actors.map((actor) => actor.id).toSorted());
    for (const actor of content.actors) expect(data.actors.find((candidate) => candidate.id === actor.id)?.name).toBe(actor.name);
    expect(data.categories.map((category) => ({ id: category.id, name: category.name }))).toEqual(
      content.categories.map((category) => ({ id: category.id, name: category.name })),
    );
    expect(data.phases.map((phase) => phase.id)).toEqual(content.phases.map((phase) => phase.id));
  });
});

describe('the TimelineJS export (/timelinejs.json)', async () => {
  const timeline = JSON.parse(await read('timelinejs.json')) as TimelineJsData;

  it('has the title slide, one slide per published event and one era per phase', () => {
    expect(timeline.title?.text?.headline).toBe(content.story.title);
    expect(timeline.events.map((slide) => slide.unique_id).toSorted()).toEqual(eventIds);
    expect(timeline.eras?.map((era) => era.unique_id)).toEqual(data.phases.map((phase) => phase.id));
  });
});

describe('addresses in the exports', () => {
  it.for(['feed.xml', 'events.json', 'events.schema.json', 'timelinejs.json'])(
    'every address of this site in %s is a file in dist/',
    async (file) => {
      const own = addressesIn(await read(file)).filter((address) => address.startsWith(home));
      expect(own.length).toBeGreaterThan(0);
      const missing = own.filter((address) => !distFileFor(dist, address, home));
      expect(missing).toEqual([]);
    },
  );
});

describe('discovery', () => {
  it('lists every event page in the sitemap, and not the embed or 404 pages', async () => {
    const index = xml.parse(await read('sitemap-index.xml'));
    const sitemaps = (index.sitemapindex.sitemap as { loc: string }[]).map((entry) => entry.loc);
    expect(sitemaps).toEqual([`${home}sitemap-0.xml`]);
    const urls = (xml.parse(await read('sitemap-0.xml')).urlset.url as { loc: string }[]).map((entry) => entry.loc);
    for (const id of eventIds) expect(urls).toContain(eventUrl(id));
    expect(urls).toContain(home);
    expect(urls.filter((url) => /\/(embed|404)\/?$/.test(url))).toEqual([]);
    expect(urls.filter((url) => !distFileFor(dist, url, home))).toEqual([]);
  });

  it('points crawlers at the sitemap from robots.txt', async () => {
    const robots = await read('robots.txt');
    expect(robots).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${home}sitemap-index.xml\n`);
  });
});

describe('social cards (/og/<id>.png)', () => {
  it.for(eventIds)('%s has a PNG of the declared size', async (id) => {
    expect(pngSize(await readFile(join(dist, 'og', `${id}.png`)))).toEqual(OG_IMAGE_SIZE);
  });

  it('has a card for the story itself, and nothing else', async () => {
    expect(pngSize(await readFile(join(dist, 'og', 'story.png')))).toEqual(OG_IMAGE_SIZE);
    expect((await readdir(join(dist, 'og'))).toSorted()).toEqual([...eventIds.map((id) => `${id}.png`), 'story.png'].toSorted());
  });
});

describe('the embed page (/embed/)', async () => {
  const $ = await page(dist, '/embed/');

  it('lists every event in timeline order with its date, category, title and summary, and no site chrome or scripts', () => {
    const items = $('ol.embed__events > li')
      .map((_, li) => ({
        datetime: $(li).find('time').first().attr('datetime'),
        meta: $(li).find('.embed__meta').text().replace(/\s+/g, ' ').trim(),
        title: $(li).find('h2').text().trim(),
        summary: $(li).find('p').last().text(),
      }))
      .get();
    expect(items).toEqual(
      published.map((event) => ({
        datetime: machineDate(event.date, event.timezone),
        meta: `${formatEventDate(event, content.story.language)} · ${content.categories.find((category) => category.id === event.category)!.name}`,
        title: typographicQuotes(event.title),
        summary: typographicQuotes(event.summary),
      })),
    );
    expect($('header.site-header, footer, nav, script').length).toBe(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('opens every link in the top window, out of the iframe', () => {
    const links = $('a');
    expect(links.length).toBeGreaterThan(eventIds.length);
    expect(links.filter((_, a) => $(a).attr('target') !== '_top').length).toBe(0);
    const eventLinks = $('ol a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(eventLinks.toSorted()).toEqual(eventIds.map((id) => `/events/${id}/`));
  });
});
