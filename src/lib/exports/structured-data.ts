import type { EventData } from '../../schemas/event.ts';
import { machineDate } from '../dates.ts';
import type { ExportedImage } from './media-export.ts';

/**
 * schema.org JSON-LD for an event page: an Article about an Event, citing its sources.
 * Dates keep their written precision (ISO 8601 allows "2019-02"); nothing is invented, so
 * there is no datePublished.
 */
export function eventJsonLd(
  event: { data: EventData },
  context: {
    url: string;
    language: string;
    publisher: string;
    storyTitle: string;
    storyUrl: string;
    actorNames: string[];
    /** The event's lead picture as published (absolute address, size), if it has one. */
    image?: ExportedImage;
  },
): Record<string, unknown> {
  const { data } = event;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url: context.url,
    inLanguage: context.language,
    isPartOf: { '@type': 'WebSite', name: context.storyTitle, url: context.storyUrl },
    publisher: { '@type': 'Organization', name: context.publisher },
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
