import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema } from './schemas/event.ts';
import { actorSchema, categorySchema, phaseSchema } from './schemas/taxonomy.ts';
import { entryIdOf } from './lib/content-files.ts';

// N.B. Astro only warns on duplicate ids and bad references; the content guard integration
// (src/integrations/content-guard.ts) checks every file first and fails the build instead.
const byFileName = ({ entry }: { entry: string }) => entryIdOf(entry);

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: './src/content/events', generateId: byFileName }),
    schema: eventSchema,
  }),
  actors: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/actors', generateId: byFileName }),
    schema: actorSchema,
  }),
  categories: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/categories', generateId: byFileName }),
    schema: categorySchema,
  }),
  phases: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/phases', generateId: byFileName }),
    schema: phaseSchema,
  }),
};
