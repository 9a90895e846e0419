import type { EventData } from '../../schemas/event.ts';
import type { ActorData } from '../../schemas/taxonomy.ts';

/** What Pagefind stores for one event: facets, a sort key, and the meta shown in results. */
export type SearchFields = {
  /** Facet values, one entry per value (an event with three actors has three `actor` values). */
  filters: Record<'category' | 'actor' | 'year' | 'phase', string[]>;
  /** Sort keys. `date` sorts as text, so every precision is padded to `YYYY-MM-DDTHH:mm`. */
  sort: { date: string };
  /** Shown with each result: the date as written, the category name, the summary. */
  meta: { date: string; category: string; summary: string };
  /** Other spellings of the actors' names, indexed so "Guaido" or "TSJ" find the event. */
  aliases: string[];
};

/** The context an event's search fields need besides its own data. */
export type SearchContext = {
  categoryName: string;
  actors: Pick<ActorData, 'name' | 'aliases'>[];
  phaseTitle?: string;
  /** The event's date as the reader's language writes it. */
  date: string;
};

const pad = (value: number | undefined, fallback: number) => String(value ?? fallback).padStart(2, '0');

/** A text sort key for a calendar date: the moment it starts, at minute precision. */
export function dateSortKey(date: EventData['date']): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month, 1)}-${pad(date.day, 1)}T${pad(date.hour, 0)}:${pad(date.minute, 0)}`;
}

/** Every calendar year an event touches, from its date to its end date. */
export function yearsOf(event: Pick<EventData, 'date' | 'endDate'>): string[] {
  const last = event.endDate?.year ?? event.date.year;
  return Array.from({ length: last - event.date.year + 1 }, (_, index) => String(event.date.year + index));
}

/** The search record fields of one event page. */
export function eventSearchFields(event: EventData, context: SearchContext): SearchFields {
  const aliases = context.actors.flatMap((actor) => actor.aliases.filter((alias) => alias !== actor.name));
  return {
    filters: {
      category: [context.categoryName],
      actor: context.actors.map((actor) => actor.name),
      year: yearsOf(event),
      phase: context.phaseTitle ? [context.phaseTitle] : [],
    },
    sort: { date: dateSortKey(event.date) },
    meta: { date: context.date, category: context.categoryName, summary: event.summary },
    aliases: [...new Set(aliases)],
  };
}
