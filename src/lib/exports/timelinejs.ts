import { sourceName } from '../source-text.ts';
import { type CalendarDate } from '../../schemas/calendar-date.ts';
import type { ExportContent } from './events-json.ts';
import { escapeHtml } from '../html-text.ts';
import { siteUrls } from '../site-urls.ts';
import { CRONISTA_ATTRIBUTES as DATA, type TimelineJsData, type TimelineJsDate } from '../timelinejs/format.ts';

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
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');

/**
 * `/timelinejs.json`: the story in TimelineJS3's JSON format. The title slide comes from the story
 * settings, eras from phases, one slide per published event (group = category name,
 * unique_id = event id). A slide's text is its summary, its sources and a link to the full entry;
 * `data-*` attributes on them let `npm run import:timelinejs` read the file back without loss.
 */
export function buildTimelineJs(content: ExportContent): TimelineJsData {
  const { story } = content;
  const urls = siteUrls(story, content.prefix);
  const categoryName = new Map(content.categories.map((category) => [category.id, category.data.name]));
  return {
    title: {
      text: {
        headline: escapeHtml(story.title),
        text:
          `<p>${escapeHtml(story.dek)}</p>${paragraphs(story.introduction)}` +
          `<p ${DATA.block}="entry"><a href="${escapeHtml(urls.home)}">Read the timeline</a></p>`,
      },
    },
    eras: content.phases.map(({ id, data }) => ({
      unique_id: id,
      start_date: timelineJsDate(data.start),
      end_date: timelineJsDate(data.end),
      text: { headline: escapeHtml(data.title), text: `<p>${escapeHtml(data.summary)}</p>` },
    })),
    events: content.events.map(({ id, data }) => {
      // Shown instead of TimelineJS's own date text only where it would lose something: "around", or the zone of a time.
      const displayDate = data.approximate || data.timezone ? content.eventDate(data) : undefined;
      const sources = data.sources
        .map((source) => {
          const attributes = [
            `href="${escapeHtml(source.url)}"`,
            `${DATA.publisher}="${escapeHtml(source.publisher)}"`,
            source.published ? `${DATA.published}="${source.published.iso}"` : '',
            source.archived ? `${DATA.archived}="${escapeHtml(source.archived)}"` : '',
          ];
          return `<li><a ${attributes.filter(Boolean).join(' ')}>${escapeHtml(sourceName(source, content.language))}</a>, ${escapeHtml(source.publisher)}</li>`;
        })
        .join('');
      return {
        unique_id: id,
        start_date: timelineJsDate(data.date),
        ...(data.endDate ? { end_date: timelineJsDate(data.endDate) } : {}),
        ...(displayDate ? { display_date: displayDate } : {}),
        text: {
          headline: escapeHtml(data.title),
          text:
            `<p>${escapeHtml(data.summary)}</p>` +
            `<div ${DATA.block}="sources"><p>Sources:</p><ul>${sources}</ul></div>` +
            `<p ${DATA.block}="entry" ${DATA.category}="${data.category}"><a href="${escapeHtml(urls.event(id))}">Read the full entry</a></p>`,
        },
        ...(data.image
          ? { media: { url: new URL(data.image.src, urls.home).href, alt: data.image.alt, credit: escapeHtml(data.image.credit) } }
          : {}),
        group: categoryName.get(data.category) ?? data.category,
      };
    }),
  };
}
