import { z } from 'astro/zod';
import { compareCalendarDates, isNotBefore, isTimeZone } from './calendar-date.ts';
import { calendarDateSchema } from './date-field.ts';
import { httpUrlSchema, idSchema, textSchema } from './common.ts';
import { locationSchema, mediaSchema } from './media.ts';

/** One published source backing an event's claims. */
export const sourceSchema = z.strictObject({
  /**
   * The headline of the cited article or document, exactly as published. Leave it out when the
   * headline was not seen: the page then links the publisher and date ("Reuters, 23 January 2019").
   */
  title: textSchema('the cited article’s headline as published, or no title field').optional(),
  /** Who published it ("Reuters", "The Guardian"). */
  publisher: textSchema('the publisher’s name'),
  /**
   * For media owned, funded or closely tied to a government: which government and how. Shown beside
   * the link ("TASS, state media, Russia"). Optional.
   */
  stateMedia: z
    .strictObject({
      /** The government's country, as an ISO 3166 two-letter code ("RU"). */
      country: z.string({ error: 'must be a country code (expected two capital letters, like "RU")' }).regex(/^[A-Z]{2}$/, {
        error: (issue) => `"${String(issue.input)}" is not a country code (expected two capital letters, like "RU")`,
      }),
      /** `owned` (state media, the default), `funded` (government-funded) or `affiliated` (state-affiliated). */
      tie: z
        .enum(['owned', 'funded', 'affiliated'], {
          error: (issue) => `${JSON.stringify(issue.input)} is not a tie (expected owned, funded or affiliated)`,
        })
        .default('owned'),
    })
    .optional(),
  /** Where to read it: an http(s) address, copied exactly as published. */
  url: httpUrlSchema('the address of the source'),
  /** When the source was published, at the precision known. Optional. */
  published: calendarDateSchema.optional(),
  /** A copy in a web archive (for example the Wayback Machine). Optional. */
  archived: httpUrlSchema('the address of an archived copy').optional(),
});

/** The event's lead picture, with its alt text and credit (also its social card and JSON-LD image). */
export const imageSchema = z.strictObject({
  /**
   * A photo beside the entry (`./photo.jpg`, resized into modern formats at build time), a path
   * under `public/` (`/images/photo.jpg`), or an https address on a host the story allows.
   */
  src: z
    .string()
    .trim()
    .regex(/^(\.{1,2}\/|\/[^/]|https:\/\/)/, {
      error: (issue) =>
        `"${String(issue.input)}" is not an image path (expected ./photo.jpg beside the entry, /images/photo.jpg under public/, or an https:// address)`,
    }),
  /** What the image shows, for readers who cannot see it. Required. */
  alt: textSchema('a description of what the image shows'),
  /** Photographer and agency, or licence. Required. */
  credit: textSchema('the image credit'),
  /** A sentence shown under the picture. Optional. */
  caption: textSchema('a caption', 400).optional(),
});

/** A dated note in the visible corrections log. */
export const updateSchema = z.strictObject({
  /** When the entry was corrected or updated. */
  date: calendarDateSchema,
  /** What changed and why, in one or two sentences. */
  note: textSchema('what was corrected'),
});

/** The frontmatter of one event file (`src/content/events/YYYY-MM-DD-short-slug.md`). */
export const eventSchema = z
  .strictObject({
    /** Short neutral headline; the page's `<h1>`. */
    title: textSchema('a short headline', 140),
    /** One or two sentences: the card text, meta description and feed text. */
    summary: textSchema('one or two sentences', 300),
    /** When it happened, at the precision known: `2019`, `2019-02`, `2019-02-02` or `2019-02-02T20:15`. */
    date: calendarDateSchema,
    /** IANA zone of a date written with a time ("America/Caracas"). Only with a time. */
    timezone: z
      .string()
      .refine(isTimeZone, {
        error: (issue) => `"${String(issue.input)}" is not an IANA time zone (expected a name like "America/Caracas")`,
      })
      .optional(),
    /** When it ended, for events that lasted; same forms as `date`, not before it. Optional. */
    endDate: calendarDateSchema.optional(),
    /** Whether the date is approximate; shown as "around …". Default false. */
    approximate: z.boolean({ error: 'must be true or false' }).default(false),
    /** Category id: a file name in `src/content/categories/`. */
    category: idSchema,
    /** Actor ids: file names in `src/content/actors/`. Default none. */
    actors: z.array(idSchema, { error: 'must be a list of actor ids' }).default([]),
    /** Ids of related events: file names in `src/content/events/` without extension. Default none. */
    related: z.array(idSchema, { error: 'must be a list of event ids' }).default([]),
    /** The published sources for the entry's claims; at least one. */
    sources: z
      .array(sourceSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'is missing (expected a list of at least one source with title, publisher and url)'
            : 'must be a list of sources',
      })
      .min(1, { error: 'is empty (expected at least one source with title, publisher and url)' }),
    /** An optional lead picture with alt text and credit. */
    image: imageSchema.optional(),
    /** Photos, videos, audio, posts, documents or pages shown with the event: one, or a short list. Default none. */
    media: mediaSchema.default([]),
    /** Where it happened, drawn as a locator map (no map service is contacted). Optional. */
    location: locationSchema.optional(),
    /** 1 (minor) to 3 (key moment, highlighted on the timeline). Default 2. */
    importance: z
      .union([z.literal(1), z.literal(2), z.literal(3)], {
        error: (issue) => `${JSON.stringify(issue.input)} is not an importance (expected 1, 2 or 3)`,
      })
      .default(2),
    /** A draft is checked but never published. Default false. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /**
     * The day the entry first went up (`YYYY-MM-DD`): the feed's date for it and the page's "published".
     * Optional, and never guessed: an entry without it has no publication date anywhere.
     */
    published: calendarDateSchema
      .refine((date) => date.precision === 'day', {
        error: (issue) =>
          `${(issue.input as { iso?: string }).iso ?? String(issue.input)} is not a day (expected the day the entry went up, YYYY-MM-DD)`,
      })
      .optional(),
    /** The visible corrections log, oldest first. Default empty. */
    updates: z.array(updateSchema, { error: 'must be a list of { date, note }' }).default([]),
  })
  .superRefine((event, ctx) => {
    if (event.endDate && !isNotBefore(event.endDate, event.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `${event.endDate.iso} is before the date ${event.date.iso} (expected an end on or after the start)`,
      });
    }
    if (event.endDate && compareCalendarDates(event.endDate, event.date) === 0 && event.endDate.precision === event.date.precision) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `is the same as the date (expected a later end, or no endDate)` });
    }
    if (event.date.precision === 'minute' && !event.timezone) {
      ctx.addIssue({
        code: 'custom',
        path: ['timezone'],
        message: `is missing (expected an IANA zone such as "America/Caracas" for a date with a time)`,
      });
    }
    if (event.timezone && event.date.precision !== 'minute') {
      ctx.addIssue({
        code: 'custom',
        path: ['timezone'],
        message: `is set but the date has no time (expected a date like 2019-01-23T20:15, or no timezone)`,
      });
    }
  });

/** What an author writes in an event's frontmatter. */
export type EventInput = z.input<typeof eventSchema>;
/** An event's resolved data, with defaults applied and dates parsed. */
export type EventData = z.output<typeof eventSchema>;
