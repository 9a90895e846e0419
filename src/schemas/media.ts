import { z } from 'astro/zod';
import { recogniseMedia } from './media-kind.ts';
import { calendarDateSchema } from './date-field.ts';
import { textSchema } from './common.ts';

/**
 * Where a medium lives: a path beside the entry (`./photo.jpg`, processed into responsive
 * images), a path under `public/` (`/images/photo.jpg`), or a web address (https).
 */
const mediaAddressSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing (expected ./file, /file or an https:// address)' : 'must be text') })
  .trim()
  .refine((value) => /^(\.{1,2}\/|\/[^/]|https:\/\/|http:\/\/)/.test(value), {
    error: (issue) =>
      `"${String(issue.input)}" is not a media address (expected ./photo.jpg beside the entry, /file under public/, or https://…)`,
  });

/** One photo, video, audio clip, post, document or page shown with an event. */
export const mediaItemSchema = z
  .strictObject({
    /** Where it is: `./photo.jpg` beside the entry, `/file` under `public/`, or an https address. Its kind is recognised from it. */
    url: mediaAddressSchema,
    /** What an image shows, for readers who cannot see it. Required for images. */
    alt: textSchema('a description of what the image shows').optional(),
    /** A sentence shown under it. Optional. */
    caption: textSchema('a caption', 400).optional(),
    /** Photographer and agency, or licence ("Reuters/Carlos Garcia Rawlins"). Optional, expected for photos. */
    credit: textSchema('the credit', 200).optional(),
    /** The title of a video, clip, document or page, shown on its card. Optional. */
    title: textSchema('the title', 200).optional(),
    /** A video's or clip's length as written ("3:25"). Optional. */
    duration: z
      .string()
      .regex(/^(\d+:)?\d{1,2}:\d{2}$/, {
        error: (issue) => `"${String(issue.input)}" is not a length (expected minutes:seconds, like 3:25)`,
      })
      .optional(),
    /** A post's author as shown ("@jguaido", "Juan Guaidó"). Optional. */
    author: textSchema('the author').optional(),
    /** When a post was published. Optional. */
    date: calendarDateSchema.optional(),
    /** A post's text, exactly as published (no script or embed is ever loaded for it). Optional. */
    text: textSchema('the text as published', 1000).optional(),
  })
  .superRefine((item, ctx) => {
    const { kind } = recogniseMedia(item.url);
    if (kind === 'image' && !item.alt) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: 'is missing (expected a description of what the image shows, for readers who cannot see it)',
      });
    }
    if (item.url.startsWith('http://')) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `"${item.url}" is not secure (expected an https:// address)` });
    }
  });

/** An event's media: one item, or a short list. Always a list once read. */
export const mediaSchema = z
  .union([mediaItemSchema, z.array(mediaItemSchema, { error: 'must be a media item or a list of them' }).min(1).max(8)], {
    error: 'must be a media item (url, and caption, credit, alt…) or a list of them',
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** Where an event happened, drawn as a locator map. */
export const locationSchema = z.strictObject({
  /** The place's name as readers know it ("Cúcuta, Colombia"). */
  name: textSchema('the place’s name', 120),
  /** Latitude in degrees, north positive (−90 to 90). */
  lat: z.number({ error: 'must be a number (expected degrees north, like 7.8939)' }).min(-90).max(90),
  /** Longitude in degrees, east positive (−180 to 180). */
  lon: z.number({ error: 'must be a number (expected degrees east, like -72.5078)' }).min(-180).max(180),
  /** How close the map shows the place: 1 (the world) to 10 (a city). Default 5 (a country). */
  zoom: z.number().int().min(1).max(10).default(5),
});

export type MediaItem = z.output<typeof mediaItemSchema>;
export type EventLocation = z.output<typeof locationSchema>;
