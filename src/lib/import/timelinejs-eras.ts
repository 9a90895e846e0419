/**
 * TimelineJS eras as Cronista phases, kept pure. Phases may not overlap (each event belongs to one),
 * while TimelineJS eras often share their boundary year ("600–650", "650–700"): the earlier one then
 * ends the year (month, day) before the next starts, and says so. An era that really overlaps
 * another is written to the review folder, never dropped.
 */
import { formatCalendarDate } from '../dates.ts';
import { slugify } from '../scaffold/slug.ts';
import { idSchema } from '../../schemas/common.ts';
import { compareCalendarDates, daysInMonth, isNotBefore, parseCalendarDate, type CalendarDate } from '../../schemas/calendar-date.ts';
import { htmlToText, readSlideHtml } from '../timelinejs/html.ts';
import { timelineJsEraSchema } from '../timelinejs/format.ts';
import { readTimelineJsDate } from './timelinejs-dates.ts';
import { fitText } from './fit-text.ts';

/** A phase that already exists, by id and dates. */
export type KnownPhase = { id: string; start: CalendarDate; end: CalendarDate };

/** A phase file to write: where it goes (a phase, or parked for review) and its data. */
export type EraOutcome = {
  /** "era 2" (counted from 1 in file order). */
  slide: string;
  headline: string;
  notes: string[];
  /** The phase, unless the era could not be read at all. */
  phase?: { id: string; parked: boolean; data: { title: string; start: string; end: string; summary: string } };
};

type Period = { start: CalendarDate; end: CalendarDate };

/** Whether two periods share a day, by the checker's rule (one must start after the other ends). */
export function overlaps(a: Period, b: Period): boolean {
  const [first, second] = compareCalendarDates(a.start, b.start) <= 0 ? [a, b] : [b, a];
  return !isNotBefore(second.start, first.end) || compareCalendarDates(second.start, first.end) === 0;
}

const pad = (value: number) => String(value).padStart(2, '0');
const UNIT = { year: 'year', month: 'month', day: 'day', minute: 'minute' } as const;

/** The year, month, day or minute just before a date, at its precision; undefined before year 0. */
export function unitBefore(date: CalendarDate): CalendarDate | undefined {
  const { year, month = 1, day = 1, hour = 0, minute = 0 } = date;
  let iso: string;
  if (date.precision === 'year') iso = String(year - 1).padStart(4, '0');
  else if (date.precision === 'month')
    iso = month > 1 ? `${String(year).padStart(4, '0')}-${pad(month - 1)}` : `${String(year - 1).padStart(4, '0')}-12`;
  else if (date.precision === 'day') {
    if (day > 1) iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day - 1)}`;
    else if (month > 1) iso = `${String(year).padStart(4, '0')}-${pad(month - 1)}-${pad(daysInMonth(year, month - 1))}`;
    else iso = `${String(year - 1).padStart(4, '0')}-12-31`;
  } else {
    const total = hour * 60 + minute - 1;
    if (total < 0) return undefined;
    iso = `${date.iso.slice(0, 10)}T${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
  }
  const parsed = parseCalendarDate(iso);
  return year < 0 || 'error' in parsed ? undefined : parsed;
}

/** A fresh id: `wanted`, or `wanted-2`, `wanted-3`… if taken. */
export function freshId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Reads the eras, earliest first, into phases that fit around `existing` ones and each other.
 * `phaseIds` holds every phase id already used (written or parked) and receives the new ones.
 */
