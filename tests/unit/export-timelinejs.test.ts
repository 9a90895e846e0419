import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { eventSchema, type EventInput } from '../../src/schemas/event.ts';
import { categorySchema, phaseSchema, storySchema } from '../../src/schemas/taxonomy.ts';
import { buildTimelineJs, mediaAddress, timelineJsDate } from '../../src/lib/exports/timelinejs.ts';
import { siteUrls } from '../../src/lib/site-urls.ts';
import { formatEventDate } from '../../src/lib/dates.ts';
import { parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { timelineJsSchema } from '../../src/lib/timelinejs/format.ts';

const date = (text: string) => parseCalendarDate(text) as CalendarDate;

const story = storySchema.parse({
  title: 'Rivers & dams',
  dek: 'A quarrel over water.',
  introduction: 'First paragraph.\n\nSecond <paragraph>.\n',
  site: 'https://rivers.example.org',
  base: '/timeline/',
  publisher: 'River desk',
});

const source = { title: 'Dam approved', publisher: 'Daily Example', url: 'https://news.example.com/dam?a=1&b=2' };
const event = (id: string, input: Partial<EventInput>) => ({
  id,
  data: eventSchema.parse({
    title: 'A title',
    summary: 'A summary.',
    date: id.slice(0, 10),
    category: 'courts',
    sources: [source],
    ...input,
  }),
});

const content = {
  story,
  language: 'en-GB',
  eventDate: (data: Parameters<typeof formatEventDate>[0]) => formatEventDate(data, 'en-GB'),
  events: [
    event('1999-dam-approved', {
      date: '1999',
      title: 'The dam is approved',
      summary: 'Council says "yes" <at last> & more.',
      category: 'decisions',
    }),
    event('2019-02-farmers-sue', {
      date: '2019-02',
      approximate: true,
      sources: [{ ...source, published: '2019-02', archived: 'https://web.archive.org/web/2019/https://news.example.com/dam' }],
      image: { src: '/images/farmers.jpg', alt: 'Farmers outside the court', credit: 'Ana Pérez / Example' },
    }),
    event('2019-03-14-hearing', { date: '2019-03-14T20:15', timezone: 'America/Caracas', endDate: '2019-03-15' }),
  ],
  actors: [],
  categories: [
    { id: 'courts', data: categorySchema.parse({ name: 'Courts', description: 'Rulings.' }) },
    { id: 'decisions', data: categorySchema.parse({ name: 'Decisions', description: 'Votes.' }) },
  ],
  phases: [
    { id: 'the-quarrel', data: phaseSchema.parse({ title: 'The quarrel', start: '1999', end: '2019-02', summary: 'Talks failed.' }) },
  ],
};

describe('timelineJsDate', () => {
  it('holds only the parts that were written, as strings', () => {
    expect(timelineJsDate(date('1999'))).toEqual({ year: '1999' });
    expect(timelineJsDate(date('2019-02'))).toEqual({ year: '2019', month: '2' });
    expect(timelineJsDate(date('2019-02-02'))).toEqual({ year: '2019', month: '2', day: '2' });
    expect(timelineJsDate(date('2019-01-23T20:05'))).toEqual({ year: '2019', month: '1', day: '23', hour: '20', minute: '5' });
  });
});

describe('buildTimelineJs', () => {
  const data = buildTimelineJs(content);

  it('is a TimelineJS3 timeline: a title slide, eras and one slide per event', () => {
    expect(timelineJsSchema.safeParse(data).success).toBe(true);
    expect(data.events).toHaveLength(content.events.length);
    expect(data.title?.text?.headline).toBe('Rivers &amp; dams');
    const intro = cheerio.load(data.title?.text?.text ?? '');
    expect(
      intro('p')
        .map((_, p) => intro(p).text())
        .get(),
    ).toEqual(['A quarrel over water.', 'First paragraph.', 'Second <paragraph>.', 'Read the timeline']);
    expect(intro('a').attr('href')).toBe('https://rivers.example.org/timeline/');
  });

  it('makes eras from phases, dated as written', () => {
    expect(data.eras).toEqual([
      {
        unique_id: 'the-quarrel',
        start_date: { year: '1999' },
        end_date: { year: '2019', month: '2' },
        text: { headline: 'The quarrel', text: '<p>Talks failed.</p>' },
      },
    ]);
  });

  it('identifies each slide by event id and groups it by category name', () => {
    expect(data.events.map((slide) => [slide.unique_id, slide.group])).toEqual([
      ['1999-dam-approved', 'Decisions'],
      ['2019-02-farmers-sue', 'Courts'],
      ['2019-03-14-hearing', 'Courts'],
    ]);
  });

  it('never invents a day: a year stays a year and a month a month', () => {
    const [year, month, timed] = data.events;
    expect(year?.start_date).toEqual({ year: '1999' });
    expect(year?.display_date).toBeUndefined();
    expect(month?.start_date).toEqual({ year: '2019', month: '2' });
    expect(timed?.start_date).toEqual({ year: '2019', month: '3', day: '14', hour: '20', minute: '15' });
    expect(timed?.end_date).toEqual({ year: '2019', month: '3', day: '15' });
  });

  it('says "around" for approximate dates and names the zone of a time', () => {
    expect(data.events[1]?.display_date).toBe('around February 2019');
    expect(data.events[2]?.display_date).toBe('14 March 2019 at 20:15 (America/Caracas time) – 15 March 2019');
  });

  it('writes the summary, linked sources and a link to the full entry as safe HTML', () => {
    const [first, second] = data.events;
    expect(first?.text?.headline).toBe('The dam is approved');
    const $ = cheerio.load(first?.text?.text ?? '');
    expect($('p').first().text()).toBe('Council says "yes" <at last> & more.');
    expect($('script, at').length).toBe(0);
    const link = $('[data-cronista="sources"] a');
    expect(link.attr('href')).toBe('https://news.example.com/dam?a=1&b=2');
    expect(link.text()).toBe('Dam approved');
    expect(link.attr('data-publisher')).toBe('Daily Example');
    expect($('[data-cronista="entry"]').attr('data-category')).toBe('decisions');
    expect($('[data-cronista="entry"] a').attr('href')).toBe('https://rivers.example.org/timeline/events/1999-dam-approved/');

    const withDates = cheerio.load(second?.text?.text ?? '')('[data-cronista="sources"] a');
    expect(withDates.attr('data-published')).toBe('2019-02');
    expect(withDates.attr('data-archived')).toBe('https://web.archive.org/web/2019/https://news.example.com/dam');
  });

  it('shows the event’s picture, at its absolute address under the site’s base, with alt text and credit, marked as the lead picture', () => {
    expect(data.events[1]?.media).toEqual({
      url: 'https://rivers.example.org/timeline/images/farmers.jpg',
      alt: 'Farmers outside the court',
      credit: 'Ana Pérez / Example',
    });
    expect(
      cheerio
        .load(data.events[1]?.text?.text ?? '')('[data-cronista="entry"]')
        .attr('data-picture'),
    ).toBe('lead');
    expect(data.events[0]?.media).toBeUndefined();
  });
});

describe('media, location and sources in the export', () => {
  const rich = buildTimelineJs({
    ...content,
    events: [
      event('2019-02-23-aid', {
        sources: [
          { publisher: 'Reuters', url: 'https://www.reuters.com/a', published: '2019-02-23' },
          { title: 'Venezuela says no', publisher: 'TASS', stateMedia: { country: 'RU', tie: 'owned' }, url: 'https://tass.com/world/1' },
        ],
        media: [
          {
            url: 'https://www.youtube.com/watch?v=abcDEF12345',
            caption: 'The crossing',
            credit: 'Example TV',
            title: 'Live',
            duration: '3:25',
          },
          { url: './bridge.jpg', alt: 'A bridge', credit: 'Ana' },
          { url: 'https://twitter.com/ana/status/1234567890', text: 'Closed.', author: '@ana', date: '2019-02-23' },
        ],
        location: { name: 'Cúcuta, Colombia', lat: 7.8939, lon: -72.5078 },
      }),
    ],
  });
  const [slide] = rich.events;
  const $ = cheerio.load(slide?.text?.text ?? '');

  it('shows the first medium, absolute, with caption, credit and title, and the place as a TimelineJS location', () => {
    expect(slide?.media).toEqual({
      url: 'https://www.youtube.com/watch?v=abcDEF12345',
      caption: 'The crossing',
      credit: 'Example TV',
      title: 'Live',
    });
    expect(slide?.location).toEqual({ name: 'Cúcuta, Colombia', lat: 7.8939, lon: -72.5078, zoom: 5 });
  });

  it('lists every medium with each field beside its link, at addresses a reader off the site can open', () => {
    const links = $('[data-cronista="media"] a')
      .toArray()
      .map((link) => ({
        href: link.attribs.href,
        text: $(link).text(),
        ...Object.fromEntries(Object.entries(link.attribs).filter(([name]) => name !== 'href')),
      }));
    expect(links).toEqual([
      {
        href: 'https://www.youtube.com/watch?v=abcDEF12345',
        text: 'Live',
        'data-caption': 'The crossing',
        'data-credit': 'Example TV',
        'data-title': 'Live',
        'data-duration': '3:25',
      },
      {
        href: 'https://rivers.example.org/timeline/events/2019-02-23-aid/bridge.jpg',
        text: 'Picture',
        'data-alt': 'A bridge',
        'data-credit': 'Ana',
      },
      {
        href: 'https://twitter.com/ana/status/1234567890',
        text: 'Post on X',
        'data-author': '@ana',
        'data-date': '2019-02-23',
        'data-text': 'Closed.',
      },
    ]);
  });

  it('marks a source without headline, names it by publisher and date, and labels state media', () => {
    const items = $('[data-cronista="sources"] li').toArray();
    expect(items.map((item) => $(item).text())).toEqual(['Reuters, 23 February 2019', 'Venezuela says no, TASS, state media, Russia']);
    const [untitled, state] = $('[data-cronista="sources"] a').toArray();
    expect(untitled?.attribs).toMatchObject({ 'data-untitled': '', 'data-publisher': 'Reuters', 'data-published': '2019-02-23' });
    expect(state?.attribs).toMatchObject({ 'data-state-media': 'RU', 'data-state-tie': 'owned' });
    expect(state?.attribs['data-untitled']).toBeUndefined();
  });

  it('resolves a medium’s address: web addresses as they are, public files under the base, files beside the entry beside its page', () => {
    const urls = siteUrls(story);
    expect(mediaAddress('https://x.example.org/a b"<c>.jpg', 'e', urls)).toBe('https://x.example.org/a%20b%22%3Cc%3E.jpg');
    expect(mediaAddress('/images/a.jpg', 'e', urls)).toBe('https://rivers.example.org/timeline/images/a.jpg');
    expect(mediaAddress('./a.jpg', '2019-e', urls)).toBe('https://rivers.example.org/timeline/events/2019-e/a.jpg');
  });
});

describe('text TimelineJS would read as markup', () => {
  const hostile = "<img src=x onerror=alert(1)> &lt;b&gt; www.example.com/'onfocus='alert(2)' & more";
  const data = buildTimelineJs({
    ...content,
    categories: [{ id: 'courts', data: categorySchema.parse({ name: hostile, description: 'Rulings.' }) }],
    events: [
      event('2019-02-02-x', {
        title: hostile,
        summary: hostile,
        approximate: true,
        media: [{ url: 'https://images.example.com/x.jpg', alt: hostile, caption: hostile, credit: hostile }],
      }),
    ],
  });
  const [slide] = data.events;

  it('escapes the HTML fields, and sets every "www." apart so TimelineJS’s linkify cannot carry a quote into an attribute', () => {
    expect(slide?.text?.headline).toBe(
      "&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt; www.example.com/'onfocus='alert(2)' &amp; more",
    );
    expect(slide?.media?.caption).toBe(
      "&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt; <span>www.</span>example.com/'onfocus='alert(2)' &amp; more",
    );
    expect(
      cheerio
        .load(slide?.media?.caption ?? '')('body')
        .text(),
    ).toBe(hostile);
    expect(
      cheerio
        .load(slide?.text?.text ?? '')('p')
        .first()
        .text(),
    ).toBe(hostile);
    expect(slide?.media?.alt).toBe(hostile);
  });

  it('writes the plain-text fields TimelineJS decodes before writing them as HTML so that, decoded, they hold no tag', () => {
    expect(slide?.group).toBe(
      "&amp;lt;img src=x onerror=alert(1)&amp;gt; &amp;amp;lt;b&amp;amp;gt; www.example.com/'onfocus='alert(2)' &amp;amp; more",
    );
    // TimelineJS takes the text out (decoding once), then writes that text as HTML.
    const textOf = (html: string) => cheerio.load(`<body>${html}</body>`)('body').text();
    const decoded = textOf(slide?.group ?? '');
    expect(decoded).not.toContain('<');
    expect(textOf(decoded)).toBe(hostile);
    expect(slide?.display_date).toBe('around 2 February 2019');
  });
});
