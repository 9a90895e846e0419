// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { readStorySettings } from './src/integrations/story-settings.ts';

const story = readStorySettings(new URL('.', import.meta.url));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: story.site,
  base: story.base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentGuard(), mdx()],
});
