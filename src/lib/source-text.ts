import type { EventData } from '../schemas/event.ts';
import { formatCalendarDate } from './dates.ts';

type Source = EventData['sources'][number];

const TIE_WORDS: Record<NonNullable<Source['stateMedia']>['tie'], string> = {
  owned: 'state media',
  funded: 'government-funded',
  affiliated: 'state-affiliated',
};

/** The label shown beside a government-tied medium: "state media, Russia". Undefined for other sources. */
export function stateMediaLabel(source: Pick<Source, 'stateMedia'>, locale: string): string | undefined {
  if (!source.stateMedia) return undefined;
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(source.stateMedia.country) ?? source.stateMedia.country;
  return `${TIE_WORDS[source.stateMedia.tie]}, ${country}`;
}

/**
 * What names a source when its headline was not seen: the publisher and the date
 * ("Reuters, 23 January 2019"), never a web address's slug.
 */
export function sourceName(source: Pick<Source, 'title' | 'publisher' | 'published'>, locale: string): string {
  if (source.title) return source.title;
  return source.published ? `${source.publisher}, ${formatCalendarDate(source.published, locale)}` : source.publisher;
}
