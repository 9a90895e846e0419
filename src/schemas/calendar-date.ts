/**
 * Calendar dates as authors write them: a year, a month, a day, or a day with a wall-clock time,
 * and how they compare. Formatting for readers is in `src/lib/dates.ts`.
 *
 * N.B. Nothing here goes through the build machine's time zone. A date is kept as its written
 * parts, never turned into a JavaScript `Date`.
 */

/** How precisely a date was written. */
export type Precision = 'year' | 'month' | 'day' | 'minute';

/** A date as an author wrote it, split into parts. Parts finer than `precision` are absent. */
export type CalendarDate = {
  /** The date exactly as written and normalised: `2019`, `2019-02`, `2019-02-02` or `2019-02-02T20:15`. */
  iso: string;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  precision: Precision;
};

const WRITTEN_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** The accepted written forms, for messages. */
export const DATE_FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm';

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The number of a day counted from 1 January 1970 in the proleptic Gregorian calendar, by
 * arithmetic alone (Howard Hinnant's days-from-civil): no `Date`, so no time zone can shift it.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar day of a day number (the inverse of `dayNumber`), by arithmetic alone. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The stretch of time a written date covers, in days from 1 January 1970 (fractions for a time):
 * "2019" the whole year, "2019-02" the whole month, "2019-02-02" that day, a time one instant.
 * N.B. A time is read on its own wall clock: two times in different zones are not made comparable.
 */
export function calendarSpan(date: CalendarDate): { start: number; end: number } {
  if (date.precision === 'year') return { start: dayNumber(date.year, 1, 1), end: dayNumber(date.year + 1, 1, 1) };
  const month = date.month!;
  if (date.precision === 'month') {
    const start = dayNumber(date.year, month, 1);
    return { start, end: start + daysInMonth(date.year, month) };
  }
  const day = dayNumber(date.year, month, date.day!);
  if (date.precision === 'day') return { start: day, end: day + 1 };
  const instant = day + ((date.hour ?? 0) * 60 + (date.minute ?? 0)) / 1440;
  return { start: instant, end: instant };
}

/** Parses a written date; returns an error sentence instead of throwing. */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
  const match = WRITTEN_DATE.exec(text.trim());
  if (!match) return { error: `"${text}" is not a date (expected ${DATE_FORMS})` };
  const [, y, mo, d, h, mi] = match;
  const year = Number(y);
  const date: CalendarDate = { iso: text.trim(), year, precision: 'year' };
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return { error: `"${text}" has no month ${mo} (expected 01–12)` };
    Object.assign(date, { month, precision: 'month' });
  }
  if (d !== undefined) {
    const day = Number(d);
    const max = daysInMonth(year, date.month!);
    if (day < 1 || day > max) {
      return { error: `"${text}" is not a real date: ${monthName(date.month!)} ${year} has ${max} days` };
    }
    Object.assign(date, { day, precision: 'day' });
  }
  if (h !== undefined) {
    const hour = Number(h);
    const minute = Number(mi);
    if (hour > 23 || minute > 59) return { error: `"${text}" has no time ${h}:${mi} (expected 00:00–23:59)` };
    Object.assign(date, { hour, minute, precision: 'minute' });
  }
  return date;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** Sort key: the earliest instant a date can mean, as comparable numbers (wall clock, no zone). */
function startParts(date: CalendarDate): number[] {
  return [date.year, date.month ?? 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0];
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/**
 * Orders two dates by the moment they start; a vaguer date comes before a precise one that
 * starts at the same moment ("February 2019" before "1 February 2019").
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  const pa = startParts(a);
  const pb = startParts(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Whether `later` cannot start before `earlier` ends, at the precision both were written in. */
export function isNotBefore(later: CalendarDate, earlier: CalendarDate): boolean {
  const pl = startParts(later);
  const pe = startParts(earlier);
  // Compare only the parts both dates have, so "2019-02" is not before "2019-02-14".
  const shared = Math.min(PRECISION_RANK[later.precision], PRECISION_RANK[earlier.precision]) + 1;
  const width = shared === 4 ? 5 : shared;
  for (let i = 0; i < width; i++) if (pl[i] !== pe[i]) return pl[i]! > pe[i]!;
  return true;
}

/** Whether `date` falls within `start`..`end` inclusive, each at its own precision. */
export function isWithin(date: CalendarDate, start: CalendarDate, end: CalendarDate): boolean {
  return isNotBefore(date, start) && isNotBefore(end, date);
}

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** Today's calendar date in UTC, from a caller-supplied "now" (never read inside). */
export function calendarDateOf(now: Date): CalendarDate {
  const iso = now.toISOString().slice(0, 10);
  return parseCalendarDate(iso) as CalendarDate;
}
