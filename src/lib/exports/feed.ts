import type { RSSFeedItem } from '@astrojs/rss';
import { compareCalendarDates } from '../../schemas/calendar-date.ts';
import { escapeHtml } from '../html-text.ts';
import { feedInstant, storyLastUpdated } from '../publication-dates.ts';
import { compareEvents, type EventLike } from '../timeline.ts';
import type { ExportedImage } from './media-export.ts';

/** The Media RSS namespace, for an item's picture (`media:content`). */
export const MEDIA_RSS_NAMESPACE = 'http://search.yahoo.com/mrss/';

/** An event's lead picture as a Media RSS `media:content` element, with its alt text and credit. */
export function mediaContent(image: ExportedImage): string {
  const attributes = [
    `url="${escapeHtml(image.url)}"`,
    'medium="image"',
    ...(image.type ? [`type="${escapeHtml(image.type)}"`] : []),
    ...(image.width ? [`width="${image.width}"`] : []),
    ...(image.height ? [`height="${image.height}"`] : []),
  ];
  return (
    `<media:content ${attributes.join(' ')}>` +
    `<media:description type="plain">${escapeHtml(image.caption ?? image.alt)}</media:description>` +
    `<media:credit>${escapeHtml(image.credit)}</media:credit>` +
    `</media:content>`
  );
}

/** Events newest first by date; events on the same date keep their timeline order. */
export function newestFirst<E extends EventLike>(events: readonly E[]): E[] {
  return events.toSorted((a, b) => compareCalendarDates(b.data.date, a.data.date) || compareEvents(a, b));
}

/**
 * RSS items for the feed, newest first. The event's date leads the description ("around
 * February 2019: …"); `pubDate` is when the entry went up (its `published` day, at 00:00 UTC),
 * and an entry that does not say when has none: no date is made up.
 * N.B. A feed reader renders a description as HTML: the text is escaped so it stays text.
 */
export function feedItems(
  events: readonly EventLike[],
  context: {
    eventDate: (event: EventLike['data']) => string;
    eventUrl: (id: string) => string;
    categoryName: (id: string) => string | undefined;
    /** An event's lead picture as published, carried as `media:content` (declare MEDIA_RSS_NAMESPACE as `media`). */
    leadImage?: (id: string) => ExportedImage | undefined;
  },
): RSSFeedItem[] {
  return newestFirst(events).map(({ id, data }) => {
    const category = context.categoryName(data.category);
    const image = context.leadImage?.(id);
    const pubDate = data.published && feedInstant(data.published);
    return {
      title: data.title,
      link: context.eventUrl(id),
      description: escapeHtml(`${context.eventDate(data)}: ${data.summary}`),
      ...(pubDate ? { pubDate } : {}),
      ...(category ? { categories: [category] } : {}),
      ...(image ? { customData: mediaContent(image) } : {}),
    };
  });
}

/**
 * The channel's own elements besides title, description and items: its language, a link to
 * itself (`atom:link rel="self"`, which feed validators ask for) and `lastBuildDate`, the day
 * its content last changed (the latest `published` or update date of its entries, at 00:00
 * UTC), left out when no entry says when.
 */
export function feedChannelData(
  events: readonly { data: Pick<EventLike['data'], 'published' | 'updates'> }[],
  context: { lang: string; feedUrl: string },
): string {
  const changed = storyLastUpdated(events);
  const instant = changed && feedInstant(changed);
  return [
    `<language>${escapeHtml(context.lang)}</language>`,
    `<atom:link href="${escapeHtml(context.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(instant ? [`<lastBuildDate>${instant.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}

/** The namespaces the channel data uses. */
export const FEED_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom' };
