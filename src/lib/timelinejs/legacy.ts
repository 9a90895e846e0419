/**
 * Older TimelineJS files read as TimelineJS3 JSON, the way Knight Lab's own converter does
 * (`util/convert_json.py` in TimelineJS3): a TimelineJS2 file (`{ "timeline": { "date": [ … ] } }`,
 * dates as "2011,3,23", media under `asset`), and that converter's output (`{ "timeline":
 * { "slides": [ … ] } }`, which TimelineJS3's own welcome timeline still uses).
 */

/** Which format a file was read as. */
export type TimelineJsFormat = 'timelinejs3' | 'timelinejs2' | 'slides';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? undefined : String(value));

/**
 * A TimelineJS2 date ("1963", "1963,8,9", "2012/1/27", "2012-01-27,18,30") as TimelineJS3 date
 * parts; `undefined` when it is not one (the slide's reader then says what is missing).
 */
export function legacyDate(value: unknown): Loose | undefined {
  const written = text(value)?.trim();
  if (!written) return undefined;
  const match = /^(-?\d+)(?:[/,-](\d{1,2})(?:[/,-](\d{1,2})(?:[ ,T](\d{1,2})(?:[,:](\d{1,2})(?:[,:](\d{1,2}))?)?)?)?)?$/.exec(written);
  if (!match) return { year: written };
  const [, year, month, day, hour, minute, second] = match;
  return Object.fromEntries(Object.entries({ year, month, day, hour, minute, second }).filter(([, part]) => part !== undefined));
}

/** A TimelineJS2 `date` entry (or the timeline object itself, for the title) as a TimelineJS3 slide. */
function legacySlide(entry: Loose, dated: boolean): Loose {
  const asset = isObject(entry.asset) ? entry.asset : {};
  return {
    ...(dated ? { start_date: legacyDate(entry.startDate) ?? null } : {}),
    ...(dated && text(entry.endDate)?.trim() ? { end_date: legacyDate(entry.endDate) } : {}),
    text: { headline: text(entry.headline) ?? '', text: text(entry.text) ?? '' },
    media: {
      url: text(asset.media) ?? '',
      caption: text(asset.caption) ?? '',
      credit: text(asset.credit) ?? '',
      thumbnail: text(asset.thumbnail) ?? '',
    },
    // TimelineJS2 put slides in rows by `tag`; several comma-separated `tags` have no TimelineJS3 equivalent.
    ...(text(entry.tag)?.trim() ? { group: text(entry.tag) } : {}),
    ...(text(entry.tags)?.trim() ? { legacy_tags: text(entry.tags) } : {}),
  };
}

/** Reads a parsed file as TimelineJS3 JSON: as it is, or converted from an older format. */
export function readTimelineJsFormats(input: unknown): { data: unknown; format: TimelineJsFormat } {
  if (!isObject(input) || 'events' in input || !isObject(input.timeline)) return { data: input, format: 'timelinejs3' };
  const timeline = input.timeline;
  if (Array.isArray(timeline.slides)) return { data: { events: timeline.slides }, format: 'slides' };
  if (!Array.isArray(timeline.date)) return { data: input, format: 'timelinejs3' };
  const eras = Array.isArray(timeline.era)
    ? timeline.era.filter(isObject).map((era) => ({
        start_date: legacyDate(era.startDate) ?? null,
        end_date: legacyDate(era.endDate) ?? null,
        text: { headline: text(era.headline) ?? '', text: text(era.text) ?? '' },
      }))
    : [];
  return {
    data: {
      title: legacySlide(timeline, false),
      events: timeline.date.map((entry) => (isObject(entry) ? legacySlide(entry, true) : entry)),
      ...(eras.length > 0 ? { eras } : {}),
    },
    format: 'timelinejs2',
  };
}
