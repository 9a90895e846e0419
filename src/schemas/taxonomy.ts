import { z } from 'astro/zod';
import { calendarDateSchema } from './date-field.ts';
import { httpUrlSchema, textSchema } from './common.ts';
import { isNotBefore } from './calendar-date.ts';
import { repositoryAddressProblem } from '../lib/repository-links.ts';
import { closest } from '../lib/check/suggest.ts';

/** What an actor can be. */
const ACTOR_KINDS = ['person', 'institution', 'country', 'organization'] as const;

/** A person, institution, country or organisation (`src/content/actors/<id>.yaml`). */
export const actorSchema = z.strictObject({
  /** Display name, with its accents ("Juan Guaidó"). */
  name: textSchema('the actor’s name'),
  /** What sort of actor this is. */
  kind: z.enum(ACTOR_KINDS, {
    error: (issue) => {
      const guess =
        typeof issue.input === 'string'
          ? closest(
              issue.input,
              ACTOR_KINDS.map((id) => ({ id })),
            )
          : undefined;
      return `${JSON.stringify(issue.input)} is not a kind (expected person, institution, country or organization${guess ? `; did you mean ${guess}?` : ''})`;
    },
  }),
  /** Their role in the story, in a few words ("Speaker of the National Assembly"). */
  role: textSchema('their role in a few words'),
  /** One or two neutral sentences about who they are. */
  description: textSchema('a short neutral description'),
  /** Other spellings readers search for ("Guaido"). Default none. */
  aliases: z.array(z.string().trim().min(1), { error: 'must be a list of names' }).default([]),
  /** A reference page about them (for example Wikipedia). Optional. */
  url: httpUrlSchema('a reference page about the actor').optional(),
});

/** A category of event (`src/content/categories/<id>.yaml`). */
export const categorySchema = z.strictObject({
  /** Label shown on every event of the category ("Defections"). */
  name: textSchema('the category’s label'),
  /** One sentence saying what belongs in it. */
  description: textSchema('one sentence on what belongs in the category'),
  /** Position in lists, smallest first. Default 100. */
  order: z.number({ error: 'must be a number (expected a position such as 10)' }).int().default(100),
});

/** A named period of the story (`src/content/phases/<id>.yaml`). */
export const phaseSchema = z
  .strictObject({
    /** The period's name, a short heading. */
    title: textSchema('the period’s name'),
    /** First day of the period. */
    start: calendarDateSchema,
    /** Last day of the period. */
    end: calendarDateSchema,
    /** One or two sentences introducing the period. */
    summary: textSchema('one or two sentences on the period'),
  })
  .superRefine((phase, ctx) => {
    if (!isNotBefore(phase.end, phase.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${phase.end.iso} is before the start ${phase.start.iso} (expected an end on or after the start)`,
      });
    }
  });

/** A BCP 47 language tag: a language, optionally with a region ("es", "en-GB", "pt-BR"). */
const languageTagSchema = z
  .string({ error: 'must be a language tag (expected e.g. "en-GB" or "es")' })
  .regex(/^[a-z]{2,3}(-[A-Z]{2}|-[A-Z][a-z]{3})?$/, {
    error: (issue) => `"${String(issue.input)}" is not a language tag (expected e.g. "en-GB", "es" or "pt-BR")`,
  });

/** Where readers reach the newsroom: an e-mail address, or an https page (a form, an issue tracker). */
export const contactSchema = z
  .string({ error: 'must be text (expected an e-mail address or an https:// address)' })
  .trim()
  .refine(
    (value) => {
      if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return true;
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.hostname.includes('.');
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `"${String(issue.input)}" is not a contact (expected an e-mail address like corrections@example.org, or an https:// address)`,
    },
  );

/** The story settings (`src/content/story.yaml`). */
export const storySchema = z.strictObject({
  /** The story's title, shown on the home page and in every page title. */
  title: textSchema('the story’s title'),
  /** The standfirst under the title: one sentence. */
  dek: textSchema('one sentence under the title'),
  /** Introduction shown above the timeline; paragraphs separated by blank lines. */
  introduction: textSchema('a short introduction'),
  /**
   * The story's language as a BCP 47 tag ("en-GB", "es"), or a list of them for a story published
   * in several languages: the first is the default edition, at the site's root; each other one is
   * published under its own prefix (`/es/`) from translation files. Sets the interface language
   * and date formats. Default "en-GB". Always a list once read.
   */
  language: z
    .union([languageTagSchema, z.array(languageTagSchema, { error: 'must be a language tag or a list of them' }).min(1)], {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a language (expected a tag such as "en-GB" or "es", or a list such as [en-GB, es])`,
    })
    .default('en-GB')
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .refine((tags) => new Set(tags.map((tag) => tag.toLowerCase())).size === tags.length, {
      error: 'lists a language twice (expected each edition once)',
    }),
  /** Where the site is published, with no trailing path ("https://example.org"). */
  site: httpUrlSchema('the published site’s address'),
  /** Path the site lives under ("/" or "/cronista/"). Default "/". */
  base: z
    .string()
    .regex(/^\/([a-z0-9._-]+\/)*$/, { error: 'is not a base path (expected "/" or a path like "/timeline/")' })
    .default('/'),
  /**
   * The GitHub repository holding the content, for edit and report links: its home page
   * ("https://github.com/owner/name"), not a clone address (".git") or a page inside it. Optional.
   */
  repository: httpUrlSchema('the repository address')
    .superRefine((address, ctx) => {
      const problem = repositoryAddressProblem(address);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { help: problem.help } });
    })
    .optional(),
  /** The branch edits are proposed against. Default "main". */
  branch: z.string().default('main'),
  /** Who publishes the explainer (newsroom or team name); shown with the byline and in feeds. */
  publisher: textSchema('the publisher’s name'),
  /** Who wrote and keeps the timeline, by name, shown as the byline ("By Ana Pérez and Luis Mora"). Default none. */
  authors: z.array(textSchema('a name'), { error: 'must be a list of names' }).default([]),
  /** Where readers send corrections: an e-mail address or an https page. Shown beside "last updated". Optional. */
  contact: contactSchema.optional(),
  /**
   * Social card images: `events` draws one per event, `story` uses the story's card everywhere,
   * `auto` (default) draws per-event cards up to 1,000 published events and the story's card beyond,
   * where drawing them would dominate the build time.
   */
  socialCards: z.enum(['auto', 'events', 'story'], { error: 'is not a card setting (expected auto, events or story)' }).default('auto'),
  /**
   * Hosts whose https photos entries may show (`[upload.wikimedia.org]`): each is downloaded and
   * resized at build time, so a reader's browser never contacts the host. Photos from any other
   * host are refused. Default none.
   */
  imageHosts: z
    .array(
      z.string().regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
        error: (issue) =>
          `"${String(issue.input)}" is not a host name (expected a name like upload.wikimedia.org, without https:// or a path)`,
      }),
      { error: 'must be a list of host names (expected e.g. [upload.wikimedia.org])' },
    )
    .default([]),
});

export type ActorData = z.output<typeof actorSchema>;
export type CategoryData = z.output<typeof categorySchema>;
export type PhaseData = z.output<typeof phaseSchema>;
export type StoryData = z.output<typeof storySchema>;
