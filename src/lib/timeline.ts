import type { EventData } from '../schemas/event.ts';
import type { PhaseData } from '../schemas/taxonomy.ts';
import { compareCalendarDates, isWithin } from '../schemas/calendar-date.ts';

/** Anything with an id and event data: a collection entry or a test fixture. */
export type EventLike = { id: string; data: EventData };
/** Anything with an id and phase data. */
export type PhaseLike = { id: string; data: PhaseData };

/** Timeline order: by start date, key moments first on the same date, then by id for stability. */
export function compareEvents(a: EventLike, b: EventLike): number {
  return compareCalendarDates(a.data.date, b.data.date) || b.data.importance - a.data.importance || a.id.localeCompare(b.id);
}

/** The events a reader sees: drafts removed, in timeline order. */
export function publishedEvents<T extends EventLike>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.draft).toSorted(compareEvents);
}

/** Phases in story order. */
export function sortPhases<T extends PhaseLike>(phases: readonly T[]): T[] {
  return phases.toSorted((a, b) => compareCalendarDates(a.data.start, b.data.start) || a.id.localeCompare(b.id));
}

/** The phase an event falls in, by its start date; undefined if none covers it. */
export function phaseOf<T extends PhaseLike>(event: EventLike, phases: readonly T[]): T | undefined {
  return phases.find((phase) => isWithin(event.data.date, phase.data.start, phase.data.end));
}

/** A run of consecutive events under one phase (or under none). */
export type TimelineGroup<E, P> = { phase: P | undefined; events: E[] };

/**
 * Groups events (already in timeline order) under their phases, keeping timeline order.
 * Events outside every phase form their own groups where they fall, so none is lost.
 */
export function groupByPhase<E extends EventLike, P extends PhaseLike>(events: readonly E[], phases: readonly P[]): TimelineGroup<E, P>[] {
  const groups: TimelineGroup<E, P>[] = [];
  for (const event of events) {
    const phase = phaseOf(event, phases);
    const last = groups.at(-1);
    if (last && last.phase?.id === phase?.id) last.events.push(event);
    else groups.push({ phase, events: [event] });
  }
  return groups;
}

/** The events just before and after one, in timeline order. */
export function neighbours<E extends EventLike>(events: readonly E[], id: string): { previous?: E; next?: E } {
  const index = events.findIndex((event) => event.id === id);
  if (index === -1) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}

/** Events that name an actor. */
export function eventsWithActor<E extends EventLike>(events: readonly E[], actorId: string): E[] {
  return events.filter((event) => event.data.actors.includes(actorId));
}

/** Events of one category. */
export function eventsInCategory<E extends EventLike>(events: readonly E[], categoryId: string): E[] {
  return events.filter((event) => event.data.category === categoryId);
}

/** Looks up entries by id, keeping the order of `ids`; unknown ids are skipped (the checker reports them). */
export function pickByIds<T>(byId: ReadonlyMap<string, T>, ids: readonly string[]): T[] {
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** An HTML id for a group heading on the timeline: its phase, or its first event when it has none. */
export function groupAnchor(group: TimelineGroup<EventLike, PhaseLike>): string {
  return group.phase ? `phase-${group.phase.id}` : `from-${group.events[0]?.id ?? 'start'}`;
}

/** How many events one timeline page holds before the timeline is split into pages. */
export const TIMELINE_PAGE_SIZE = 250;

/** One page of a long timeline. */
export type TimelinePage<E> = {
  /** 1-based page number; page 1 is the home page. */
  number: number;
  events: E[];
  /** Position of the page's first event in the whole timeline (0-based), to continue numbering. */
  offset: number;
};

/** Splits events (in timeline order) into pages of at most `size`; always at least one page. */
export function paginateTimeline<E>(events: readonly E[], size = TIMELINE_PAGE_SIZE): TimelinePage<E>[] {
  const pages: TimelinePage<E>[] = [];
  for (let offset = 0; offset < events.length || pages.length === 0; offset += size) {
    pages.push({ number: pages.length + 1, events: events.slice(offset, offset + size), offset });
  }
  return pages;
}

/** The page number on which each phase (or phase-less run) first appears, by group anchor. */
export function groupPages<E extends EventLike, P extends PhaseLike>(
  pages: readonly TimelinePage<E>[],
  phases: readonly P[],
): Map<string, number> {
  const firstPage = new Map<string, number>();
  for (const page of pages) {
    for (const group of groupByPhase(page.events, phases)) {
      const anchor = groupAnchor(group);
      if (!firstPage.has(anchor)) firstPage.set(anchor, page.number);
    }
  }
  return firstPage;
}

/**
 * What the compact embed shows: every event while the timeline fits on one page; beyond that its
 * key moments (when there are some, and they fit), or else its first page.
 */
export function embedSelection<E extends EventLike>(
  events: readonly E[],
  size = TIMELINE_PAGE_SIZE,
): { events: E[]; keyMomentsOnly: boolean } {
  if (events.length <= size) return { events: [...events], keyMomentsOnly: false };
  const key = events.filter((event) => event.data.importance === 3);
  if (key.length > 0 && key.length <= size) return { events: key, keyMomentsOnly: true };
  return { events: events.slice(0, size), keyMomentsOnly: false };
}
