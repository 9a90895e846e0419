import { z } from 'astro/zod';
import { textSchema } from './common.ts';

// A translation is a file with the original's id in a language folder (`events/es/<id>.md`).
// It inherits everything that is not text (dates, category, actors, sources…) from the original
// and may only translate the text fields below.

/** An event's translation: its headline and summary (and, below the frontmatter, its text). */
export const eventTranslationSchema = z.strictObject({
  /** The headline, translated; the page's `<h1>`. */
  title: textSchema('a short headline', 140),
  /** The summary, translated: one or two sentences. */
  summary: textSchema('one or two sentences', 300),
  /** The place's name as this language writes it ("Bruselas"), where the original has a location. Optional. */
  location: z.strictObject({ name: textSchema('the place’s name in this language', 120) }).optional(),
});

/** An actor's translation: role and description; the name only where the language writes it differently. */
export const actorTranslationSchema = z.strictObject({
  /** The name, only where this language writes it differently ("Estados Unidos"). Default: the original's. */
  name: textSchema('the name in this language').optional(),
  /** Their role, translated. */
  role: textSchema('their role in a few words'),
  /** The description, translated. */
  description: textSchema('a short neutral description'),
  /** Spellings readers of this language search for, added to the original's ("EE. UU."). Default none. */
  aliases: z.array(z.string().trim().min(1), { error: 'must be a list of names' }).default([]),
});

/** A category's translation. */
export const categoryTranslationSchema = z.strictObject({
  /** The label, translated. */
  name: textSchema('the category’s label'),
  /** What belongs in it, translated. */
  description: textSchema('one sentence on what belongs in the category'),
});

/** A phase's translation. */
export const phaseTranslationSchema = z.strictObject({
  /** The period's name, translated. */
  title: textSchema('the period’s name'),
  /** Its introduction, translated. */
  summary: textSchema('one or two sentences on the period'),
});

/** The story's own text in another language (`src/content/<lang>/story.yaml`). */
export const storyTranslationSchema = z.strictObject({
  /** The story's title, translated. */
  title: textSchema('the story’s title'),
  /** The standfirst, translated. */
  dek: textSchema('one sentence under the title'),
  /** The introduction, translated; paragraphs separated by blank lines. */
  introduction: textSchema('a short introduction'),
});

export type EventTranslation = z.output<typeof eventTranslationSchema>;
export type ActorTranslation = z.output<typeof actorTranslationSchema>;
export type CategoryTranslation = z.output<typeof categoryTranslationSchema>;
export type PhaseTranslation = z.output<typeof phaseTranslationSchema>;
export type StoryTranslation = z.output<typeof storyTranslationSchema>;
