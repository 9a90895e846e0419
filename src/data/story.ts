import { parse } from 'yaml';
import raw from '../content/story.yaml?raw';
import { storySchema } from '../schemas/taxonomy.ts';

/** The validated story settings (`src/content/story.yaml`); the content guard has checked them already. */
export const story = storySchema.parse(parse(raw));
