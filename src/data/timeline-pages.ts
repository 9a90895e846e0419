import { siteContent, type EventEntry, type PhaseEntry, type SiteContent } from './site-content.ts';
import { groupAnchor, groupByPhase, groupPages, paginateTimeline, type TimelineGroup, type TimelinePage } from '../lib/timeline.ts';
import type { Edition } from '../lib/i18n/editions.ts';
import { siteLinks } from '../lib/paths.ts';

/** The timeline split into pages (one page unless it is long), with where each phase starts. */
export type TimelinePages = {
  content: SiteContent;
  pages: TimelinePage<EventEntry>[];
  /** Groups of the whole timeline, for the jump navigation. */
  groups: TimelineGroup<EventEntry, PhaseEntry>[];
  /** Group anchor → path of the page where the group starts. */
  pagePaths: Map<string, string>;
  /** Event id → path of the timeline page that lists it. */
  eventPage: Map<string, string>;
};

const cache = new Map<string, Promise<TimelinePages>>();

/** An edition's timeline pages, computed once per build. */
export function timelinePages(edition: Edition, base: string): Promise<TimelinePages> {
  let pages = cache.get(edition.lang);
  if (!pages) {
    pages = siteContent(edition).then((content) => {
      const links = siteLinks(base, edition.prefix);
      const pages = paginateTimeline(content.events);
      const groups = groupByPhase(content.events, content.phases);
      const pagePaths = new Map([...groupPages(pages, content.phases)].map(([anchor, number]) => [anchor, links.timeline(number)]));
      // Every group of the whole timeline has a page (guards the jump navigation against drift).
      for (const group of groups) if (!pagePaths.has(groupAnchor(group))) throw new Error(`No timeline page for ${groupAnchor(group)}`);
      const eventPage = new Map(pages.flatMap((page) => page.events.map((event) => [event.id, links.timeline(page.number)] as const)));
      return { content, pages, groups, pagePaths, eventPage };
    });
    cache.set(edition.lang, pages);
  }
  return pages;
}
