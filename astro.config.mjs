// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { readStorySettings } from './src/integrations/story-settings.ts';

const story = readStorySettings(new URL('.', import.meta.url));
/** Shared by the content guard (which fills it) and the search index (which checks against it). */
const content = {};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: story.site,
  base: story.base,
  trailingSlash: 'always',
  output: 'static',
  // N.B. Astro 7's default ('jsx') drops a line break between text and a tag ("Browse\n<a>" becomes
  // "Browse<a>"); HTML's own rules keep it as a space, which prose in components relies on.
  compressHTML: true,
  // Pages render four at a time so the social cards' native rendering overlaps (see og-image.ts).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // N.B. Kept inside the project rather than node_modules/.astro, so that two copies of the
  // project sharing one node_modules (the build tests do this) never share a content cache.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [
    contentGuard(content),
    mdx(),
    searchIndex(content),
    // The embed page is a chrome-free copy of the timeline for other sites' iframes, not a page to index.
    sitemap({ filter: (page) => !page.endsWith('/embed/') }),
  ],
});
