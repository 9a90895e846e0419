// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cronista } from './src/integrations/cronista.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { outputGuard } from './src/integrations/output-guard.ts';

// https://docs.astro.build/en/reference/configuration-reference/
// `site` and `base` come from src/content/story.yaml, through the Cronista integration.
export default defineConfig({
  trailingSlash: 'always',
  output: 'static',
  // N.B. Astro 7's default ('jsx') drops a line break between text and a tag ("Browse\n<a>" becomes
  // "Browse<a>"); HTML's own rules keep it as a space, which prose in components relies on.
  compressHTML: true,
  // Pages render four at a time so the social cards' native rendering overlaps (see og-image.ts).
  // Styles go in files, cached once, instead of into every page.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Components' scoped styles match a class (same specificity as Astro's default attribute, a third
  // of the bytes: a long story's list pages repeat it on every card).
  scopedStyleStrategy: 'class',
  // Code blocks stay plain: syntax colouring would need inline styles the page's policy refuses.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Each route on its own line, and no colour codes in a log that is not a terminal.
  logger: { entrypoint: './src/integrations/build-log.ts' },
  // N.B. Kept inside the project rather than node_modules/.astro, so that two copies of the
  // project sharing one node_modules (the build tests do this) never share a content cache.
  cacheDir: './.astro/cache',
  // Every script is a file of its own (never inlined), so pages carry no inline code at all.
  vite: { cacheDir: './.astro/vite', build: { assetsInlineLimit: 0 } },
  integrations: [
    cronista(),
    mdx(),
    searchIndex(),
    // The embed page is a chrome-free copy of the timeline for other sites' iframes, not a page to index.
    sitemap({ filter: (page) => !page.endsWith('/embed/') }),
    // Last: it reads every page in dist/, whoever wrote it (it refuses to run before another integration's build:done).
    outputGuard(),
  ],
});
