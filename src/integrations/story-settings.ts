import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { storySchema, type StoryData } from '../schemas/taxonomy.ts';
import { STORY_FILE } from '../lib/content-files.ts';

/**
 * Reads the story settings for the Astro config. A broken file falls back to safe defaults so
 * the content guard can report it with its line; it never publishes with them.
 */
export function readStorySettings(root: URL): Pick<StoryData, 'site' | 'base' | 'socialCards'> {
  try {
    const data = storySchema.parse(parse(readFileSync(join(fileURLToPath(root), STORY_FILE), 'utf8')));
    return { site: data.site, base: data.base, socialCards: data.socialCards };
  } catch {
    return { site: 'https://example.org', base: '/', socialCards: 'auto' };
  }
}
