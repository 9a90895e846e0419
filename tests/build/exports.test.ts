import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { compareCalendarDates, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { formatEventDate } from '../../src/lib/dates.ts';
import type { EventsExport } from '../../src/lib/exports/events-schema.ts';
import { OG_IMAGE_SIZE } from '../../src/lib/exports/og-image.ts';
import type { TimelineJsData } from '../../src/lib/timelinejs/format.ts';
import { page } from '../helpers/build.ts';
import { addressesIn, distFileFor, pngSize } from '../helpers/exports.ts';

const dist = inject('demoDist');
const read = (path: string) => readFile(join(dist, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

/** The published events, as the site shows them: one folder per event page. */
const eventIds = (await readdir(join(dist, 'events'))).sort();
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

  it('lists the newest event first and shows each date as written, with no invented time', () => {
    const dateOf = new Map(data.events.map((event) => [event.url, event.date as CalendarDate]));
    const dates = items.map((item) => dateOf.get(item.link)!);
    for (let i = 1; i < dates.length; i++) expect(compareCalendarDates(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(0);
    for (const item of items) {
      const event = data.events.find((candidate) => candidate.url === item.link)!;
      expect(item.title).toBe(event.title);
      expect(item.description).toBe(
        `${formatEventDate({ ...event, date: event.date as CalendarDate, endDate: event.endDate as CalendarDate | undefined }, 'en-GB')}: ${event.summary}`,
      );
      expect(item.pubDate).toBeUndefined();
      expect(item.category).toEqual([data.categories.find((category) => category.id === event.category)!.name]);
    }
    expect(items[0]?.description).toMatch(/^23 February 2019: /);
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

  it('holds every published event with its dates as written, sources and links, plus the story, actors, categories and phases', () => {
    expect(data.events.map((event) => event.id).toSorted()).toEqual(eventIds);
    const exodus = data.events.find((event) => event.id === '2018-11-08-un-agencies-count-venezuelan-exodus')!;
    expect(exodus).toMatchObject({
      url: eventUrl(exodus.id),
      date: { iso: '2018-11-08', precision: 'day' },
      endDate: { iso: '2019-02-22', precision: 'day' },
      approximate: false,
      category: 'humanitarian',
      actors: ['unhcr', 'iom'],
    });
    expect(exodus.sources[3]).toEqual({
      title: 'onu-preve-53-milhoes-de-refugiados-e-migrantes-venezuelanos-ate-o-final-de-2019 (slug)',
      publisher: 'G1',
      url: 'https://g1.globo.com/mundo/noticia/2018/12/14/onu-preve-53-milhoes-de-refugiados-e-migrantes-venezuelanos-ate-o-final-de-2019.ghtml',
      published: { iso: '2018-12', precision: 'month', year: 2018, month: 12 },
    });
    expect(data.story).toMatchObject({
      title: "Two presidents: Venezuela's crisis, January–February 2019",
      language: 'en-GB',
      publisher: 'Cronista demo',
    });
    expect(data.actors).toHaveLength(39);
    expect(data.categories.map((category) => category.id)).toContain('defection');
    expect(data.phases.map((phase) => phase.id)).toEqual(['background', 'second-term', 'two-presidents', 'pressure', 'aid-standoff']);
  });
});

describe('the TimelineJS export (/timelinejs.json)', async () => {
  const timeline = JSON.parse(await read('timelinejs.json')) as TimelineJsData;

  it('has the title slide, one slide per published event and one era per phase', () => {
    expect(timeline.title?.text?.headline).toBe("Two presidents: Venezuela's crisis, January–February 2019");
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

  it('lists every event with its date, category, title and summary, and no site chrome or scripts', () => {
    const items = $('ol.embed__events > li');
    expect(items.length).toBe(eventIds.length);
    const first = items.first();
    expect(first.find('time').attr('datetime')).toBe('2018-11-08');
    expect(first.find('.embed__meta').text()).toContain('Aid and migration');
    expect(first.find('h2').text().trim()).toBe('UN agencies track the exodus of Venezuelan refugees and migrants');
    expect(first.find('p').last().text()).toMatch(/^UNHCR and IOM put the number/);
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
