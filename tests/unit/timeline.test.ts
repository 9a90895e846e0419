import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';
import { phaseSchema } from '../../src/schemas/taxonomy.ts';
import {
  embedSelection,
  groupByPhase,
  groupPages,
  neighbours,
  paginateTimeline,
  pickByIds,
  publishedEvents,
} from '../../src/lib/timeline.ts';

const event = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: eventSchema.parse({
    title: id,
    summary: `About ${id}.`,
    date,
    category: 'c',
    sources: [{ title: 'S', publisher: 'P', url: 'https://example.com/s' }],
    ...extra,
  }),
});
const phase = (id: string, start: string, end: string) => ({
  id,
  data: phaseSchema.parse({ title: id, start, end, summary: 'A period.' }),
});

describe('timeline order', () => {
  it('drops drafts and orders by date, key moments first on the same day, then by id', () => {
    const events = [
      event('b', '2019-02-02'),
      event('draft', '2019-01-01', { draft: true }),
      event('a', '2019-02-02'),
      event('key', '2019-02-02', { importance: 3 }),
      event('month', '2019-02'),
    ];
    expect(publishedEvents(events).map((e) => e.id)).toEqual(['month', 'key', 'a', 'b']);
  });

  it('gives each event its neighbours', () => {
    const events = publishedEvents([event('a', '2019-01-01'), event('b', '2019-01-02'), event('c', '2019-01-03')]);
    expect(neighbours(events, 'b')).toEqual({ previous: events[0], next: events[2] });
    expect(neighbours(events, 'a').previous).toBeUndefined();
  });

  it('picks entries by id in the order asked, skipping unknown ids', () => {
    const byId = new Map([
      ['x', 1],
      ['y', 2],
    ]);
    expect(pickByIds(byId, ['y', 'nope', 'x'])).toEqual([2, 1]);
  });
});

describe('phases and pages', () => {
  const phases = [phase('early', '2019-01-01', '2019-01-31'), phase('late', '2019-02-01', '2019-02-28')];
  const events = publishedEvents([
    event('before', '2018-12-31'),
    event('jan', '2019-01-15'),
    event('feb1', '2019-02-01'),
    event('feb2', '2019-02-20'),
    event('after', '2019-03-01'),
  ]);

  it('groups events under their phases and keeps events outside every phase where they fall', () => {
    expect(groupByPhase(events, phases).map((group) => [group.phase?.id, group.events.map((e) => e.id)])).toEqual([
      [undefined, ['before']],
      ['early', ['jan']],
      ['late', ['feb1', 'feb2']],
      [undefined, ['after']],
    ]);
  });

  it('splits a long timeline into pages and knows where each group starts', () => {
    const pages = paginateTimeline(events, 2);
    expect(pages.map((page) => [page.number, page.offset, page.events.map((e) => e.id)])).toEqual([
      [1, 0, ['before', 'jan']],
      [2, 2, ['feb1', 'feb2']],
      [3, 4, ['after']],
    ]);
    expect(Object.fromEntries(groupPages(pages, phases))).toEqual({ 'from-before': 1, 'phase-early': 1, 'phase-late': 2, 'from-after': 3 });
    expect(paginateTimeline([], 2)).toEqual([{ number: 1, events: [], offset: 0 }]);
  });
});

describe('the embed selection', () => {
  const many = Array.from({ length: 5 }, (_, index) => event(`e${index}`, `2019-01-0${index + 1}`, index % 2 ? { importance: 3 } : {}));

  it('shows every event while they fit, then the key moments, then the first page', () => {
    expect(embedSelection(many, 5)).toEqual({ events: many, keyMomentsOnly: false });
    expect(embedSelection(many, 4)).toEqual({ events: [many[1], many[3]], keyMomentsOnly: true });
    expect(embedSelection(many, 1)).toEqual({ events: [many[0]], keyMomentsOnly: false });
  });
});
