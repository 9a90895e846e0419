/**
 * The one place pages query the collections: the published content of one language edition,
 * translations merged over the originals, loaded once per edition and build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { story, storyTranslations } from 'virtual:cronista/story';
import { editionsOf, type Edition } from '../lib/i18n/editions.ts';
import { translatorFor } from '../lib/i18n/ui.ts';
import type { Translator } from '../lib/i18n/translate.ts';
import { publishedEvents, sortPhases } from '../lib/timeline.ts';
import { siteLinks } from '../lib/paths.ts';
import { typographicQuotes } from '../lib/typography.ts';
import type { StoryData } from '../schemas/taxonomy.ts';
import type { ExportContent } from '../lib/exports/events-json.ts';

/** An event as one edition shows it: the original's data with its text translated where a translation exists. */
export type EventEntry = CollectionEntry<'events'> & {
  /** The entry whose body is shown: the translation, or the original. */
  textEntry: CollectionEntry<'events'> | CollectionEntry<'eventTranslations'>;
  /** The language the title, summary and body are written in. */
  textLang: string;
  /**
   * Where the event's page is: in this edition when the event is written (or translated) in its
   * language; otherwise the original's page, so an untranslated event has no copy of its own.
   */
  href: string;
  /** Whether this edition has a page of its own for the event. */
  hasPage: boolean;
  /** The languages of the editions that have a page for the event (the default always does). */
  pageLangs: string[];
};
export type ActorEntry = CollectionEntry<'actors'>;
export type CategoryEntry = CollectionEntry<'categories'>;
export type PhaseEntry = CollectionEntry<'phases'>;
export type TextEntry = CollectionEntry<'texts'>;

/** Everything the pages of one edition show, queried once per build and shared. */
export type SiteContent = {
  edition: Edition;
  /** The interface's words in the edition's language. */
  t: Translator;
  /** The story settings, with title, dek and introduction in the edition's language. */
  story: StoryData;
  /** Published events in timeline order (drafts left out). */
  events: EventEntry[];
  /** Actors sorted by name in the edition's language. */
  actors: ActorEntry[];
  /** Categories in their configured order. */
  categories: CategoryEntry[];
  /** Phases in story order. */
  phases: PhaseEntry[];
  eventById: Map<string, EventEntry>;
  actorById: Map<string, ActorEntry>;
  categoryById: Map<string, CategoryEntry>;
  /** Each event's position in `events`, for its neighbours. */
  eventIndex: Map<string, number>;
  /** The published events that name each actor, in timeline order. */
  eventsByActor: Map<string, EventEntry[]>;
  /** The published events of each category, in timeline order. */
  eventsByCategory: Map<string, EventEntry[]>;
  /** The story's prose for the about page, in the edition's language where it is written. */
  about?: TextEntry;
  /** An event's page as an absolute address, for feeds and exports: the original's, for an untranslated event. */
  eventUrl: (id: string) => string;
};

/** Every edition of the story, the default first. */
export const editions: Edition[] = editionsOf(story.language);

/** The edition a page's `lang` route parameter names (undefined: the default edition). */
export function editionFor(prefix: string | undefined): Edition {
  return editions.find((edition) => edition.prefix === prefix) ?? editions[0]!;
}

/** Static paths for a page that exists in every edition. */
export function everyEdition<T extends Record<string, unknown>>(
  paths: (
    edition: Edition,
  ) => Promise<{ params: Record<string, string | undefined>; props?: T }[]> | { params: Record<string, string | undefined>; props?: T }[],
) {
  return Promise.all(
    editions.map(async (edition) =>
      (await paths(edition)).map(({ params, props }) => ({ params: { lang: edition.prefix, ...params }, props })),
    ),
  ).then((all) => all.flat());
}

const translationsOf = async <C extends 'eventTranslations' | 'actorTranslations' | 'categoryTranslations' | 'phaseTranslations'>(
  collection: C,
  edition: Edition,
) => {
  const prefix = `${edition.prefix}/`;
  const entries = edition.prefix ? await getCollection(collection) : [];
  return new Map(
    entries.filter((entry) => entry.id.startsWith(prefix)).map((entry) => [entry.id.slice(prefix.length), entry as CollectionEntry<C>]),
  );
};

/** The data with some text fields set with typographic quotes. */
const typeset = <T extends object>(data: T, fields: readonly (keyof T)[]): T => {
  const set = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      fields.includes(key as keyof T) && typeof value === 'string' ? typographicQuotes(value) : value,
    ]),
  ) as T;
  // An event's corrections log is read on its page too; its sources keep their titles exactly as published.
  if ('updates' in set && Array.isArray(set.updates)) {
    Object.assign(set, { updates: set.updates.map((update: { note: string }) => ({ ...update, note: typographicQuotes(update.note) })) });
  }
  return set;
};

