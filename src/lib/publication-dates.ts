/**
 * When entries went up and when they last changed, from the dates their authors wrote
 * (`published`, and the `updates` log). Nothing is ever inferred: an entry without those dates
 * has none, and a story none of whose entries has one shows no "last updated".
 */
import { compareCalendarDates, type CalendarDate } from '../schemas/calendar-date.ts';
import type { EventData } from '../schemas/event.ts';

/** The dates of one entry a reader is shown. */
export type EntryDates = {
  /** The day it first went up, if the entry says. */
  published?: CalendarDate;
  /** The latest correction or update, if it has any. */
  updated?: CalendarDate;
};

/** The latest of some dates, by the moment each starts; undefined for none. */
export function latestDate(dates: readonly (CalendarDate | undefined)[]): CalendarDate | undefined {
  return dates.reduce<CalendarDate | undefined>(
    (latest, date) => (date && (!latest || compareCalendarDates(date, latest) > 0) ? date : latest),
    undefined,
  );
}

/** An entry's publication date and latest update. */
export function entryDates(data: Pick<EventData, 'published' | 'updates'>): EntryDates {
  const updated = latestDate(data.updates.map((update) => update.date));
  return { ...(data.published ? { published: data.published } : {}), ...(updated ? { updated } : {}) };
}

/** When the story last changed: the latest `published` or update date of its entries; undefined when none has one. */
export function storyLastUpdated(entries: readonly { data: Pick<EventData, 'published' | 'updates'> }[]): CalendarDate | undefined {
  return latestDate(entries.flatMap(({ data }) => [data.published, ...data.updates.map((update) => update.date)]));
}

/**
 * The instant a feed gives for a date: 00:00 UTC of its day.
 * N.B. A date written without a time names a day, not a moment; midnight UTC is the convention
 * feeds need, never a claim about the hour. A date vaguer than a day has no instant: undefined.
 */
export function feedInstant(date: CalendarDate): Date | undefined {
  if (date.precision !== 'day' && date.precision !== 'minute') return undefined;
  return new Date(Date.UTC(date.year, date.month! - 1, date.day!));
}
