import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatEventDate } from '../../src/lib/dates.ts';
import type { EventsExport, ExportedEvent } from '../../src/lib/exports/events-schema.ts';

/**
 * The story as a build published it (`/events.json`: every event, actor, category and phase).
 * Tests of the demo derive what they expect from it, so a correction, a new event or a new actor
 * in a pull request never turns them red; `tests/build/demo-fact-sheet.test.ts` alone holds the
 * events the demo must keep.
 */
export async function readPublished(dist: string): Promise<EventsExport> {
  return JSON.parse(await readFile(join(dist, 'events.json'), 'utf8')) as EventsExport;
}

/** The path of an exported page's address, with the base ("/cronista/events/x/"). */
export const pathOf = (item: { url: string }) => new URL(item.url).pathname;

/** The name of an event's category, as the pages and search results show it. */
export function categoryName(data: EventsExport, event: ExportedEvent): string {
  const category = data.categories.find((candidate) => candidate.id === event.category);
  if (!category) throw new Error(`${event.id} has the category ${event.category}, which is not published`);
  return category.name;
}

/** The one published event whose id contains `word` ("gold"); fails plainly if there is none or more than one. */
export function eventWithIdContaining(data: EventsExport, word: string): ExportedEvent {
  const found = data.events.filter((event) => event.id.includes(word));
  if (found.length !== 1)
    throw new Error(`expected one event whose id contains "${word}", found ${found.map((event) => event.id).join(', ') || 'none'}`);
  return found[0]!;
}

/** An event's date as the pages and search results show it ("2 February 2019"), in the story's language. */
export const dateText = (data: EventsExport, event: ExportedEvent) => formatEventDate(event, data.story.language);
