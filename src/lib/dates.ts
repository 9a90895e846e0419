/**
 * Calendar dates as authors write them: a year, a month, a day, or a day with a wall-clock time.
 *
 * N.B. Nothing here goes through the build machine's time zone. A date is kept as its written
 * parts; JavaScript `Date` appears only inside `Intl` formatting pinned to UTC, so the same
 * input gives the same text under any `TZ`.
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

/**
 * Turns what a YAML parser produced into the written text of a date.
 * YAML 1.1 parsers (js-yaml, used by Astro) turn `2019-02-02` into a `Date` at UTC midnight and
 * `2019` into a number; both are read back through UTC so the machine's zone never shifts a day.
 */
export function writtenDateText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(4, '0');
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
    if (!midnight) return undefined;
    return value.toISOString().slice(0, 10);
  }
  return undefined;
}

function monthName(month: number): string {
  return new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
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

function utcMillis(date: CalendarDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0);
}

const FORMAT_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

// N.B. Creating an Intl.DateTimeFormat is far slower than using one, and a big timeline formats
// tens of thousands of dates: keep one formatter per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FORMAT_OPTIONS[precision], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats a date at exactly its written precision ("2019", "February 2019", "2 February 2019"). */
export function formatCalendarDate(date: CalendarDate, locale: string, timezone?: string): string {
  const text = formatterFor(locale, date.precision).format(utcMillis(date));
  return date.precision === 'minute' && timezone ? `${text} (${timezone.replaceAll('_', ' ')} time)` : text;
}

/** Formats an event's date or range, with "around" for approximate dates. */
export function formatEventDate(
  event: { date: CalendarDate; endDate?: CalendarDate; approximate: boolean; timezone?: string },
  locale: string,
): string {
  const start = formatCalendarDate(event.date, locale, event.timezone);
  const text = event.endDate ? `${start} – ${formatCalendarDate(event.endDate, locale)}` : start;
  return event.approximate ? `around ${text}` : text;
}

/**
 * The UTC offset of an IANA zone at a wall-clock moment, as `-04:00`.
 * Uses Intl's zone data, never the machine's own zone.
 */
export function zoneOffset(date: CalendarDate, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' }).formatToParts(utcMillis(date));
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** The `datetime` attribute value: the written precision, plus the zone offset for a time. */
export function machineDate(date: CalendarDate, timezone?: string): string {
  return date.precision === 'minute' && timezone ? `${date.iso}${zoneOffset(date, timezone)}` : date.iso;
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
