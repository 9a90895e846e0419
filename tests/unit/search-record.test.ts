import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';
import { dateSortKey, eventSearchFields, yearsOf } from '../../src/lib/search/record.ts';
import { compareIndexedEvents } from '../../src/integrations/search-index.ts';
import { parseSearchParams, searchQueryString } from '../../src/lib/search/url.ts';

const event = (fields: Record<string, unknown>) =>
  eventSchema.parse({
    title: 'Air force general defects',
    summary: 'A general recognised the opposition leader.',
    date: '2019-02-02',
    category: 'defection',
    sources: [{ title: 'Story', publisher: 'Example', url: 'https://example.com/a' }],
    ...fields,
  });

describe('search record fields', () => {
  const fields = eventSearchFields(event({ actors: ['francisco-yanez', 'juan-guaido'] }), {
    categoryName: 'Defections',
    actors: [
      { name: 'Francisco Yánez', aliases: ['Francisco Yanez', 'Yanez'] },
      { name: 'Juan Guaidó', aliases: ['Juan Guaido', 'Guaido', 'Juan Guaidó'] },
    ],
    phaseTitle: 'Sanctions, courts and defections',
    date: '2 February 2019',
  });

  it('gives one filter value per actor, plus category, year and phase', () => {
    expect(fields.filters).toEqual({
      category: ['Defections'],
      actor: ['Francisco Yánez', 'Juan Guaidó'],
      year: ['2019'],
      phase: ['Sanctions, courts and defections'],
    });
  });

  it('shows the date as the page writes it and the category with each result', () => {
    expect(fields.meta).toEqual({
      date: '2 February 2019',
      category: 'Defections',
      summary: 'A general recognised the opposition leader.',
    });
  });

  it('indexes other spellings of the actors, without repeating their names', () => {
    expect(fields.aliases).toEqual(['Francisco Yanez', 'Yanez', 'Juan Guaido', 'Guaido']);
  });

  it('sorts every precision as text in time order', () => {
    const keys = ['2019-02-02', '2019', '2019-02', '2018-11-08', '2019-01-23T20:15'].map((date) =>
      dateSortKey(event({ date, ...(date.includes('T') ? { timezone: 'America/Caracas' } : {}) }).date),
    );
    expect(keys).toEqual(['2019-02-02T00:00', '2019-01-01T00:00', '2019-02-01T00:00', '2018-11-08T00:00', '2019-01-23T20:15']);
    expect(keys.toSorted()).toEqual(['2018-11-08T00:00', '2019-01-01T00:00', '2019-01-23T20:15', '2019-02-01T00:00', '2019-02-02T00:00']);
  });

  it('files an event under every year it spans', () => {
    expect(yearsOf(event({ date: '2018-11-08', endDate: '2019-02-22' }))).toEqual(['2018', '2019']);
    expect(
      eventSearchFields(event({ date: '2018-11-08', endDate: '2019-02-22' }), { categoryName: 'X', actors: [], date: 'x' }).filters.year,
    ).toEqual(['2018', '2019']);
  });
});

describe('the build check of search records', () => {
  it('passes when every published event has exactly one record', () => {
    const isEvent = (url: string) => /\/events\/[^/]+\/$/.test(url);
    expect(
      compareIndexedEvents(
        ['/events/a/', '/events/b/', '/actors/x/', '/es/events/a/'],
        ['/events/a/', '/events/b/', '/es/events/a/'],
        isEvent,
      ),
    ).toEqual([]);
  });

  it('names missing and extra records', () => {
    const isEvent = (url: string) => /\/events\/[^/]+\/$/.test(url);
    expect(compareIndexedEvents(['/tl/events/a/', '/tl/events/c/'], ['/tl/events/a/', '/tl/events/b/'], isEvent)).toEqual([
      '/tl/events/b/ is published but has no search record',
      '/tl/events/c/ has a search record but is not a published event',
    ]);
  });
});

describe('shareable search URLs', () => {
  it('round-trip a query, repeated facets and an order', () => {
    const state = { term: 'gold', filters: { category: ['Sanctions and money'], actor: ['Juan Guaidó', 'PDVSA'] }, sort: 'desc' as const };
    const query = searchQueryString(state);
    expect(query).toBe('?q=gold&category=Sanctions+and+money&actor=Juan+Guaid%C3%B3&actor=PDVSA&sort=desc');
    expect(parseSearchParams(query)).toEqual(state);
  });

  it('ignore unknown orders and empty values', () => {
    expect(parseSearchParams('?q=%20Saab%20&sort=sideways&year=')).toEqual({ term: 'Saab', filters: {}, sort: '' });
    expect(searchQueryString({ term: '', filters: {}, sort: '' })).toBe('');
  });
});
