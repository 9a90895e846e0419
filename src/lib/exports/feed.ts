import type { RSSFeedItem } from '@astrojs/rss';
import { compareCalendarDates } from '../../schemas/calendar-date.ts';
import { formatEventDate } from '../dates.ts';
import { compareEvents, type EventLike } from '../timeline.ts';

/** Events newest first by date; events on the same date keep their timeline order. */
export function newestFirst<E extends EventLike>(events: readonly E[]): E[] {
  return events.toSorted((a, b) => compareCalendarDates(b.data.date, a.data.date) || compareEvents(a, b));
}

/**
 * RSS items for the feed, newest first. The written date leads the description ("around
 * February 2019: …"); there is no `pubDate`, because an event has no publication moment and a
 * made-up time of day would be wrong for every reader in another zone.
 */
export function feedItems(
  events: readonly EventLike[],
  context: { language: string; eventUrl: (id: string) => string; categoryName: (id: string) => string | undefined },
): RSSFeedItem[] {
  return newestFirst(events).map(({ id, data }) => {
    const category = context.categoryName(data.category);
    return {
      title: data.title,
      link: context.eventUrl(id),
      description: `${formatEventDate(data, context.language)}: ${data.summary}`,
      ...(category ? { categories: [category] } : {}),
    };
  });
}
