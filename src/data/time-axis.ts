/**
 * The time axis of a page: the layout of the events it lists against the whole story, with what
 * each mark links to and is called in the page's language.
 */
import { layoutTimeAxis, type AxisEvent, type AxisLayout } from '../lib/time-axis.ts';
import type { EventEntry, SiteContent } from './site-content.ts';

/** What `TimeAxis.astro` draws. */
export type TimeAxisView = {
  layout: AxisLayout;
  /** Each mark's link: the event's page (the original's, for an untranslated event), and its name (title and date as written). */
  marks: Map<string, { href: string; name: string }>;
  /** Each phase band's title. */
  phaseTitles: Map<string, string>;
  /** Each phase's number on its band, for the list of phases that is the axis's key. */
  phaseNumbers: Map<string, number>;
  /** The accessible name of the list of marks. */
  label: string;
  /** How to read the drawing: what the dots are, what lies behind them, what the bands are. */
  caption: string;
  /** Whether the caption lists the numbered phases (where no list of them follows the axis). */
  legend: boolean;
};

const axisEvent = (event: EventEntry): AxisEvent => ({
  id: event.id,
  date: event.data.date,
  endDate: event.data.endDate,
  key: event.data.importance === 3,
  title: event.data.title,
});

const storyEvents = new WeakMap<SiteContent, AxisEvent[]>();

/**
 * The axis of a page listing `events`: every event of the story, or an actor's, a category's or
 * one page's. `phasesListed`: the page lists the phases right after the axis (the timeline does).
 */
export function timeAxisFor(content: SiteContent, events: readonly EventEntry[], options: { phasesListed?: boolean } = {}): TimeAxisView {
  const { t } = content;
  let story = storyEvents.get(content);
  if (!story) {
    story = content.events.map(axisEvent);
    storyEvents.set(content, story);
  }
  const layout = layoutTimeAxis({
    events: events.map(axisEvent),
    story,
    phases: content.phases.map((phase) => ({ id: phase.id, start: phase.data.start, end: phase.data.end, title: phase.data.title })),
  });
  const legend = layout.bands.length > 0 && (!options.phasesListed || layout.context !== undefined);
  const caption = [
    t(layout.context ? 'axis.dotsSubset' : 'axis.dots'),
    ...(layout.context
      ? [t(layout.context.kind === 'rug' ? 'axis.rug' : layout.context.zoomed ? 'axis.densityPage' : 'axis.density')]
      : []),
    ...(layout.bands.length > 0 ? [t(legend ? 'axis.phases' : 'axis.phasesBelow')] : []),
  ].join(' ');
  const first = events[0];
  const last = events.at(-1);
  return {
    layout,
    marks: new Map(
      events.map((event) => [
        event.id,
        { href: event.href, name: t('axis.mark', { title: event.data.title, date: t.eventDate(event.data) }) },
      ]),
    ),
    phaseTitles: new Map(content.phases.map((phase) => [phase.id, phase.data.title])),
    phaseNumbers: new Map(layout.bands.map((band) => [band.id, band.number])),
    caption,
    legend,
    label:
      first && last
        ? t('axis.label', {
            events: t('events.count', { count: events.length }),
            start: t.date(first.data.date),
            end: t.date(last.data.endDate ?? last.data.date),
          })
        : t('events.count', { count: 0 }),
  };
}
