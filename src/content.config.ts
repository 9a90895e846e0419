import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/loader.ts';
import { eventSchema } from './schemas/event.ts';
import { actorSchema, categorySchema, phaseSchema } from './schemas/taxonomy.ts';

// N.B. Content enters through Cronista's loader, which checks every file on what Astro compiles
// and validates it with these schemas itself (src/lib/content/loader.ts); the schemas here type it.
export const collections = {
  events: defineCollection({ loader: contentLoader('events'), schema: eventSchema }),
  actors: defineCollection({ loader: contentLoader('actors'), schema: actorSchema }),
  categories: defineCollection({ loader: contentLoader('categories'), schema: categorySchema }),
  phases: defineCollection({ loader: contentLoader('phases'), schema: phaseSchema }),
};
