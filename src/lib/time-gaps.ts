/**
 * Time between events, as a reader of a list wants it: "16 days later" where a pause is notable,
 * and the month each run of events begins. Calendar arithmetic on the written dates only: no
 * `Date`, no time zone, and never more precise than the dates were written ("February 2019" to
 * "2 February 2019" is no gap at all, not "0 days").
 */
import { dayNumber, type CalendarDate, type Precision } from '../schemas/calendar-date.ts';

/** The units a gap is told in. */
export type ElapsedUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Time passed, in one unit: `{ unit: 'day', count: 16 }` is "16 days later". */
export type Elapsed = { unit: ElapsedUnit; count: number };

/** A date as an event carries it: with its zone when it has a time. */
export type Dated = { date: CalendarDate; timezone?: string };

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3 };
const PRECISIONS: Precision[] = ['year', 'month', 'day', 'minute'];

/** Roughly how many days a gap is, to compare gaps told in different units. */
export function approximateDays(elapsed: Elapsed): number {
  return { minute: 1 / 1440, hour: 1 / 24, day: 1, month: 30.44, year: 365.25 }[elapsed.unit] * elapsed.count;
}

/** Whole calendar months from one day to a later one (2 January → 1 March is 1). */
function wholeMonths(from: CalendarDate, to: CalendarDate): number {
  const months = (to.year - from.year) * 12 + (to.month! - from.month!);
  return to.day! < from.day! ? months - 1 : months;
}

/**
 * The time from one date to a later one, at the precision both were written in (times in two
 * different zones are compared by their days). Undefined when none passed at that precision.
 */
export function elapsedBetween(earlier: Dated, later: Dated): Elapsed | undefined {
  let precision = PRECISIONS[Math.min(RANK[earlier.date.precision], RANK[later.date.precision])]!;
  if (precision === 'minute' && earlier.timezone !== later.timezone) precision = 'day';
  const a = earlier.date;
  const b = later.date;
  const years = (count: number): Elapsed | undefined => (count > 0 ? { unit: 'year', count } : undefined);
  if (precision === 'year') return years(b.year - a.year);
  const months = (b.year - a.year) * 12 + (b.month! - a.month!);
  if (precision === 'month')
    return months >= 24 ? years(Math.floor(months / 12)) : months > 0 ? { unit: 'month', count: months } : undefined;
  const days = dayNumber(b.year, b.month!, b.day!) - dayNumber(a.year, a.month!, a.day!);
  if (precision === 'minute') {
    const minutes = days * 1440 + (b.hour! * 60 + b.minute!) - (a.hour! * 60 + a.minute!);
    if (minutes <= 0) return undefined;
    if (minutes < 60) return { unit: 'minute', count: minutes };
    if (minutes < 1440) return { unit: 'hour', count: Math.floor(minutes / 60) };
  }
  if (days <= 0) return undefined;
  if (days <= 31) return { unit: 'day', count: days };
  const whole = wholeMonths(a, b);
  return whole >= 24 ? years(Math.floor(whole / 12)) : { unit: 'month', count: Math.max(1, whole) };
}

/** What a list shows before an event: the month (or year) a new run begins, and a notable gap. */
export type ListBreak = {
  /** The month ("February 2019") or, for a date written as a year, the year the event begins. */
  period?: CalendarDate;
  /** The time since the event before, when it is notable. */
  elapsed?: Elapsed;
};

/** How a list decides what is notable. */
export type BreakOptions = {
  /** A gap is notable from this many times the list's median gap. Default 3. */
  factor?: number;
  /** …and never below this many days (2 hours when both dates have times in one zone). Default 2. */
  minimumDays?: number;
};

const periodOf = (date: CalendarDate): CalendarDate =>
  date.precision === 'year'
    ? { iso: String(date.year), year: date.year, precision: 'year' }
    : { iso: date.iso.slice(0, 7), year: date.year, month: date.month, precision: 'month' };

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * For a list of events in time order, what to show before each: the month it begins when the
 * list spans more than one (so the eye finds its way), and the time since the event before when
 * it is notable for this list (well above its usual pace). Events with nothing to show are absent.
 */
export function listBreaks(events: readonly { id: string; data: Dated }[], options: BreakOptions = {}): Map<string, ListBreak> {
  const { factor = 3, minimumDays = 2 } = options;
  const gaps = events.map((event, index) => (index === 0 ? undefined : elapsedBetween(events[index - 1]!.data, event.data)));
  const typical = median(gaps.slice(1).map((gap) => (gap ? approximateDays(gap) : 0)));
  const periods = events.map((event) => periodOf(event.data.date).iso);
  const manyPeriods = new Set(periods).size > 1;
  const breaks = new Map<string, ListBreak>();
  events.forEach((event, index) => {
    const gap = gaps[index];
    const previous = events[index - 1]?.data;
    const timed =
      previous &&
      previous.date.precision === 'minute' &&
      event.data.date.precision === 'minute' &&
      previous.timezone === event.data.timezone;
    const floor = timed ? 2 / 24 : minimumDays;
    const notable = gap && approximateDays(gap) >= Math.max(factor * typical, floor) ? gap : undefined;
    const newPeriod =
      manyPeriods && (index === 0 || periods[index] !== periods[index - 1]) && !periods[index - 1]?.startsWith(`${periods[index]}-`);
    if (notable || newPeriod)
      breaks.set(event.id, { ...(newPeriod ? { period: periodOf(event.data.date) } : {}), ...(notable ? { elapsed: notable } : {}) });
  });
  return breaks;
}
