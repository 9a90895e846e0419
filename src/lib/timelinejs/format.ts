import { z } from 'astro/zod';

/**
 * TimelineJS3's JSON format, as Knight Lab documents it (timeline.knightlab.com/docs/json-format)
 * and as its Google Sheets template produces it (every cell a string, empty cells as "", times
 * split into numbers or null). Lenient on purpose: the importer reads what real files hold and
 * reports what it cannot use; the exporter writes the strict subset.
 */

/** A date part: TimelineJS accepts strings ("1999", "02") and numbers; sheets give "" for empty cells. */
const datePart = z.union([z.string(), z.number(), z.null()]).optional();
const optionalText = z.string().nullish();

/** A TimelineJS date: at least a year; finer parts only where known. */
export const timelineJsDateSchema = z.looseObject({
  year: datePart,
  month: datePart,
  day: datePart,
  hour: datePart,
  minute: datePart,
  second: datePart,
  millisecond: datePart,
  /** Text shown instead of the formatted date. */
  display_date: optionalText,
});

/** A slide's headline and HTML text. */
export const timelineJsTextSchema = z.looseObject({
  headline: optionalText,
  text: optionalText,
});

/** A slide's media: an image, video or other page by address (or an HTML blockquote), with its credit. */
export const timelineJsMediaSchema = z.looseObject({
  url: optionalText,
  caption: optionalText,
  credit: optionalText,
  thumbnail: optionalText,
  alt: optionalText,
  title: optionalText,
  link: optionalText,
  link_target: optionalText,
});

/** A number TimelineJS reads from a number or from text ("42.05"). */
const coordinate = z.union([z.number(), z.string(), z.null()]).optional();

/**
 * Where a slide happened, in the shape Knight Lab's StoryMap draws: TimelineJS3 keeps it on a slide
 * (and draws nothing), and Cronista writes an event's `location` here. `zoom` is a web-map zoom level.
 */
export const timelineJsLocationSchema = z.looseObject({
  lat: coordinate,
  lon: coordinate,
  zoom: coordinate,
  /** The place's name; Cronista always writes it, TimelineJS files often leave it out. */
  name: optionalText,
});

/** One slide: an event, or the title slide (which has no date). */
export const timelineJsSlideSchema = z.looseObject({
  start_date: timelineJsDateSchema.nullish(),
  end_date: timelineJsDateSchema.nullish(),
  text: timelineJsTextSchema.nullish(),
  media: timelineJsMediaSchema.nullish(),
  location: timelineJsLocationSchema.nullish(),
  /** Rows of the time navigator; any text. */
  group: optionalText,
  /** Overrides the displayed date ("around February 2019"). */
  display_date: optionalText,
  background: z.unknown().optional(),
  autolink: z.boolean().optional(),
  unique_id: z.union([z.string(), z.number()]).nullish(),
});

/** A named span of time shown behind the events. */
export const timelineJsEraSchema = z.looseObject({
  start_date: timelineJsDateSchema.nullish(),
  end_date: timelineJsDateSchema.nullish(),
  text: timelineJsTextSchema.nullish(),
  unique_id: z.union([z.string(), z.number()]).nullish(),
});

/** A whole TimelineJS3 timeline. */
export const timelineJsSchema = z.looseObject({
  title: timelineJsSlideSchema.nullish(),
  events: z.array(timelineJsSlideSchema),
  eras: z.array(timelineJsEraSchema).nullish(),
  scale: z.enum(['human', 'cosmological']).nullish(),
});

/** The outline of a timeline file, before each slide is read on its own (so one bad slide is reported, not fatal). */
export const timelineJsOutlineSchema = z.looseObject({
  title: z.unknown().optional(),
  events: z.array(z.unknown(), { error: 'has no "events" list (expected a TimelineJS3 JSON file: { "events": [ … ] })' }),
  eras: z.array(z.unknown()).nullish(),
  scale: z.unknown().optional(),
});

export type TimelineJsData = z.input<typeof timelineJsSchema>;
export type TimelineJsSlide = z.output<typeof timelineJsSlideSchema>;
export type TimelineJsEra = z.output<typeof timelineJsEraSchema>;
export type TimelineJsDate = z.output<typeof timelineJsDateSchema>;
export type TimelineJsMedia = z.output<typeof timelineJsMediaSchema>;
export type TimelineJsLocation = z.output<typeof timelineJsLocationSchema>;

/**
 * Data attributes Cronista puts in the HTML it exports, so that its own export imports back
 * without loss (TimelineJS keeps `data-*` attributes; other tools ignore them).
 */
export const CRONISTA_ATTRIBUTES = {
  /**
   * On a block Cronista generated: "sources" (the source list), "media" (the event's media, each a
   * link) or "entry" (the link to the full entry).
   */
  block: 'data-cronista',
  /** On the "entry" block: the event's category id. */
  category: 'data-category',
  /** On the "entry" block: "lead" when the slide's `media` is the event's lead picture (`image`). */
  picture: 'data-picture',
  /** On a source link: the publisher's name. */
  publisher: 'data-publisher',
  /** On a source link: when the source was published, as written. */
  published: 'data-published',
  /** On a source link: the archived copy's address. */
  archived: 'data-archived',
  /** On a source link: present when the headline was not seen (the link text is then the publisher and date). */
  untitled: 'data-untitled',
  /** On a source link of state media: the government's country code. */
  stateMedia: 'data-state-media',
  /** On a source link of state media: the tie (owned, funded, affiliated). */
  stateTie: 'data-state-tie',
  /** On a media link: each field of the media item that TimelineJS has no place for, as written. */
  alt: 'data-alt',
  caption: 'data-caption',
  credit: 'data-credit',
  title: 'data-title',
  duration: 'data-duration',
  author: 'data-author',
  date: 'data-date',
  text: 'data-text',
} as const;
