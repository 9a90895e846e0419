import { z } from 'astro/zod';

/**
 * The format of `/events.json`, the story as open data. Written once here; the builder's types
 * come from it and `/events.schema.json` is generated from it, so the two cannot drift apart.
 */

/** Bumped when a field is renamed or removed; adding a field keeps the version. */
export const EVENTS_EXPORT_VERSION = 1;

const text = (description: string) => z.string().min(1).meta({ description });
const url = (description: string) => z.url({ protocol: /^https?$/ }).meta({ description });
const id = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .meta({ description });

/** A calendar date at the precision it was written; parts finer than the precision are absent. */
export const writtenDateSchema = z
  .strictObject({
    iso: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/)
      .meta({ description: 'The date as written: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm (wall-clock time, see timezone).' }),
    precision: z
      .enum(['year', 'month', 'day', 'minute'])
      .meta({ description: 'How precisely the date is known. "month" means the day is not known, not the first of the month.' }),
    year: z.int(),
    month: z.int().min(1).max(12).optional(),
    day: z.int().min(1).max(31).optional(),
    hour: z.int().min(0).max(23).optional(),
    minute: z.int().min(0).max(59).optional(),
  })
  .meta({
    id: 'WrittenDate',
    description: 'A calendar date as its author wrote it. Never a point in time: no day, hour or zone is invented.',
  });

const sourceSchema = z
  .strictObject({
    title: text('The headline of the cited article or document, as published; absent when it was not seen.').optional(),
    publisher: text('Who published it.'),
    stateMedia: z
      .strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .meta({ description: 'The government’s country (ISO 3166 alpha-2).' }),
        tie: z.enum(['owned', 'funded', 'affiliated']).meta({ description: 'State-owned, government-funded or state-affiliated.' }),
      })
      .optional()
      .meta({ description: 'Set for media owned, funded or closely tied to a government.' }),
    url: url('Where to read it, exactly as published.'),
    published: writtenDateSchema.optional().meta({ description: 'When the source was published, at the precision known.' }),
    archived: url('A copy in a web archive.').optional(),
  })
  .meta({ id: 'Source' });

/** A picture as published: its address and, for a photo the build resized, its media type and size. */
const publishedPicture = {
  url: url('The picture: the copy this site publishes (resized at build time) for its own photos, or the original address.'),
  type: z.string().optional().meta({ description: 'Media type of the file at `url` ("image/jpeg"), where known.' }),
  width: z.int().min(1).optional().meta({ description: 'Width in pixels of the file at `url`, where known.' }),
  height: z.int().min(1).optional().meta({ description: 'Height in pixels of the file at `url`, where known.' }),
};

const mediaSchema = z
  .strictObject({
    kind: z
      .enum([
        'image',
        'youtube',
        'vimeo',
        'soundcloud',
        'audio',
        'video',
        'x',
        'bluesky',
        'mastodon',
        'instagram',
        'facebook',
        'wikipedia',
        'commons',
        'documentcloud',
        'pdf',
        'map',
        'link',
      ])
      .meta({ description: 'What it is, recognised from its address.' }),
    provider: text('Where it lives ("YouTube", "Wikimedia Commons"); absent for the site’s own files.').optional(),
    ...publishedPicture,
    url: url('Where it is: for a photo, the copy this site publishes; otherwise the original address.'),
    title: text('The title of a video, clip, document or page.').optional(),
    alt: text('What a photo shows.').optional(),
    caption: text('A sentence shown with it.').optional(),
    credit: text('Photographer and agency, or licence.').optional(),
    duration: z.string().optional().meta({ description: 'A video’s or clip’s length as written ("3:25").' }),
    author: text('A post’s author as shown.').optional(),
    date: writtenDateSchema.optional().meta({ description: 'When a post was published.' }),
    text: text('A post’s text as published.').optional(),
  })
  .meta({ id: 'Media', description: 'A photo, video, audio clip, post, document or page shown with an event.' });

const locationSchema = z
  .strictObject({
    name: text('The place’s name as readers know it.'),
    lat: z.number().min(-90).max(90).meta({ description: 'Latitude in degrees, north positive (WGS 84).' }),
    lon: z.number().min(-180).max(180).meta({ description: 'Longitude in degrees, east positive (WGS 84).' }),
    zoom: z.int().min(1).max(10).meta({ description: 'How close the locator map looks: 1 (the world) to 10 (a city).' }),
  })
  .meta({ id: 'Location', description: 'Where an event happened.' });

