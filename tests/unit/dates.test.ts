import { describe, expect, it } from 'vitest';
import { compareCalendarDates, isNotBefore, isWithin, parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { formatCalendarDate, formatEventDate, machineDate } from '../../src/lib/dates.ts';

const date = (text: string) => {
  const parsed = parseCalendarDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

describe('parseCalendarDate', () => {
  it('keeps the precision the author wrote', () => {
    expect(date('2019')).toEqual({ iso: '2019', year: 2019, precision: 'year' });
    expect(date('2019-02')).toEqual({ iso: '2019-02', year: 2019, month: 2, precision: 'month' });
    expect(date('2019-02-02')).toEqual({ iso: '2019-02-02', year: 2019, month: 2, day: 2, precision: 'day' });
    expect(date('2019-01-23T20:15')).toMatchObject({ hour: 20, minute: 15, precision: 'minute' });
  });

  it('rejects impossible dates with a sentence a contributor understands', () => {
    expect(parseCalendarDate('2019-02-30')).toEqual({ error: '"2019-02-30" is not a real date: February 2019 has 28 days' });
    expect(parseCalendarDate('2020-02-30')).toEqual({ error: '"2020-02-30" is not a real date: February 2020 has 29 days' });
    expect(parseCalendarDate('2019-13')).toEqual({ error: '"2019-13" has no month 13 (expected 01–12)' });
    expect(parseCalendarDate('2019-01-23T25:00')).toEqual({ error: '"2019-01-23T25:00" has no time 25:00 (expected 00:00–23:59)' });
    expect(parseCalendarDate('23/01/2019')).toEqual({
      error: '"23/01/2019" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    });
  });

  it('accepts leap days only in leap years', () => {
    expect(date('2000-02-29').day).toBe(29);
    expect(parseCalendarDate('1900-02-29')).toHaveProperty('error');
  });
});

describe('formatCalendarDate', () => {
  it('shows exactly the written precision', () => {
    expect(formatCalendarDate(date('2019'), 'en-GB')).toBe('2019');
    expect(formatCalendarDate(date('2019-02'), 'en-GB')).toBe('February 2019');
    expect(formatCalendarDate(date('2019-02-02'), 'en-GB')).toBe('2 February 2019');
    expect(formatCalendarDate(date('2019-02-02'), 'es')).toBe('2 de febrero de 2019');
    expect(formatCalendarDate(date('2019-01-23T20:15'), 'en-GB', 'America/Caracas')).toBe(
      '23 January 2019 at 20:15 (America/Caracas time)',
    );
  });

  it('never shifts a day, whatever the process time zone', () => {
    // The process TZ is set by the test runner; the Kiritimati run is in dates-far-zone.test.ts.
    expect(formatCalendarDate(date('2019-01-01'), 'en-GB')).toBe('1 January 2019');
    expect(formatCalendarDate(date('2018-12-31'), 'en-GB')).toBe('31 December 2018');
  });

  it('formats ranges and approximate dates', () => {
    expect(formatEventDate({ date: date('2018-11-08'), endDate: date('2019-02-22'), approximate: false }, 'en-GB')).toBe(
      '8 November 2018 – 22 February 2019',
    );
    expect(formatEventDate({ date: date('2019-02'), approximate: true }, 'en-GB')).toBe('around February 2019');
  });
});

describe('machineDate', () => {
  it('keeps the written precision in <time datetime>', () => {
    expect(machineDate(date('2019-02'))).toBe('2019-02');
    expect(machineDate(date('2019'))).toBe('2019');
    expect(machineDate(date('2019-02-02'))).toBe('2019-02-02');
  });

  it('adds the zone offset for a time', () => {
    expect(machineDate(date('2019-01-23T20:15'), 'America/Caracas')).toBe('2019-01-23T20:15-04:00');
    expect(machineDate(date('2019-01-31T12:00'), 'Europe/Bucharest')).toBe('2019-01-31T12:00+02:00');
    expect(machineDate(date('2019-01-31T12:00'), 'UTC')).toBe('2019-01-31T12:00+00:00');
  });
});

describe('ordering', () => {
  const sorted = (texts: string[]) =>
    texts
      .map(date)
      .toSorted(compareCalendarDates)
      .map((value: CalendarDate) => value.iso);

  it('orders by start, vaguer dates first on a tie', () => {
    expect(sorted(['2019-02-02', '2019-02', '2019', '2018-11-08', '2019-01-31', '2019-02-01'])).toEqual([
      '2018-11-08',
      '2019',
      '2019-01-31',
      '2019-02',
      '2019-02-01',
      '2019-02-02',
    ]);
    expect(sorted(['2019-01-23T20:15', '2019-01-23', '2019-01-23T09:00'])).toEqual(['2019-01-23', '2019-01-23T09:00', '2019-01-23T20:15']);
  });

  it('compares only the precision both dates share', () => {
    expect(isNotBefore(date('2019-02'), date('2019-02-14'))).toBe(true);
    expect(isNotBefore(date('2019-01-31'), date('2019-02'))).toBe(false);
    expect(isWithin(date('2018-11-08'), date('2018-11'), date('2019-01-09'))).toBe(true);
    expect(isWithin(date('2019-01-10'), date('2018-11'), date('2019-01-09'))).toBe(false);
  });
});