async function load(edition: Edition, asWritten: boolean): Promise<SiteContent> {
  const [events, actors, categories, phases, texts] = await Promise.all([
    getCollection('events'),
    getCollection('actors'),
    getCollection('categories'),
    getCollection('phases'),
    getCollection('texts'),
  ]);
  const [eventTexts, actorTexts, categoryTexts, phaseTexts] = await Promise.all([
    translationsOf('eventTranslations', edition),
    translationsOf('actorTranslations', edition),
    translationsOf('categoryTranslations', edition),
    translationsOf('phaseTranslations', edition),
  ]);
  const original = editions[0]!.lang;
  const t = translatorFor(edition.lang);

  // Which editions translate each event: they, and the default edition, have a page for it.
  const allTranslations = editions.length > 1 ? await getCollection('eventTranslations') : [];
  const pageLangs = new Map<string, string[]>();
  for (const translation of allTranslations) {
    const [prefix, id] = translation.id.split('/') as [string, string];
    const lang = editions.find((candidate) => candidate.prefix === prefix)?.lang;
    if (lang) pageLangs.set(id, [...(pageLangs.get(id) ?? [editions[0]!.lang]), lang]);
  }
  const links = siteLinks(import.meta.env.BASE_URL, edition.prefix);
  const originalLinks = siteLinks(import.meta.env.BASE_URL);
  // Pages show plain-field text with typographic quotes, as Markdown sets the bodies; the exports keep it as written.
  const set = <T extends object>(data: T, fields: readonly (keyof T)[]) => (asWritten ? data : typeset(data, fields));
  const localisedEvents: EventEntry[] = events.map((event) => {
    const translation = eventTexts.get(event.id);
    const langs = pageLangs.get(event.id) ?? [editions[0]!.lang];
    if (translation) {
      // A translation's location only renames the original's place; where it is stays the original's.
      const { location, ...text } = translation.data;
      const place = event.data.location && location ? { ...event.data.location, ...location } : event.data.location;
      return {
        ...event,
        data: set({ ...event.data, ...text, location: place }, ['title', 'summary']),
        textEntry: translation,
        textLang: edition.lang,
        href: links.event(event.id),
        hasPage: true,
        pageLangs: langs,
      };
    }
    // N.B. An untranslated event is listed in every edition, linking to the original's page: a
    // copy per language would double the build for nothing a reader could not read already.
    const data = set(event.data, ['title', 'summary']);
    return {
      ...event,
      data,
      textEntry: event,
      textLang: original,
      href: (edition.isDefault ? links : originalLinks).event(event.id),
      hasPage: edition.isDefault,
      pageLangs: langs,
    };
  });
  const localisedActors: ActorEntry[] = actors.map((actor) => {
    const translation = actorTexts.get(actor.id)?.data;
    if (!translation) return { ...actor, data: set(actor.data, ['name', 'role', 'description']) };
    const { aliases, ...text } = translation;
    const data = {
      ...actor.data,
      ...text,
      aliases: [...new Set([...actor.data.aliases, ...aliases, ...(text.name ? [actor.data.name] : [])])],
    };
    return { ...actor, data: set(data, ['name', 'role', 'description']) };
  });
  const localise = <E extends { id: string; data: object }>(entries: E[], translations: Map<string, { data: object }>, fields: string[]) =>
    entries.map((entry) => {
      const translation = translations.get(entry.id);
      return { ...entry, data: set({ ...entry.data, ...translation?.data } as E['data'], fields as (keyof E['data'])[]) };
    });

  const collator = new Intl.Collator(edition.lang);
  const sortedActors = localisedActors.toSorted((a, b) => collator.compare(a.data.name, b.data.name));
  const sortedCategories = localise(categories, categoryTexts, ['name', 'description']).toSorted(
    (a, b) => a.data.order - b.data.order || collator.compare(a.data.name, b.data.name),
  );
  const published = publishedEvents(localisedEvents);
  const eventsByActor = new Map<string, EventEntry[]>();
  const eventsByCategory = new Map<string, EventEntry[]>();
  const add = (map: Map<string, EventEntry[]>, key: string, event: EventEntry) => {
    const list = map.get(key);
    if (list) list.push(event);
    else map.set(key, [event]);
  };
  for (const event of published) {
    for (const actor of event.data.actors) add(eventsByActor, actor, event);
    add(eventsByCategory, event.data.category, event);
  }
  const text = storyTranslations[edition.lang];
  const eventById = new Map(published.map((event) => [event.id, event]));
  return {
    edition,
    t,
    story: set(text ? { ...story, ...text } : story, ['title', 'dek', 'introduction']),
    events: published,
    eventById,
    eventUrl: (id) => new URL(eventById.get(id)?.href ?? links.event(id), story.site).href,
    eventIndex: new Map(published.map((event, index) => [event.id, index])),
    eventsByActor,
    eventsByCategory,
    actors: sortedActors,
    categories: sortedCategories,
    phases: sortPhases(localise(phases, phaseTexts, ['title', 'summary'])),
    actorById: new Map(sortedActors.map((actor) => [actor.id, actor])),
    categoryById: new Map(sortedCategories.map((category) => [category.id, category])),
    about: texts.find((entry) => entry.id === `${edition.prefix}/about`) ?? texts.find((entry) => entry.id === 'about'),
  };
}

const cache = new Map<string, Promise<SiteContent>>();

/**
 * The content of one edition (the default if none is given), loaded once per build. Pages get
 * the text with typographic quotes; `asWritten` keeps it exactly as written, for the open data
 * and the feeds that other tools read.
 */
export function siteContent(edition: Edition = editions[0]!, options: { asWritten?: boolean } = {}): Promise<SiteContent> {
  const key = `${edition.lang}|${options.asWritten ? 'as-written' : 'typeset'}`;
  let content = cache.get(key);
  if (!content) {
    content = load(edition, options.asWritten ?? false);
    cache.set(key, content);
  }
  return content;
}

/** What the exports (open data, TimelineJS) read of an edition: its content, language and addresses. */
export function exportContentOf(content: SiteContent): ExportContent {
  const { story, edition, t, events, actors, categories, phases, eventUrl } = content;
  return { story, language: edition.lang, prefix: edition.prefix, eventDate: t.eventDate, events, actors, categories, phases, eventUrl };
}
