/**
 * The time axis above a timeline: where each event falls in the story's time, as a fraction of
 * the axis from its first day to its last; the phases as bands; ticks; lanes for marks that
 * would touch; labels for key moments; and, for a long story, density bins. Layout maths only:
 * `src/components/TimeAxis.astro` draws it as SVG.
 *
 * N.B. Positions are fractions (0–1) of the axis width, drawn as SVG percentages, so the axis
 * fits any width without inline styles (the page's policy refuses them). Lanes are laid out
 * twice, for the narrowest phone and for a desktop column, so that two marks a reader can tap
 * are never closer than a 24 px target; a stylesheet picks the lanes for the screen.
 */
import { calendarSpan, civilFromDays, dayNumber, type CalendarDate } from '../schemas/calendar-date.ts';

/** An event as the axis needs it. */
export type AxisEvent = {
  id: string;
  date: CalendarDate;
  endDate?: CalendarDate;
  /** A key moment: drawn larger, and labelled where there is room. */
  key: boolean;
  /** The label of a key moment. */
  title?: string;
};

/** A phase of the story, drawn as a band. */
export type AxisPhase = { id: string; start: CalendarDate; end: CalendarDate; title?: string };

/** The layout settings; every field has a default in `AXIS_DEFAULTS`. */
export type AxisOptions = {
  /** The narrowest width the axis is drawn at (a phone), and a typical desktop width, in px. */
  widths: { narrow: number; wide: number };
  /** Least distance in px between the centres of two marks in one lane: a 24 px tap target. */
  target: number;
  /** Most lanes of marks; marks beyond share the least crowded lane. */
  maxLanes: number;
  /** Most rows of key-moment labels (wide layout only); labels that do not fit are left out. */
  maxLabelRows: number;
  /** Estimated width of one character of a label, px. */
  labelCharWidth: number;
  /** Longest label, in characters, before it is shortened with an ellipsis. */
  labelMaxChars: number;
  /** Past this many events in the story, the story behind the marks is drawn as density bins. */
  binThreshold: number;
  /** How many density bins span the axis. */
  binCount: number;
  /** Fewest px between two tick labels at the narrow width. */
  tickSpacing: number;
};

/** Defaults: a 320 px phone less its margins, a desktop drawing wider than the text, 24 px targets. */
export const AXIS_DEFAULTS: AxisOptions = {
  widths: { narrow: 288, wide: 960 },
  target: 24,
  maxLanes: 10,
  maxLabelRows: 5,
  labelCharWidth: 6.6,
  labelMaxChars: 48,
  binThreshold: 300,
  binCount: 60,
  tickSpacing: 64,
};

/** A lane for each of the two widths (0 is the lane nearest the axis line). */
export type Lanes = { narrow: number; wide: number };

/** One event's mark. */
export type AxisMark = {
  id: string;
  /** Where the mark is: the middle of the stretch its date covers. */
  at: number;
  /** The stretch its date (to its end date) covers, drawn as a bar when it is wider than a day. */
  from: number;
  to: number;
  key: boolean;
  lane: Lanes;
};

/** A tick on the axis line, at the start of a day, month or year. */
export type AxisTick = { at: number; date: CalendarDate; unit: TickUnit; first: boolean };
export type TickUnit = 'day' | 'month' | 'year';

/** A phase band, numbered in story order (from 1). */
export type AxisBand = {
  id: string;
  number: number;
  from: number;
  to: number;
  /** Whether the phase's title fits inside the band, at each width. */
  titleFits: { narrow: boolean; wide: boolean };
  /** Whether at least its number fits, at each width. */
  numberFits: { narrow: boolean; wide: boolean };
};

/** A key moment's label (wide layout), in a row above the marks. */
export type AxisLabel = { id: string; at: number; row: number; anchor: 'start' | 'end'; text: string };

/**
 * What lies behind the marks: the whole story, as a rug of ticks, or as density bins. For a page
 * of a long story the axis spans the page's own dates (`zoomed`), and the bins count the story's
 * events in that stretch: drawn against the whole story, a page's marks would crowd into a sliver.
 */
export type AxisContext =
  { kind: 'rug'; at: number[] } | { kind: 'bins'; bins: { from: number; to: number; count: number }[]; max: number; zoomed: boolean };

