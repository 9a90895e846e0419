import { sourceName, stateMediaLabel } from '../source-text.ts';
import { type CalendarDate } from '../../schemas/calendar-date.ts';
import { recogniseMedia, type MediaKind } from '../../schemas/media-kind.ts';
import type { MediaItem } from '../../schemas/media.ts';
import { exportUrls, type ExportContent } from './events-json.ts';
import { escapeHtml } from '../html-text.ts';
import type { SiteUrls } from '../site-urls.ts';
import { CRONISTA_ATTRIBUTES as DATA, type TimelineJsData, type TimelineJsDate } from '../timelinejs/format.ts';
import { timelineJsHtml, timelineJsLabel, timelineJsProse } from '../timelinejs/inert-text.ts';

/** A TimelineJS date with only the parts that were written, as strings; TimelineJS never sees an invented day. */
export function timelineJsDate(date: CalendarDate): TimelineJsDate {
  const parts: TimelineJsDate = { year: String(date.year) };
  if (date.month !== undefined) parts.month = String(date.month);
  if (date.day !== undefined) parts.day = String(date.day);
  if (date.hour !== undefined) parts.hour = String(date.hour);
  if (date.minute !== undefined) parts.minute = String(date.minute);
  return parts;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${timelineJsProse(paragraph)}</p>`)
    .join('');

/** `name="value"` pairs for an element, the absent ones left out. */
const attributes = (pairs: Record<string, string | undefined>) =>
  Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`))
    .join(' ');

/**
 * A medium's address for readers off the site: web addresses as they are (normalised, so no quote
 * or angle bracket survives), a path under `public/` under the site's base (public files belong to
 * no edition), a file beside the entry beside the event's page.
 */
export function mediaAddress(url: string, eventId: string, urls: SiteUrls): string {
  if (/^https?:\/\//i.test(url)) return new URL(url).href;
  if (url.startsWith('/')) return urls.asset(url.slice(1));
  return new URL(url, urls.event(eventId)).href;
}

const KIND_WORDS: Record<MediaKind, string> = {
  image: 'Picture',
  youtube: 'Video',
  vimeo: 'Video',
  video: 'Video',
  soundcloud: 'Audio',
  audio: 'Audio',
  x: 'Post',
  bluesky: 'Post',
  mastodon: 'Post',
  instagram: 'Post',
  facebook: 'Post',
  wikipedia: 'Article',
  commons: 'File',
  documentcloud: 'Document',
  pdf: 'Document',
  map: 'Map',
  link: 'Page',
};

/** How a medium is named in the media list: its title, its caption, or what and where it is ("Video on YouTube"). */
function mediumName(item: MediaItem): string {
  if (item.title) return item.title;
  if (item.caption) return item.caption;
  const { kind, provider } = recogniseMedia(item.url);
  return `${KIND_WORDS[kind]}${provider ? ` on ${provider}` : ''}`;
}

/**
 * `/timelinejs.json`: the story in TimelineJS3's JSON format. The title slide comes from the story
 * settings, eras from phases, one slide per published event (group = category name,
 * unique_id = event id, media = its lead picture or first medium, location = its place). A slide's
 * text is its summary, its sources, its media and a link to the full entry; `data-*` attributes on
 * them let `npm run import:timelinejs` read the file back without loss. Every string is written so
 * that TimelineJS shows it as text (see `../timelinejs/inert-text.ts`).
 */
export function buildTimelineJs(content: ExportContent): TimelineJsData {
  const { story } = content;
  const urls = exportUrls(content);
  const categoryName = new Map(content.categories.map((category) => [category.id, category.data.name]));
  return {
    title: {
      text: {
        headline: timelineJsHtml(story.title),
        text:
          `<p>${timelineJsProse(story.dek)}</p>${paragraphs(story.introduction)}` +
          `<p ${DATA.block}="entry"><a href="${escapeHtml(urls.home)}">Read the timeline</a></p>`,
      },
    },
    eras: content.phases.map(({ id, data }) => ({
      unique_id: id,
      start_date: timelineJsDate(data.start),
      end_date: timelineJsDate(data.end),
      text: { headline: timelineJsHtml(data.title), text: `<p>${timelineJsProse(data.summary)}</p>` },
    })),
    events: content.events.map(({ id, data }) => {
      // Shown instead of TimelineJS's own date text only where it would lose something: "around", or the zone of a time.
      const displayDate = data.approximate || data.timezone ? content.eventDate(data) : undefined;
      const sources = data.sources
        .map((source) => {
          const link = attributes({
            href: source.url,
            [DATA.publisher]: source.publisher,
            [DATA.published]: source.published?.iso,
            [DATA.archived]: source.archived,
            [DATA.untitled]: source.title ? undefined : '',
            [DATA.stateMedia]: source.stateMedia?.country,
            [DATA.stateTie]: source.stateMedia?.tie,
          });
          // An untitled source is named by its publisher already ("Reuters, 23 January 2019").
          const after = [source.title ? source.publisher : undefined, stateMediaLabel(source, content.language)].filter(Boolean);
          return `<li><a ${link}>${timelineJsProse(sourceName(source, content.language))}</a>${after.map((part) => `, ${timelineJsProse(part!)}`).join('')}</li>`;
        })
        .join('');
      const media = data.media
        .map((item) => {
          const link = attributes({
            href: mediaAddress(item.url, id, urls),
            [DATA.alt]: item.alt,
            [DATA.caption]: item.caption,
            [DATA.credit]: item.credit,
            [DATA.title]: item.title,
            [DATA.duration]: item.duration,
            [DATA.author]: item.author,
            [DATA.date]: item.date?.iso,
            [DATA.text]: item.text,
          });
          return `<li><a ${link}>${timelineJsProse(mediumName(item))}</a></li>`;
        })
        .join('');
      // TimelineJS shows one medium a slide: the lead picture, else the first of the media.
      const lead = data.image ?? data.media[0];
      const shown = lead && {
        url: mediaAddress('src' in lead ? lead.src : lead.url, id, urls),
        ...(lead.alt ? { alt: lead.alt } : {}),
        ...(lead.caption ? { caption: timelineJsProse(lead.caption) } : {}),
        ...(lead.credit ? { credit: timelineJsProse(lead.credit) } : {}),
        ...('title' in lead && lead.title ? { title: lead.title } : {}),
      };
      const entry = attributes({ [DATA.block]: 'entry', [DATA.category]: data.category, [DATA.picture]: data.image ? 'lead' : undefined });
      return {
        unique_id: id,
        start_date: timelineJsDate(data.date),
        ...(data.endDate ? { end_date: timelineJsDate(data.endDate) } : {}),
        ...(displayDate ? { display_date: timelineJsLabel(displayDate) } : {}),
        text: {
          headline: timelineJsHtml(data.title),
          text:
            `<p>${timelineJsProse(data.summary)}</p>` +
            `<div ${DATA.block}="sources"><p>Sources:</p><ul>${sources}</ul></div>` +
            (media ? `<div ${DATA.block}="media"><p>Media:</p><ul>${media}</ul></div>` : '') +
            `<p ${entry}><a href="${escapeHtml(urls.event(id))}">Read the full entry</a></p>`,
        },
        ...(shown ? { media: shown } : {}),
        ...(data.location ? { location: { ...data.location } } : {}),
        group: timelineJsLabel(categoryName.get(data.category) ?? data.category),
      };
    }),
  };
}
