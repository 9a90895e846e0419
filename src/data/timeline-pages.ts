import { siteContent, type EventEntry, type PhaseEntry, type SiteContent } from './site-content.ts';
import { groupAnchor, groupByPhase, groupPages, paginateTimeline, type TimelineGroup, type TimelinePage } from '../lib/timeline.ts';
import { sitePath } from '../lib/paths.ts';

/** The timeline split into pages (one page unless it is long), with where each phase starts. */
export type TimelinePages = {
  content: SiteContent;
  pages: TimelinePage<EventEntry>[];
  /** Groups of the whole timeline, for the jump navigation. */
  groups: TimelineGroup<EventEntry, PhaseEntry>[];
  /** Group anchor → path of the page where the group starts. */
  pagePaths: Map<string, string>;
};

/** The path of a timeline page: page 1 is the home page. */
export const timelinePagePath = (base: string, number: number) => (number === 1 ? sitePath(base) : sitePath(base, `timeline/${number}/`));

let cached: Promise<TimelinePages> | undefined;

/** The timeline's pages, computed once per build. */
export function timelinePages(base: string): Promise<TimelinePages> {
  cached ??= siteContent().then((content) => {
    const pages = paginateTimeline(content.events);
    const groups = groupByPhase(content.events, content.phases);
    const pagePaths = new Map([...groupPages(pages, content.phases)].map(([anchor, number]) => [anchor, timelinePagePath(base, number)]));
    // Every group of the whole timeline has a page (guards the jump navigation against drift).
    for (const group of groups) if (!pagePaths.has(groupAnchor(group))) throw new Error(`No timeline page for ${groupAnchor(group)}`);
    return { content, pages, groups, pagePaths };
  });
  return cached;
}
