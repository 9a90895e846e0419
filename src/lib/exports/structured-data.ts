import type { EventData } from '../../schemas/event.ts';
import { machineDate } from '../dates.ts';
import type { ExportedImage } from './media-export.ts';
import { entryDates } from '../publication-dates.ts';

/**
 * schema.org JSON-LD for an event page: an Article about an Event, citing its sources.
 * Dates keep their written precision (ISO 8601 allows "2019-02"). `datePublished` and
 * `dateModified` come only from the entry's own `published` and `updates`: nothing is invented,
 * so an entry that does not say when it went up has neither.
 */
export function eventJsonLd(
  event: { data: EventData },
  context: {
    url: string;
    language: string;
    publisher: string;
    /** The story's authors; the publisher is the author when there are none. */
    authors?: readonly string[];
    storyTitle: string;
    storyUrl: string;
    actorNames: string[];
    /** The event's lead picture as published (absolute address, size), if it has one. */
    image?: ExportedImage;
  },
): Record<string, unknown> {
  const { data } = event;
  const { published, updated } = entryDates(data);
  const modified = updated ?? published;
  const publisher = { '@type': 'Organization', name: context.publisher, url: context.storyUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url: context.url,
    inLanguage: context.language,
    isPartOf: { '@type': 'WebSite', name: context.storyTitle, url: context.storyUrl },
    ...(published ? { datePublished: published.iso } : {}),
    ...(modified ? { dateModified: modified.iso } : {}),
    author: context.authors?.length ? context.authors.map((name) => ({ '@type': 'Person', name })) : publisher,
    publisher,
    about: {
      '@type': 'Event',
      name: data.title,
      startDate: machineDate(data.date, data.timezone),
      ...(data.endDate ? { endDate: machineDate(data.endDate) } : {}),
      ...(context.actorNames.length ? { performer: context.actorNames.map((name) => ({ '@type': 'Thing', name })) } : {}),
    },
    citation: data.sources.map((source) => ({
      '@type': 'CreativeWork',
      ...(source.title ? { name: source.title } : {}),
      url: source.url,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.published ? { datePublished: source.published.iso } : {}),
    })),
    ...(context.image ? { image: imageObject(context.image) } : {}),
  };
}

/** A published picture as a schema.org ImageObject, with its size where known, caption and credit. */
export function imageObject(image: ExportedImage): Record<string, unknown> {
  return {
    '@type': 'ImageObject',
    url: image.url,
    contentUrl: image.url,
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
    ...(image.caption ? { caption: image.caption } : {}),
    description: image.alt,
    creditText: image.credit,
  };
}