const eventSchema = z
  .strictObject({
    id: id('The entry id; also the last part of its page address.'),
    url: url('The event’s page.'),
    title: text('Short neutral headline.'),
    summary: text('One or two sentences on what happened.'),
    date: writtenDateSchema.meta({ description: 'When it happened (local time where it happened).' }),
    endDate: writtenDateSchema.optional().meta({ description: 'When it ended, for events that lasted.' }),
    approximate: z.boolean().meta({ description: 'Whether the date is approximate ("around …").' }),
    timezone: z.string().optional().meta({ description: 'IANA zone of a date written with a time.' }),
    category: id('A category id from `categories`.'),
    actors: z.array(id('An actor id from `actors`.')),
    related: z.array(id('An event id from `events`.')),
    sources: z.array(sourceSchema).min(1),
    updates: z
      .array(z.strictObject({ date: writtenDateSchema, note: text('What was corrected and why.') }))
      .meta({ description: 'The corrections log, oldest first.' }),
    importance: z.union([z.literal(1), z.literal(2), z.literal(3)]).meta({ description: '1 (minor) to 3 (key moment).' }),
    image: z
      .strictObject({
        ...publishedPicture,
        alt: text('What the image shows.'),
        credit: text('Photographer and agency, or licence.'),
        caption: text('A sentence shown under the picture.').optional(),
      })
      .optional()
      .meta({ description: 'The event’s lead picture.' }),
    media: z.array(mediaSchema).meta({ description: 'Photos, videos, audio, posts, documents and pages shown with the event, in order.' }),
    location: locationSchema.optional(),
  })
  .meta({ id: 'Event' });

const actorSchema = z
  .strictObject({
    id: id('The actor id used by events.'),
    url: url('The actor’s page on this site.'),
    name: text('Display name.'),
    kind: z.enum(['person', 'institution', 'country', 'organization']),
    role: text('Their role in the story.'),
    description: text('Who they are.'),
    aliases: z.array(z.string()),
    reference: url('A reference page about them elsewhere (for example Wikipedia).').optional(),
  })
  .meta({ id: 'Actor' });

const categorySchema = z
  .strictObject({
    id: id('The category id used by events.'),
    url: url('The category’s page on this site.'),
    name: text('Label.'),
    description: text('What belongs in it.'),
    order: z.int().meta({ description: 'Position in lists, smallest first.' }),
  })
  .meta({ id: 'Category' });

const phaseSchema = z
  .strictObject({
    id: id('The phase id.'),
    title: text('The period’s name.'),
    start: writtenDateSchema.meta({ description: 'First day of the period.' }),
    end: writtenDateSchema.meta({ description: 'Last day of the period.' }),
    summary: text('What the period was about.'),
  })
  .meta({ id: 'Phase' });

/** The whole of `/events.json`. */
export const eventsExportSchema = z
  .strictObject({
    $schema: url('This format’s JSON Schema.'),
    version: z.literal(EVENTS_EXPORT_VERSION).meta({ description: 'The format version.' }),
    story: z.strictObject({
      title: text('The story’s title.'),
      dek: text('The standfirst: one sentence.'),
      introduction: text('Introduction; paragraphs separated by blank lines.'),
      language: text('BCP 47 language tag of the content.'),
      url: url('The timeline’s home page.'),
      publisher: text('Who publishes the explainer.'),
      repository: url('The repository holding the content.').optional(),
    }),
    events: z.array(eventSchema).meta({ description: 'Every published event, in timeline order.' }),
    actors: z.array(actorSchema).meta({ description: 'People, institutions, countries and organisations, by name.' }),
    categories: z.array(categorySchema).meta({ description: 'Categories in their configured order.' }),
    phases: z.array(phaseSchema).meta({ description: 'Named periods of the story, in order.' }),
  })
  .meta({
    title: 'Cronista timeline export',
    description: 'A news timeline as open data: every published event with its dates as written, sources and links.',
  });

/** What `/events.json` holds. */
export type EventsExport = z.output<typeof eventsExportSchema>;
export type ExportedEvent = EventsExport['events'][number];
export type WrittenDate = z.output<typeof writtenDateSchema>;

/** The JSON Schema (draft 2020-12) of `/events.json`, published at `schemaUrl`. */
export function eventsJsonSchema(schemaUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(eventsExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = generated;
  return { $schema, $id: schemaUrl, title, description, ...rest };
}