/** Everything the component draws. */
export type AxisLayout = {
  /** First and last day of the axis (days from 1 January 1970). */
  start: number;
  end: number;
  marks: AxisMark[];
  ticks: AxisTick[];
  bands: AxisBand[];
  labels: AxisLabel[];
  /** How many lanes the marks take at each width. */
  lanes: Lanes;
  /** How many rows the labels take (wide layout). */
  labelRows: number;
  context?: AxisContext;
};

/** The layout's input: the marks to link, the whole story (for the domain and the context) and its phases. */
export type AxisInput = {
  /** The events the page lists: each gets a mark. */
  events: readonly AxisEvent[];
  /** Every event of the story, when the page lists only some: sets the domain and is drawn behind. */
  story?: readonly AxisEvent[];
  phases?: readonly AxisPhase[];
};

/** The stretch an event covers, from the start of its date to the end of its end date. */
export function eventSpan(event: Pick<AxisEvent, 'date' | 'endDate'>): { start: number; end: number; middle: number } {
  const date = calendarSpan(event.date);
  const end = event.endDate ? calendarSpan(event.endDate).end : date.end;
  return { start: date.start, end: Math.max(end, date.end), middle: (date.start + date.end) / 2 };
}

/** The first and last day that events and phases cover (infinite when there are none). */
function extent(events: readonly AxisEvent[], phases: readonly AxisPhase[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const span = eventSpan(event);
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  for (const phase of phases) {
    start = Math.min(start, calendarSpan(phase.start).start);
    end = Math.max(end, calendarSpan(phase.end).end);
  }
  return { start, end };
}

/** An extent as an axis's domain: never empty, never less than a day. */
function domainOf({ start, end }: { start: number; end: number }): { start: number; end: number } {
  if (!Number.isFinite(start)) return { start: 0, end: 1 };
  if (end - start < 1) return { start: start - 0.5, end: start + 0.5 };
  return { start, end };
}

/** The days an axis spans: every event and phase, never less than a day. */
export function axisDomain(events: readonly AxisEvent[], phases: readonly AxisPhase[] = []): { start: number; end: number } {
  return domainOf(extent(events, phases));
}

/**
 * What every page of one story shares: the story's extent and each event's middle day. N.B.
 * Computed once per story, not once per page: a story of 10,000 events has hundreds of pages.
 */
const storyFacts = new WeakMap<readonly AxisEvent[], { extent: { start: number; end: number }; middles: number[] }>();

function factsOf(story: readonly AxisEvent[]) {
  let facts = storyFacts.get(story);
  if (!facts) {
    facts = { extent: extent(story, []), middles: story.map((event) => eventSpan(event).middle) };
    storyFacts.set(story, facts);
  }
  return facts;
}

/**
 * Assigns each interval (fractions of the axis, in order of start) the lowest lane where it keeps
 * `gap` from the lane's previous interval; past `maxLanes`, the lane that ends earliest.
 */
export function assignLanes(intervals: readonly { from: number; to: number }[], gap: number, maxLanes: number): number[] {
  const ends: number[] = [];
  return intervals.map(({ from, to }) => {
    let lane = ends.findIndex((end) => end + gap <= from + 1e-9);
    if (lane === -1) {
      if (ends.length < maxLanes) lane = ends.length;
      else lane = ends.indexOf(Math.min(...ends));
    }
    ends[lane] = Math.max(ends[lane] ?? -Infinity, to);
    return lane;
  });
}

const TICK_STEPS: { unit: TickUnit; every: number; days: number }[] = [
  { unit: 'day', every: 1, days: 1 },
  { unit: 'day', every: 7, days: 7 },
  { unit: 'month', every: 1, days: 30.44 },
  { unit: 'month', every: 3, days: 91.3 },
  { unit: 'month', every: 6, days: 182.6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((every) => ({ unit: 'year' as const, every, days: every * 365.25 })),
];

const pad = (value: number) => String(value).padStart(2, '0');

/** Ticks at the start of days, months or years, as many as fit `maxTicks` across the domain. */
export function axisTicks(start: number, end: number, maxTicks: number): { unit: TickUnit; dates: CalendarDate[] } {
  const days = end - start;
  const step = TICK_STEPS.find((candidate) => days / candidate.days <= Math.max(1, maxTicks)) ?? TICK_STEPS.at(-1)!;
  const from = civilFromDays(Math.ceil(start));
  const dates: CalendarDate[] = [];
  if (step.unit === 'day') {
    for (let day = Math.ceil(start); day <= end; day += step.every) {
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      dates.push({ iso: `${year}-${pad(month)}-${pad(dayOfMonth)}`, year, month, day: dayOfMonth, precision: 'day' });
    }
  } else if (step.unit === 'month') {
    let { year, month } = from;
    for (let first = dayNumber(year, month, 1); first <= end; first = dayNumber(year, month, 1)) {
      if (first >= start && (month - 1) % step.every === 0) dates.push({ iso: `${year}-${pad(month)}`, year, month, precision: 'month' });
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
  } else {
    for (let year = Math.ceil(from.year / step.every) * step.every; dayNumber(year, 1, 1) <= end; year += step.every) {
      if (dayNumber(year, 1, 1) >= start) dates.push({ iso: String(year), year, precision: 'year' });
    }
  }
  return { unit: step.unit, dates };
}

/** A label no longer than `max` characters, cut at a word with an ellipsis. */
export function shortenLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Lays out key-moment labels in rows above the marks, each beside its mark on the side with room,
 * so that no two labels overlap and no label's leader line (down from its row to its mark) runs
 * through a label in a row below. As many labels as can be placed, in as few rows (a greedy pass,
 * then a bounded search for a handful of labels). Labels that find no place are left out; their
 * marks stay, named by their links.
 */
export function placeLabels(
  items: readonly { id: string; at: number; text: string }[],
  width: number,
  options: Pick<AxisOptions, 'labelCharWidth' | 'maxLabelRows'>,
): AxisLabel[] {
  type Placed = AxisLabel & { from: number; to: number };
  const margin = 8 / width;
  const ordered = items.toSorted((a, b) => a.at - b.at);
  const candidates = ordered.map((item) => {
    const length = (item.text.length * options.labelCharWidth + 8) / width;
    const sides = [
      { anchor: 'start' as const, from: item.at - 4 / width, to: item.at + length },
      { anchor: 'end' as const, from: item.at - length, to: item.at + 4 / width },
    ].filter((side) => side.from >= -margin && side.to <= 1 + margin);
    // Towards the emptier half first.
    if (item.at > 0.5) sides.reverse();
    return Array.from({ length: options.maxLabelRows }, (_, row) => sides.map((side) => ({ ...item, ...side, row }))).flat();
  });
  const compatible = (a: Placed, b: Placed) => {
    if (a.row === b.row) return a.to + margin <= b.from || a.from >= b.to + margin;
    const [low, high] = a.row < b.row ? [a, b] : [b, a];
    // The higher label's leader runs down through the lower label's row.
    return high.at < low.from - margin || high.at > low.to + margin;
  };
  const rowsUsed = (placed: readonly Placed[]) => Math.max(0, ...placed.map((label) => label.row + 1));
  const better = (a: readonly Placed[], b: readonly Placed[]) =>
    a.length > b.length || (a.length === b.length && rowsUsed(a) < rowsUsed(b));

  // A greedy pass first (towards the emptier side); then, for a handful of labels, a bounded search for better.
  let best: Placed[] = [];
  for (const choices of candidates) {
    const fit = choices.find((candidate) => best.every((other) => compatible(candidate, other)));
    if (fit) best.push(fit);
  }
  let budget = 50_000;
  const search = (index: number, placed: Placed[]) => {
    if (--budget < 0) return;
    if (index === ordered.length) {
      if (better(placed, best)) best = [...placed];
      return;
    }
    if (placed.length + (ordered.length - index) < best.length) return;
    for (const candidate of candidates[index]!) {
      if (placed.every((other) => compatible(candidate, other))) search(index + 1, [...placed, candidate]);
    }
    search(index + 1, placed);
  };
  if (ordered.length <= 10) search(0, []);
  return best.toSorted((a, b) => a.at - b.at).map(({ id, at, row, anchor, text }) => ({ id, at, row, anchor, text }));
}

/** Density of the story: how many events start in each of `count` equal bins. */
export function densityBins(
  days: readonly number[],
  start: number,
  end: number,
  count: number,
): { from: number; to: number; count: number }[] {
  const bins = Array.from({ length: count }, (_, index) => ({ from: index / count, to: (index + 1) / count, count: 0 }));
  for (const day of days) {
    const index = Math.min(count - 1, Math.max(0, Math.floor(((day - start) / (end - start)) * count)));
    bins[index]!.count++;
  }
  return bins;
}

/** The whole layout of a time axis. */
export function layoutTimeAxis(input: AxisInput, settings: Partial<AxisOptions> = {}): AxisLayout {
  const options = { ...AXIS_DEFAULTS, ...settings };
  const story = input.story ?? input.events;
  const phases = input.phases ?? [];
  const facts = factsOf(story);
  const long = story.length > options.binThreshold;
  const zoomed = long && input.events.length > 0 && input.events.length < story.length;
  const own = extent(input.events, zoomed ? [] : phases);
  const { start, end } = domainOf(
    zoomed ? own : { start: Math.min(facts.extent.start, own.start), end: Math.max(facts.extent.end, own.end) },
  );
  const position = (day: number) => (day - start) / (end - start);

  const spans = input.events.map((event) => {
    const span = eventSpan(event);
    return { event, at: position(span.middle), from: position(span.start), to: position(span.end) };
  });
  // Marks in time order; a stretch before a point on the same start, so its bar keeps the lower lane.
  const ordered = spans.toSorted((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));
  // A stretch narrower than a target is drawn as a point, and takes a point's room.
  const laneIntervals = (width: number) =>
    ordered.map(({ at, from, to }) => (to - from > options.target / width ? { from, to } : { from: at, to: at }));
  const narrow = assignLanes(laneIntervals(options.widths.narrow), options.target / options.widths.narrow, options.maxLanes);
  const wide = assignLanes(laneIntervals(options.widths.wide), options.target / options.widths.wide, options.maxLanes);
  const laneOf = new Map(ordered.map(({ event }, index) => [event.id, { narrow: narrow[index]!, wide: wide[index]! }]));
  const marks: AxisMark[] = spans.map(({ event, at, from, to }) => ({
    id: event.id,
    at,
    from,
    to,
    key: event.key,
    lane: laneOf.get(event.id)!,
  }));

  const ticks = axisTicks(start, end, Math.floor(options.widths.narrow / options.tickSpacing));
  const fits = (from: number, to: number, characters: number) => ({
    narrow: (to - from) * options.widths.narrow >= characters * options.labelCharWidth + 8,
    wide: (to - from) * options.widths.wide >= characters * options.labelCharWidth + 8,
  });
  // Numbered in story order; a zoomed axis draws only the phases within its stretch.
  const bands: AxisBand[] = phases
    .map((phase, index) => {
      const from = Math.max(0, position(calendarSpan(phase.start).start));
      const to = Math.min(1, position(calendarSpan(phase.end).end));
      return {
        id: phase.id,
        number: index + 1,
        from,
        to,
        titleFits: fits(from, to, phase.title?.length ?? Infinity),
        numberFits: fits(from, to, String(index + 1).length),
      };
    })
    .filter((band) => band.to > band.from);

  // One label a day: two key moments on one date share a leader line, so the first speaks for both.
  const keyMoments = spans.filter(({ event }) => event.key && event.title);
  const labelled = new Set<number>();
  const labels = placeLabels(
    keyMoments
      .filter(({ at }) => !labelled.has(at) && Boolean(labelled.add(at)))
      .map(({ event, at }) => ({ id: event.id, at, text: shortenLabel(event.title!, options.labelMaxChars) })),
    options.widths.wide,
    options,
  );

  const linked = new Set(input.events.map((event) => event.id));
  const behind = story.filter((event) => !linked.has(event.id));
  let context: AxisContext | undefined;
  if (behind.length > 0 && long) {
    const bins = densityBins(
      zoomed ? facts.middles.filter((day) => day >= start && day <= end) : facts.middles,
      start,
      end,
      options.binCount,
    );
    context = { kind: 'bins', bins, max: Math.max(...bins.map((bin) => bin.count)), zoomed };
  } else if (behind.length > 0) {
    context = { kind: 'rug', at: behind.map((event) => position(eventSpan(event).middle)) };
  }

  return {
    start,
    end,
    marks,
    ticks: ticks.dates.map((date, index) => ({ at: position(calendarSpan(date).start), date, unit: ticks.unit, first: index === 0 })),
    bands,
    labels,
    lanes: { narrow: marks.length ? Math.max(...narrow) + 1 : 0, wide: marks.length ? Math.max(...wide) + 1 : 0 },
    labelRows: labels.length ? Math.max(...labels.map((label) => label.row)) + 1 : 0,
    context,
  };
}
