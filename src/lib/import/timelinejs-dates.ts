/**
 * TimelineJS dates as Cronista calendar dates, at the precision they were written: parts that
 * cannot be kept lower the precision (never invent one) and say so.
 */
import { parseCalendarDate, type CalendarDate } from '../../schemas/calendar-date.ts';
import type { TimelineJsDate } from '../timelinejs/format.ts';

/** A date part as an integer: "1,999", " 02 " and 2 are read; "", null and absent are not written. */
export function datePart(value: unknown): number | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid';
  const text = String(value).replace(/[\s,]+/g, '');
  if (text === '') return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : 'invalid';
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Reads a TimelineJS date at the precision it was written. Parts that cannot be kept lower the
 * precision (never invent one) and say so; a year Cronista cannot write is an error.
 */
export function readTimelineJsDate(
  date: TimelineJsDate | null | undefined,
  timezone: string | undefined,
): { date: CalendarDate; notes: string[] } | { error: string } {
  const year = datePart(date?.year);
  if (year === undefined) return { error: 'has no year (expected a start_date with at least a year)' };
  if (year === 'invalid' || year < 0 || year > 9999)
    return { error: `has the year "${String(date?.year)}" (Cronista writes years 0000–9999)` };
  const notes: string[] = [];
  let iso = String(year).padStart(4, '0');
  const [month, day, hour, minute, second] = [date?.month, date?.day, date?.hour, date?.minute, date?.second].map(datePart);
  if (month !== undefined) {
    if (month === 'invalid' || month < 1 || month > 12) notes.push(`month "${String(date?.month)}" is not a month; written as ${iso}`);
    else iso += `-${pad(month)}`;
  }
  if (day !== undefined && iso.length === 7) {
    const withDay = `${iso}-${pad(day === 'invalid' ? 0 : day)}`;
    if (day === 'invalid' || 'error' in parseCalendarDate(withDay))
      notes.push(`day "${String(date?.day)}" is not a day of ${iso}; written as ${iso}`);
    else iso = withDay;
  } else if (day !== undefined) notes.push(`day "${String(date?.day)}" without a month was dropped`);
  if (hour !== undefined && iso.length === 10) {
    const time = `${pad(Number(hour))}:${minute === undefined ? '??' : pad(Number(minute))}`;
    if (hour === 'invalid' || minute === 'invalid' || minute === undefined) {
      notes.push(`time ${time} dropped (Cronista writes times to the minute)`);
    } else if (!timezone) {
      notes.push(`time ${time} dropped: no time zone (give --timezone, or add the time and a timezone by hand)`);
    } else if ('error' in parseCalendarDate(`${iso}T${time}`)) {
      notes.push(`time ${time} is not a time of day; dropped`);
    } else {
      iso += `T${time}`;
      if (typeof second === 'number' && second !== 0) notes.push(`seconds dropped from ${time}:${pad(second)}`);
    }
  }
  const parsed = parseCalendarDate(iso);
  return 'error' in parsed ? { error: parsed.error } : { date: parsed, notes };
}