export function readEras(raw: readonly unknown[], existing: readonly KnownPhase[], phaseIds: Set<string>): EraOutcome[] {
  type Accepted = Period & { id: string; outcome?: EraOutcome; title: string };
  const read = raw.map((value, index) => {
    const slide = `era ${index + 1}`;
    const era = timelineJsEraSchema.safeParse(value);
    if (!era.success) return { slide, headline: '', error: 'is not an era object' };
    const headline = htmlToText(era.data.text?.headline);
    const start = readTimelineJsDate(era.data.start_date, undefined);
    const end = readTimelineJsDate(era.data.end_date, undefined);
    if ('error' in start) return { slide, headline, error: `start_date ${start.error}` };
    if ('error' in end) return { slide, headline, error: `end_date ${end.error}` };
    return { slide, headline, era: era.data, start, end };
  });
  const outcomes: EraOutcome[] = [];
  const accepted: Accepted[] = existing.map((phase) => ({ ...phase, title: phase.id }));
  const ordered = [
    ...read.filter((item) => !('start' in item)),
    ...read.filter((item) => 'start' in item).toSorted((a, b) => compareCalendarDates(a.start!.date, b.start!.date)),
  ];
  for (const item of ordered) {
    if (!('era' in item) || !item.era || !item.start || !item.end) {
      outcomes.push({ slide: item.slide, headline: item.headline, notes: [`not written: ${'error' in item ? item.error : 'unreadable'}`] });
      continue;
    }
    const notes = [...item.start.notes, ...item.end.notes];
    const period: Period = { start: item.start.date, end: item.end.date };
    if (!isNotBefore(period.end, period.start)) {
      outcomes.push({
        slide: item.slide,
        headline: item.headline,
        notes: [`not written: ends (${period.end.iso}) before it starts (${period.start.iso})`],
      });
      continue;
    }
    const title = fitText(item.headline || `Period ${item.slide.split(' ')[1]}`, 'the headline', notes);
    if (!item.headline) notes.push(`no headline: titled "${title}"`);

    // Share a boundary honestly; park what really overlaps.
    let parkedBy: Accepted | undefined;
    for (let clash = accepted.find((phase) => overlaps(phase, period)); clash; clash = accepted.find((phase) => overlaps(phase, period))) {
      const shared = compareCalendarDates(period.start, clash.end) === 0;
      const earlierEnd = shared && clash.outcome?.phase ? unitBefore(clash.end) : undefined;
      const laterStart = shared ? unitAfter(period.start) : undefined;
      if (earlierEnd && isNotBefore(earlierEnd, clash.start)) {
        clash.outcome!.notes.push(
          `ends ${earlierEnd.iso}, the ${UNIT[earlierEnd.precision]} before "${title}" starts: the two eras shared ${clash.end.iso} (Cronista phases do not overlap)`,
        );
        clash.end = earlierEnd;
        clash.outcome!.phase!.data.end = earlierEnd.iso;
      } else if (laterStart && isNotBefore(period.end, laterStart)) {
        notes.push(
          `starts ${laterStart.iso}, the ${UNIT[laterStart.precision]} after the phase "${clash.id}" ends: the two shared ${period.start.iso} (Cronista phases do not overlap)`,
        );
        period.start = laterStart;
      } else {
        parkedBy = clash;
        break;
      }
    }
    const uniqueId = item.era.unique_id === undefined || item.era.unique_id === null ? '' : String(item.era.unique_id);
    const id = freshId(idSchema.safeParse(uniqueId).success ? uniqueId : slugify(title) || `period-${item.slide.split(' ')[1]}`, phaseIds);
    const summaryRead = readSlideHtml(item.era.text?.text).paragraphs.join(' ');
    const summaryText = summaryRead ? fitText(summaryRead, 'the text', notes) : '';
    const outcome: EraOutcome = {
      slide: item.slide,
      headline: item.headline,
      notes,
      phase: { id, parked: parkedBy !== undefined, data: { title, start: period.start.iso, end: period.end.iso, summary: summaryText } },
    };
    if (parkedBy) {
      notes.push(
        `overlaps the phase "${parkedBy.id}" (${parkedBy.start.iso} to ${parkedBy.end.iso}): written for review, not as a phase (Cronista phases do not overlap); change its dates or merge it, then move it to the phases folder`,
      );
    } else {
      accepted.push({ id, ...period, title, outcome });
    }
    outcomes.push(outcome);
  }
  // Summaries last: an era's end may have moved for the one after it.
  for (const outcome of outcomes) {
    const data = outcome.phase?.data;
    if (!data || data.summary) continue;
    const [start, end] = [parseCalendarDate(data.start), parseCalendarDate(data.end)] as CalendarDate[];
    data.summary = `From ${formatCalendarDate(start!, 'en-GB')} to ${formatCalendarDate(end!, 'en-GB')}.`;
    outcome.notes.push(`no text: summary set to "${data.summary}"`);
  }
  return outcomes;
}

/** The year, month, day or minute just after a date, at its precision. */
function unitAfter(date: CalendarDate): CalendarDate | undefined {
  const { year, month = 1, day = 1, hour = 0, minute = 0 } = date;
  let iso: string;
  if (date.precision === 'year') iso = String(year + 1).padStart(4, '0');
  else if (date.precision === 'month')
    iso = month < 12 ? `${String(year).padStart(4, '0')}-${pad(month + 1)}` : `${String(year + 1).padStart(4, '0')}-01`;
  else if (date.precision === 'day') {
    if (day < daysInMonth(year, month)) iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day + 1)}`;
    else if (month < 12) iso = `${String(year).padStart(4, '0')}-${pad(month + 1)}-01`;
    else iso = `${String(year + 1).padStart(4, '0')}-01-01`;
  } else {
    const total = hour * 60 + minute + 1;
    if (total >= 24 * 60) return undefined;
    iso = `${date.iso.slice(0, 10)}T${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
  }
  const parsed = parseCalendarDate(iso);
  return 'error' in parsed ? undefined : parsed;
}
