import type { RSSFeedItem } from '@astrojs/rss';
import { compareCalendarDates } from '../../schemas/calendar-date.ts';
import { escapeHtml } from '../html-text.ts';
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
 * RSS items for the feed, newest first. The written date leads the description ("around
 * February 2019: …"); there is no `pubDate`, because an event has no publication moment and a
 * made-up time of day would be wrong for every reader in another zone.
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
    return {
      title: data.title,
      link: context.eventUrl(id),
      description: escapeHtml(`${context.eventDate(data)}: ${data.summary}`),
      ...(category ? { categories: [category] } : {}),
      ...(image ? { customData: mediaContent(image) } : {}),
    };
  });
}
