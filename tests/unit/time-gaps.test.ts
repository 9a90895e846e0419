import { describe, expect, it } from 'vitest';
import { parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { elapsedBetween, listBreaks, type Dated } from '../../src/lib/time-gaps.ts';
import { createTranslator, type UiStrings } from '../../src/lib/i18n/translate.ts';
import en from '../../src/i18n/en.json';
import es from '../../src/i18n/es.json';

const date = (text: string): CalendarDate => {
  const parsed = parseCalendarDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const at = (text: string, timezone?: string): Dated => ({ date: date(text), ...(timezone ? { timezone } : {}) });
const between = (a: string, b: string) => elapsedBetween(at(a), at(b));

describe('elapsedBetween', () => {
  it('counts calendar days, across months and leap days', () => {
    expect(between('2019-02-07', '2019-02-23')).toEqual({ unit: 'day', count: 16 });
    expect(between('2019-01-31', '2019-02-01')).toEqual({ unit: 'day', count: 1 });
    expect(between('2020-02-28', '2020-03-01')).toEqual({ unit: 'day', count: 2 });
    expect(between('2019-02-28', '2019-03-01')).toEqual({ unit: 'day', count: 1 });
  });

  it('is nothing on the same day, or going back', () => {
    expect(between('2019-01-23', '2019-01-23')).toBeUndefined();
    expect(between('2019-01-24', '2019-01-23')).toBeUndefined();
  });

  it('never claims more precision than both dates were written with', () => {
    // "February 2019" to "2 February 2019" is no gap at all, not "0 days" or "1 day".
    expect(between('2019-02', '2019-02-02')).toBeUndefined();
    expect(between('2019-01', '2019-02-02')).toEqual({ unit: 'month', count: 1 });
    expect(between('2019', '2019-12-31')).toBeUndefined();
    expect(between('2018', '2019-02-02')).toEqual({ unit: 'year', count: 1 });
  });

  it('says months past a month, and years past two years, in whole calendar units', () => {
    expect(between('2018-11-08', '2019-01-10')).toEqual({ unit: 'month', count: 2 });
    expect(between('2019-01-31', '2019-03-01')).toEqual({ unit: 'day', count: 29 });
    expect(between('2019-01-31', '2019-03-04')).toEqual({ unit: 'month', count: 1 });
    expect(between('2017-03-01', '2019-02-28')).toEqual({ unit: 'month', count: 23 });
    expect(between('2017-03-01', '2019-03-01')).toEqual({ unit: 'year', count: 2 });
  });

  it('counts hours and minutes between times in one zone, and only days between zones', () => {
    expect(elapsedBetween(at('2019-01-23T09:00', 'America/Caracas'), at('2019-01-23T09:40', 'America/Caracas'))).toEqual({
      unit: 'minute',
      count: 40,
    });
    expect(elapsedBetween(at('2019-01-23T09:00', 'America/Caracas'), at('2019-01-23T20:15', 'America/Caracas'))).toEqual({
      unit: 'hour',
      count: 11,
    });
    expect(elapsedBetween(at('2019-01-23T22:00', 'America/Caracas'), at('2019-01-24T01:00', 'America/Caracas'))).toEqual({
      unit: 'hour',
      count: 3,
    });
    expect(elapsedBetween(at('2019-01-23T09:00', 'America/Caracas'), at('2019-01-23T20:15', 'Europe/Madrid'))).toBeUndefined();
    expect(elapsedBetween(at('2019-01-23T09:00', 'America/Caracas'), at('2019-01-26T08:00', 'Europe/Madrid'))).toEqual({
      unit: 'day',
      count: 3,
    });
  });
});

describe('listBreaks', () => {
  const events = (...dates: string[]) => dates.map((text, index) => ({ id: `e${index}`, data: at(text) }));

  it('tells the gaps well above the list’s usual pace, and no others', () => {
    const list = events('2019-01-20', '2019-01-21', '2019-01-21', '2019-01-22', '2019-02-07', '2019-02-23', '2019-02-24');
    const breaks = listBreaks(list);
    expect(breaks.get('e4')?.elapsed).toEqual({ unit: 'day', count: 16 });
    expect(breaks.get('e5')?.elapsed).toEqual({ unit: 'day', count: 16 });
    expect(breaks.get('e1')?.elapsed).toBeUndefined();
    expect(breaks.get('e6')?.elapsed).toBeUndefined();
  });

  it('never calls a one-day step notable, even when most events share a day', () => {
    const breaks = listBreaks(events('2019-01-20', '2019-01-20', '2019-01-20', '2019-01-21', '2019-01-24'));
    expect(breaks.get('e3')?.elapsed).toBeUndefined();
    expect(breaks.get('e4')?.elapsed).toEqual({ unit: 'day', count: 3 });
  });

  it('marks where each month begins when the list spans more than one', () => {
    const breaks = listBreaks(events('2019-01-30', '2019-01-31', '2019-02-01', '2019-02-02'));
    expect(breaks.get('e0')?.period?.iso).toBe('2019-01');
    expect(breaks.has('e1')).toBe(false);
    expect(breaks.get('e2')?.period).toEqual({ iso: '2019-02', year: 2019, month: 2, precision: 'month' });
    expect(listBreaks(events('2019-01-02', '2019-01-03')).size).toBe(0);
  });

  it('groups a date written as a year under its year', () => {
    const breaks = listBreaks(events('2018', '2019-01-10', '2019-01-12'));
    expect(breaks.get('e0')?.period).toEqual({ iso: '2018', year: 2018, precision: 'year' });
    expect(breaks.get('e1')?.period?.iso).toBe('2019-01');
  });

  it('reads "16 days later" in each language, through plural rules', () => {
    const english = createTranslator('en-GB', en as UiStrings, en as UiStrings);
    const spanish = createTranslator('es', es as UiStrings, en as UiStrings);
    expect(english('elapsed.day', { count: 16 })).toBe('16 days later');
    expect(english('elapsed.day', { count: 1 })).toBe('1 day later');
    expect(spanish('elapsed.day', { count: 16 })).toBe('16 días después');
    expect(spanish('elapsed.month', { count: 1 })).toBe('1 mes después');
    expect(spanish('elapsed.year', { count: 2 })).toBe('2 años después');
  });
});
