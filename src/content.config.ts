import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader } from './lib/content/loader.ts';
import { eventSchema } from './schemas/event.ts';
import { actorSchema, categorySchema, phaseSchema } from './schemas/taxonomy.ts';
import {
  actorTranslationSchema,
  categoryTranslationSchema,
  eventTranslationSchema,
  phaseTranslationSchema,
} from './schemas/translation.ts';

// N.B. Content enters through Cronista's loader, which checks every file on what Astro compiles
// and validates it with these schemas itself (src/lib/content/loader.ts); the schemas here type it.
export const collections = {
  events: defineCollection({ loader: contentLoader('events'), schema: eventSchema }),
  actors: defineCollection({ loader: contentLoader('actors'), schema: actorSchema }),
  categories: defineCollection({ loader: contentLoader('categories'), schema: categorySchema }),
  phases: defineCollection({ loader: contentLoader('phases'), schema: phaseSchema }),
  // Translations: the original's id in a language folder ("es/<id>").
  eventTranslations: defineCollection({ loader: contentLoader('eventTranslations'), schema: eventTranslationSchema }),
  actorTranslations: defineCollection({ loader: contentLoader('actorTranslations'), schema: actorTranslationSchema }),
  categoryTranslations: defineCollection({ loader: contentLoader('categoryTranslations'), schema: categoryTranslationSchema }),
  phaseTranslations: defineCollection({ loader: contentLoader('phaseTranslations'), schema: phaseTranslationSchema }),
  // The story's own prose (the about page's text): "about", "es/about".
  texts: defineCollection({ loader: contentLoader('texts'), schema: z.object({}) }),
};
