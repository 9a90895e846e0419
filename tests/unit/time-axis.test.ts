import { describe, expect, it } from 'vitest';
import { calendarSpan, civilFromDays, dayNumber, parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';
import { formatAxisTick } from '../../src/lib/dates.ts';
import {
  AXIS_DEFAULTS,
  assignLanes,
  axisDomain,
  axisTicks,
  densityBins,
  eventSpan,
  layoutTimeAxis,
  placeLabels,
  shortenLabel,
  type AxisEvent,
} from '../../src/lib/time-axis.ts';

const date = (text: string): CalendarDate => {
  const parsed = parseCalendarDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const event = (id: string, when: string, extra: Partial<AxisEvent> = {}): AxisEvent => ({ id, date: date(when), key: false, ...extra });

describe('calendar arithmetic without Date', () => {
  it('numbers days from 1 January 1970, across leap years and centuries', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2019, 2, 23) - dayNumber(2019, 2, 7)).toBe(16);
    expect(dayNumber(2020, 3, 1) - dayNumber(2020, 2, 28)).toBe(2);
    expect(dayNumber(2100, 3, 1) - dayNumber(2100, 2, 28)).toBe(1);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    // The same count as the calendar the platform keeps (in UTC, never the machine's zone).
    for (const [y, m, d] of [
      [1582, 10, 15],
      [1900, 3, 1],
      [2019, 1, 23],
      [2038, 1, 19],
    ] as const) {
      expect(dayNumber(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
  });

  it('turns a day number back into the calendar day', () => {
    for (const day of [-719_468, -1, 0, 17_919, 18_000, 51_544]) {
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      expect(dayNumber(year, month, dayOfMonth)).toBe(day);
    }
    expect(civilFromDays(dayNumber(2019, 2, 23))).toEqual({ year: 2019, month: 2, day: 23 });
  });

  it('spans a date at the precision it was written: a year, a month, a day, an instant', () => {
    expect(calendarSpan(date('2019'))).toEqual({ start: dayNumber(2019, 1, 1), end: dayNumber(2020, 1, 1) });
    expect(calendarSpan(date('2019-02'))).toEqual({ start: dayNumber(2019, 2, 1), end: dayNumber(2019, 3, 1) });
    expect(calendarSpan(date('2020-02'))).toEqual({ start: dayNumber(2020, 2, 1), end: dayNumber(2020, 2, 1) + 29 });
    expect(calendarSpan(date('2019-02-02'))).toEqual({ start: dayNumber(2019, 2, 2), end: dayNumber(2019, 2, 3) });
    expect(calendarSpan(date('2019-02-02T18:00'))).toEqual({ start: dayNumber(2019, 2, 2) + 0.75, end: dayNumber(2019, 2, 2) + 0.75 });
  });
});

describe('the axis domain', () => {
  it('runs from the first day any event or phase covers to the last', () => {
    const events = [event('a', '2019-01-10'), event('b', '2019-02-23'), event('range', '2018-11-08', { endDate: date('2019-02-22') })];
    expect(axisDomain(events)).toEqual({ start: dayNumber(2018, 11, 8), end: dayNumber(2019, 2, 24) });
    const phases = [{ id: 'p', start: date('2018-11'), end: date('2019-01-09') }];
    expect(axisDomain(events, phases).start).toBe(dayNumber(2018, 11, 1));
  });

  it('gives a story of one instant a day around it, and an empty one a placeholder', () => {
    const { start, end } = axisDomain([event('a', '2019-01-10T12:00')]);
    expect(end - start).toBe(1);
    expect(axisDomain([])).toEqual({ start: 0, end: 1 });
  });

  it('puts a mark in the middle of what its date covers: "February 2019" mid-month, a day at its noon', () => {
    expect(eventSpan(event('m', '2019-02')).middle).toBe(dayNumber(2019, 2, 1) + 14);
    expect(eventSpan(event('d', '2019-02-02')).middle).toBe(dayNumber(2019, 2, 2) + 0.5);
    expect(eventSpan(event('r', '2019-02-02', { endDate: date('2019-03') }))).toEqual({
      start: dayNumber(2019, 2, 2),
      end: dayNumber(2019, 4, 1),
      middle: dayNumber(2019, 2, 2) + 0.5,
    });
  });
});

describe('lanes', () => {
  it('puts marks that would be closer than the gap in lanes above, and reuses lanes once clear', () => {
    const points = [0, 0.01, 0.02, 0.5, 0.51].map((at) => ({ from: at, to: at }));
    expect(assignLanes(points, 0.05, 10)).toEqual([0, 1, 2, 0, 1]);
  });

  it('keeps a stretch to itself for its whole length', () => {
    expect(
      assignLanes(
        [
          { from: 0, to: 0.9 },
          { from: 0.5, to: 0.5 },
          { from: 0.95, to: 0.95 },
        ],
        0.02,
        10,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('never opens more lanes than allowed: the rest go to the lane that clears first', () => {
    const points = [0, 0.001, 0.002, 0.003].map((at) => ({ from: at, to: at }));
    expect(assignLanes(points, 0.1, 2)).toEqual([0, 1, 0, 1]);
  });
});

describe('ticks', () => {
  it('choose days, months or years so that their labels fit', () => {
    const start = dayNumber(2018, 11, 8);
    const end = dayNumber(2019, 2, 24);
    const months = axisTicks(start, end, 5);
    expect(months.unit).toBe('month');
    expect(months.dates.map((tick) => tick.iso)).toEqual(['2018-12', '2019-01', '2019-02']);
    expect(axisTicks(dayNumber(2019, 1, 1), dayNumber(2019, 1, 4), 5)).toMatchObject({ unit: 'day' });
    expect(axisTicks(dayNumber(2019, 1, 1), dayNumber(2019, 1, 4), 5).dates.map((tick) => tick.iso)).toEqual([
      '2019-01-01',
      '2019-01-02',
      '2019-01-03',
      '2019-01-04',
    ]);
    const decades = axisTicks(dayNumber(1950, 6, 1), dayNumber(2019, 1, 1), 5);
    expect(decades).toMatchObject({ unit: 'year' });
    expect(decades.dates.map((tick) => tick.iso)).toEqual(['1960', '1980', '2000']);
  });

  it('are labelled short, with the year where it changes', () => {
    expect(formatAxisTick(date('2018-12'), 'month', true, 'en-GB')).toBe('Dec 2018');
    expect(formatAxisTick(date('2019-01'), 'month', false, 'en-GB')).toBe('Jan 2019');
    expect(formatAxisTick(date('2019-02'), 'month', false, 'en-GB')).toBe('Feb');
    expect(formatAxisTick(date('2019-02'), 'month', false, 'es')).toBe('feb');
    expect(formatAxisTick(date('2019-02-23'), 'day', false, 'en-GB')).toBe('23 Feb');
    expect(formatAxisTick(date('2000'), 'year', false, 'en-GB')).toBe('2000');
  });
});

describe('key-moment labels', () => {
  it('shorten at a word, with an ellipsis', () => {
    expect(shortenLabel('Short title', 20)).toBe('Short title');
    expect(shortenLabel('Guaidó declares himself interim president at a rally in Caracas', 34)).toBe('Guaidó declares himself interim…');
  });

  it('never overlap, and no leader line crosses a label below it', () => {
    const items = [0.61, 0.72, 0.76, 0.82, 0.99].map((at, index) => ({ id: `k${index}`, at, text: 'A headline about thirty chars long' }));
    const labels = placeLabels(items, 960, AXIS_DEFAULTS);
    expect(labels).toHaveLength(5);
    const box = (label: (typeof labels)[number]) => {
      const length = (label.text.length * AXIS_DEFAULTS.labelCharWidth + 8) / 960;
      return label.anchor === 'start' ? { from: label.at, to: label.at + length } : { from: label.at - length, to: label.at };
    };
    for (const a of labels) {
      expect(box(a).from).toBeGreaterThanOrEqual(-0.01);
      expect(box(a).to).toBeLessThanOrEqual(1.01);
      for (const b of labels) {
        if (a === b) continue;
        if (a.row === b.row) expect(box(a).to <= box(b).from || box(a).from >= box(b).to).toBe(true);
        if (a.row > b.row) expect(a.at < box(b).from || a.at > box(b).to).toBe(true);
      }
    }
  });

  it('leave out what cannot be placed rather than overlap', () => {
    const crowded = Array.from({ length: 12 }, (_, index) => ({
      id: `k${index}`,
      at: 0.5 + index * 0.001,
      text: 'A long label that takes room',
    }));
    const labels = placeLabels(crowded, 960, { ...AXIS_DEFAULTS, maxLabelRows: 2 });
    expect(labels.length).toBeLessThan(crowded.length);
    expect(labels.length).toBeGreaterThan(0);
  });
});

describe('layoutTimeAxis', () => {
  const story = [
    event('exodus', '2018-11-08', { endDate: date('2019-02-22') }),
    event('sworn-in', '2019-01-10', { key: true, title: 'Maduro is sworn in for a second term' }),
    event('declares', '2019-01-23', { key: true, title: 'Guaidó declares himself interim president' }),
    event('recognise', '2019-01-23', { key: true, title: 'The United States recognises Guaidó' }),
    event('aid', '2019-02-07'),
    event('standoff', '2019-02-23', { key: true, title: 'Aid standoff turns deadly' }),
  ];
  const phases = [
    { id: 'background', start: date('2018-11'), end: date('2019-01-09'), title: 'Background' },
    { id: 'crisis', start: date('2019-01-10'), end: date('2019-02-23'), title: 'Crisis' },
  ];
  const layout = layoutTimeAxis({ events: story, phases });
  const days = (id: string) => eventSpan(story.find((item) => item.id === id)!).middle;

  it('places every event at a position proportional to its date', () => {
    expect(layout.marks.map((mark) => mark.id)).toEqual(story.map((item) => item.id));
    const scale = (layout.marks[5]!.at - layout.marks[1]!.at) / (days('standoff') - days('sworn-in'));
    for (const mark of layout.marks) expect(mark.at).toBeCloseTo(layout.marks[1]!.at + (days(mark.id) - days('sworn-in')) * scale, 9);
    // 15 days (23 January to 7 February) and 16 days (7 to 23 February) look like 15 and 16 days.
    const gap = (a: string, b: string) => layout.marks.find((m) => m.id === b)!.at - layout.marks.find((m) => m.id === a)!.at;
    expect(gap('aid', 'standoff') / gap('declares', 'aid')).toBeCloseTo(16 / 15, 9);
  });

  it('draws a range as a stretch, and phases as numbered bands in story order', () => {
    const exodus = layout.marks[0]!;
    expect(exodus.to - exodus.from).toBeGreaterThan(0.8);
    expect(layout.bands.map((band) => [band.id, band.number])).toEqual([
      ['background', 1],
      ['crisis', 2],
    ]);
    expect(layout.bands[0]!.from).toBe(0);
    expect(layout.bands[1]!.to).toBe(1);
  });

  it('keeps marks of one day apart in lanes, at the narrow and the wide width', () => {
    const declares = layout.marks.find((mark) => mark.id === 'declares')!;
    const recognise = layout.marks.find((mark) => mark.id === 'recognise')!;
    expect(declares.lane.narrow).not.toBe(recognise.lane.narrow);
    expect(declares.lane.wide).not.toBe(recognise.lane.wide);
    expect(layout.lanes.narrow).toBeGreaterThanOrEqual(layout.lanes.wide);
  });

  it('labels key moments, one label a day', () => {
    expect(layout.labels.map((label) => label.id).toSorted()).toEqual(['declares', 'standoff', 'sworn-in']);
  });

  it('draws the rest of the story behind a page of it: a rug of ticks, or density bins for a long story', () => {
    const page = layoutTimeAxis({ events: story.slice(1, 3), story, phases });
    expect(page.marks.map((mark) => mark.id)).toEqual(['sworn-in', 'declares']);
    expect(page.start).toBe(layout.start);
    expect(page.context).toMatchObject({ kind: 'rug' });
    expect(page.context?.kind === 'rug' && page.context.at).toHaveLength(4);
    expect(layout.context).toBeUndefined();
  });
});

describe('a story of 10,000 events', () => {
  const many = Array.from({ length: 10_000 }, (_, index) => {
    const { year, month, day } = civilFromDays(dayNumber(2000, 1, 1) + Math.floor(index / 3));
    return event(`e${index}`, `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, {
      key: index % 400 === 0,
      title: `Event ${index}`,
    });
  });

  it('lays out a page of it over the page’s own dates, with the story’s density there as bins and every event linked', () => {
    const page = many.slice(250, 500);
    const layout = layoutTimeAxis({ events: page, story: many });
    expect(layout.marks.map((mark) => mark.id)).toEqual(page.map((event) => event.id));
    // The page's first and last events sit at the ends of the axis, not in a sliver of the story's 9 years.
    expect(Math.min(...layout.marks.map((mark) => mark.at))).toBeLessThan(0.01);
    expect(Math.max(...layout.marks.map((mark) => mark.at))).toBeGreaterThan(0.99);
    expect(layout.context).toMatchObject({ kind: 'bins', zoomed: true });
    if (layout.context?.kind !== 'bins') return;
    // The bars count the story's events within the page's stretch: the page's, and those of the
    // next and previous pages that share its first or last day.
    const first = page[0]!.date.iso;
    const last = page.at(-1)!.date.iso;
    const within = many.filter((event) => event.date.iso >= first && event.date.iso <= last);
    expect(within.length).toBeGreaterThan(page.length);
    expect(layout.context.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(within.length);
    expect(layout.lanes.narrow).toBeLessThanOrEqual(AXIS_DEFAULTS.maxLanes);
  });

  it('draws nothing behind the marks when a page lists every event of a long story', () => {
    const layout = layoutTimeAxis({ events: many, story: many });
    expect(layout.context).toBeUndefined();
    expect(layout.marks).toHaveLength(10_000);
  });

  it('counts density in equal bins', () => {
    expect(densityBins([0, 1, 2, 9.99, 10], 0, 10, 2)).toEqual([
      { from: 0, to: 0.5, count: 3 },
      { from: 0.5, to: 1, count: 2 },
    ]);
  });
});

describe('the drawing’s coordinates', async () => {
  const { axisHeight, axisSvg } = await import('../../src/lib/time-axis-svg.ts');

  it('place a position as a percentage of the width, mirrored right to left', () => {
    expect(axisSvg('ltr').x(0.25)).toBe('25%');
    expect(axisSvg('rtl').x(0.25)).toBe('75%');
    expect(axisSvg('ltr').start(0.2, 0.5)).toBe('20%');
    expect(axisSvg('rtl').start(0.2, 0.5)).toBe('50%');
    expect(axisSvg('rtl').width(0.2, 0.5)).toBe('30%');
    expect(axisSvg('ltr').x(1 / 3)).toBe('33.333%');
  });

  it('move shapes up from the bottom edge, and text away from its anchor on the reading side', () => {
    expect(axisSvg('ltr').up(48, -12)).toBe('translate(-12 -48)');
    expect(axisSvg('rtl').up(48, -12)).toBe('translate(-12 -48)');
    expect(axisSvg('ltr').textUp(20, 4)).toBe('translate(4 -20)');
    expect(axisSvg('rtl').textUp(20, 4)).toBe('translate(-4 -20)');
  });

  it('grow 24 px a lane or row of labels', () => {
    expect(axisHeight(1)).toBe(64);
    expect(axisHeight(10) - axisHeight(9)).toBe(24);
  });
});
