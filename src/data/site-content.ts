import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedEvents, sortPhases } from '../lib/timeline.ts';

export type EventEntry = CollectionEntry<'events'>;
export type ActorEntry = CollectionEntry<'actors'>;
export type CategoryEntry = CollectionEntry<'categories'>;
export type PhaseEntry = CollectionEntry<'phases'>;

/** Everything the pages show, queried once per build and shared. */
export type SiteContent = {
  /** Published events in timeline order (drafts left out). */
  events: EventEntry[];
  /** Actors sorted by name. */
  actors: ActorEntry[];
  /** Categories in their configured order. */
  categories: CategoryEntry[];
  /** Phases in story order. */
  phases: PhaseEntry[];
  eventById: Map<string, EventEntry>;
  actorById: Map<string, ActorEntry>;
  categoryById: Map<string, CategoryEntry>;
};

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [events, actors, categories, phases] = await Promise.all([
    getCollection('events'),
    getCollection('actors'),
    getCollection('categories'),
    getCollection('phases'),
  ]);
  const sortedActors = actors.toSorted((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const sortedCategories = categories.toSorted((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'en'));
  const published = publishedEvents(events);
  return {
    events: published,
    eventById: new Map(published.map((event) => [event.id, event])),
    actors: sortedActors,
    categories: sortedCategories,
    phases: sortPhases(phases),
    actorById: new Map(sortedActors.map((actor) => [actor.id, actor])),
    categoryById: new Map(sortedCategories.map((category) => [category.id, category])),
  };
}

/** The site's content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
