import type { ActorData, CategoryData, StoryData } from '../../schemas/taxonomy.ts';
import type { CalendarDate } from '../../schemas/calendar-date.ts';
import { EVENTS_EXPORT_VERSION, type EventsExport, type ExportedEvent, type WrittenDate } from './events-schema.ts';
import { siteUrls } from '../site-urls.ts';
import type { EventLike, PhaseLike } from '../timeline.ts';
import type { EventMediaExport } from './media-export.ts';

/** What the exports are built from: the published content, as the pages see it. */
export type ExportContent = {
  story: StoryData;
  /** The edition's language (BCP 47), which its text is written in. */
  language: string;
  /** The edition's path prefix ("es"), or undefined for the default edition. */
  prefix?: string;
  /** An event's date as the edition's language writes it ("around 2 February 2019"). */
  eventDate: (event: EventLike['data']) => string;
  /** Published events in timeline order. */
  events: readonly EventLike[];
  actors: readonly { id: string; data: ActorData }[];
  categories: readonly { id: string; data: CategoryData }[];
  phases: readonly PhaseLike[];
  /** Each event's pictures, media and place as published (absolute addresses, sizes); none if absent. */
  media?: ReadonlyMap<string, EventMediaExport>;
  /**
   * Each event's page, absolute, where it is not the edition's own: an untranslated event has
   * only its original's page. Default: the edition's page for every event.
   */
  eventUrl?: (id: string) => string;
};

/** The edition's addresses, with each event's page where it really is. */
export function exportUrls(content: Pick<ExportContent, 'story' | 'prefix' | 'eventUrl'>) {
  const urls = siteUrls(content.story, content.prefix);
  return { ...urls, event: content.eventUrl ?? urls.event };
}

/** A date's written parts, with nothing added and nothing left over from the parser. */
export function writtenDate(date: CalendarDate): WrittenDate {
  const { iso, precision, year, month, day, hour, minute } = date;
  return {
    iso,
    precision,
    year,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(hour === undefined ? {} : { hour }),
    ...(minute === undefined ? {} : { minute }),
  };
}

/** An event's picture, media and place in the export's form (dates as written). */
function exportedMedia(published: EventMediaExport | undefined): Pick<ExportedEvent, 'image' | 'media' | 'location'> {
  return {
    ...(published?.image ? { image: { ...published.image } } : {}),
    media: (published?.media ?? []).map(({ date, ...item }) => ({ ...item, ...(date ? { date: writtenDate(date) } : {}) })),
    ...(published?.location ? { location: { ...published.location } } : {}),
  };
}

/** `/events.json`: the whole story as open data, following `eventsExportSchema`. */
export function buildEventsExport(content: ExportContent): EventsExport {
  const { story } = content;
  const urls = exportUrls(content);
  return {
    $schema: urls.asset('events.schema.json'),
    version: EVENTS_EXPORT_VERSION,
    story: {
      title: story.title,
      dek: story.dek,
      introduction: story.introduction.trim(),
      language: content.language,
      url: urls.home,
      publisher: story.publisher,
      ...(story.repository ? { repository: story.repository } : {}),
    },
    events: content.events.map(({ id, data }) => ({
      id,
      url: urls.event(id),
      title: data.title,
      summary: data.summary,
      date: writtenDate(data.date),
      ...(data.endDate ? { endDate: writtenDate(data.endDate) } : {}),
      approximate: data.approximate,
      ...(data.timezone ? { timezone: data.timezone } : {}),
      category: data.category,
      actors: [...data.actors],
      related: [...data.related],
      sources: data.sources.map((source) => ({
        ...(source.title ? { title: source.title } : {}),
        publisher: source.publisher,
        ...(source.stateMedia ? { stateMedia: { ...source.stateMedia } } : {}),
        url: source.url,
        ...(source.published ? { published: writtenDate(source.published) } : {}),
        ...(source.archived ? { archived: source.archived } : {}),
      })),
      updates: data.updates.map((update) => ({ date: writtenDate(update.date), note: update.note })),
      importance: data.importance,
      ...exportedMedia(content.media?.get(id)),
    })),
    actors: content.actors.map(({ id, data }) => ({
      id,
      url: urls.actor(id),
      name: data.name,
      kind: data.kind,
      role: data.role,
      description: data.description,
      aliases: [...data.aliases],
      ...(data.url ? { reference: data.url } : {}),
    })),
    categories: content.categories.map(({ id, data }) => ({
      id,
      url: urls.category(id),
      name: data.name,
      description: data.description,
      order: data.order,
    })),
    phases: content.phases.map(({ id, data }) => ({
      id,
      title: data.title,
      start: writtenDate(data.start),
      end: writtenDate(data.end),
      summary: data.summary,
    })),
  };
}
