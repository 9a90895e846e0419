import type { RSSFeedItem } from '@astrojs/rss';
import { compareCalendarDates } from '../../schemas/calendar-date.ts';
import { escapeHtml } from '../html-text.ts';
import { compareEvents, type EventLike } from '../timeline.ts';

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
  context: { eventDate: (event: EventLike['data']) => string; eventUrl: (id: string) => string; categoryName: (id: string) => string | undefined },
): RSSFeedItem[] {
  return newestFirst(events).map(({ id, data }) => {
    const category = context.categoryName(data.category);
    return {
      title: data.title,
      link: context.eventUrl(id),
      description: escapeHtml(`${context.eventDate(data)}: ${data.summary}`),
      ...(category ? { categories: [category] } : {}),
    };
  });
}
