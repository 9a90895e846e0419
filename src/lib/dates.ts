/**
 * Calendar dates for readers: "2019", "February 2019", "2 February 2019", in the story's language.
 *
 * N.B. JavaScript `Date` appears only inside `Intl` formatting pinned to UTC, so the same input
 * gives the same text under any `TZ`.
 */
import type { CalendarDate, Precision } from '../schemas/calendar-date.ts';

/** The instant a date's parts name, read as UTC (never the machine's zone): for `Intl` only. */
export function utcMillis(date: CalendarDate): number {
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

const TICK_OPTIONS = {
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  monthWithYear: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A tick label on a time axis, short: "Feb", "Jan 2019" (the year at the first tick and at each
 * January), "23 Feb", "2019".
 */
export function formatAxisTick(date: CalendarDate, unit: 'day' | 'month' | 'year', first: boolean, locale: string): string {
  const style = unit === 'month' && (first || date.month === 1) ? 'monthWithYear' : unit;
  const key = `${locale}|tick-${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...TICK_OPTIONS[style], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(utcMillis(date));
}
