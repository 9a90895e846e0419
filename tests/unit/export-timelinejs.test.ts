import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { eventSchema, type EventInput } from '../../src/schemas/event.ts';
import { categorySchema, phaseSchema, storySchema } from '../../src/schemas/taxonomy.ts';
import { buildTimelineJs, timelineJsDate } from '../../src/lib/exports/timelinejs.ts';
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

  it('shows the event’s picture, at its absolute address, with alt text and credit', () => {
    expect(data.events[1]?.media).toEqual({
      url: 'https://rivers.example.org/images/farmers.jpg',
      alt: 'Farmers outside the court',
      credit: 'Ana Pérez / Example',
    });
    expect(data.events[0]?.media).toBeUndefined();
  });
});
