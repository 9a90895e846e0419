import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { createTranslator, directionOf, type UiStrings } from '../../src/lib/i18n/translate.ts';
import { counterpartPath, editionOfPath, editionsOf } from '../../src/lib/i18n/editions.ts';
import { parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';

const DIR = join(PROJECT_ROOT, 'src/i18n');
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const english = read('en.json');
const languages = readdirSync(DIR).filter((file) => file.endsWith('.json') && file !== 'en.json');
const date = (text: string) => parseCalendarDate(text) as CalendarDate;

describe('the interface strings', () => {
  it('keep the English reference sorted, so additions merge cleanly', () => {
    expect(Object.keys(english)).toEqual(Object.keys(english).toSorted());
  });

  it.each(languages)('%s has every key of the English file, and no other', (file) => {
    const strings = read(file);
    expect(Object.keys(strings).filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(english).filter((key) => !(key in strings))).toEqual([]);
  });

  it.each(languages)('%s keeps every {placeholder} of the English string', (file) => {
    const strings = read(file);
    const placeholders = (value: unknown) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).toSorted();
    for (const key of Object.keys(english)) {
      expect([key, [...new Set(placeholders(strings[key]))]]).toEqual([key, [...new Set(placeholders(english[key]))]]);
    }
  });
});

describe('the translator', () => {
  const en = createTranslator('en-GB', english as UiStrings, english as UiStrings);
  const es = createTranslator('es', read('es.json') as UiStrings, english as UiStrings);

  it('chooses plural forms and formats numbers for the language', () => {
    expect(en('events.count', { count: 1 })).toBe('1 event');
    expect(en('events.count', { count: 1234 })).toBe('1,234 events');
    expect(es('events.count', { count: 1 })).toBe('1 acontecimiento');
    expect(es('events.count', { count: 1234 })).toBe('1234 acontecimientos');
  });

  it('writes dates at their precision, ranges and "around" in the language', () => {
    expect(en.eventDate({ date: date('2019-02-02'), approximate: true })).toBe('around 2 February 2019');
    expect(es.eventDate({ date: date('2019-02'), approximate: true })).toBe('hacia febrero de 2019');
    expect(es.eventDate({ date: date('2019-01-15'), endDate: date('2019-01-27'), approximate: false })).toBe(
      '15 de enero de 2019 – 27 de enero de 2019',
    );
  });

  it('falls back to English for a key a language lacks, so a partial translation never shows a key', () => {
    const partial = createTranslator('pt', { 'nav.about': 'Sobre' }, english as UiStrings);
    expect(partial('nav.about')).toBe('Sobre');
    expect(partial('nav.actors')).toBe('Actors');
  });

  it('cuts a sentence at its placeholders for markup', () => {
    expect(en.parts('footer.published', { publisher: 'The Desk' })).toEqual([
      { text: 'Published by The Desk. Every entry cites published sources; ' },
      { slot: 'howMade' },
      { text: '.' },
    ]);
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('es')).toBe('ltr');
  });
});

describe('editions', () => {
  const editions = editionsOf(['en-GB', 'es', 'pt-BR', 'pt-PT']);

  it('put the first language at the root and the others under their language', () => {
    expect(editions.map((edition) => edition.prefix)).toEqual([undefined, 'es', 'pt-br', 'pt-pt']);
  });

  it('find a page’s edition and its counterparts, under a base path', () => {
    expect(editionOfPath(editions, '/cronista/', '/cronista/es/events/x/').lang).toBe('es');
    expect(editionOfPath(editions, '/cronista/', '/cronista/events/x/').lang).toBe('en-GB');
    expect(counterpartPath(editions, '/cronista/', '/cronista/es/events/x/', editions[0]!)).toBe('/cronista/events/x/');
    expect(counterpartPath(editions, '/', '/actors/', editions[1]!)).toBe('/es/actors/');
  });
});
