import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentSession } from '../lib/content/session.ts';
import { editionsOf } from '../lib/i18n/editions.ts';
import { siteLinks } from '../lib/paths.ts';
import type { StoryData } from '../schemas/taxonomy.ts';

/** Compares what was indexed with what was published; returns the sentences that describe any gap. */
export function compareIndexedEvents(
  indexedUrls: readonly string[],
  expectedUrls: readonly string[],
  isEventUrl: (url: string) => boolean,
): string[] {
  const expected = new Set(expectedUrls);
  const indexed = new Set(indexedUrls.filter(isEventUrl));
  const missing = [...expected].filter((url) => !indexed.has(url));
  const extra = [...indexed].filter((url) => !expected.has(url));
  return [
    ...missing.map((url) => `${url} is published but has no search record`),
    ...extra.map((url) => `${url} has a search record but is not a published event`),
  ];
}

/** The pages a searcher looks for: events and actors, in every edition (their `data-pagefind-body` holds the text). */
const SEARCHABLE_PAGES = '{events,actors,*/events,*/actors}/*/index.html';
const SEARCHABLE_PATH = /^(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?(events|actors)\/[^/]+\/$/;

/**
 * Builds the Pagefind index of the built site (event and actor pages) after every build, with
 * Pagefind's Node API. Pagefind reads each page's `lang` and keeps one index per language, so a
 * Spanish search stems Spanish. Fails the build on any indexing error, or if the event records
 * and the published events differ.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'cronista:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:start': ({ logger }) => {
        logger.warn(
          'Search is built with the site and does not work in `npm run dev`. Run `npm start` to build and preview the site with search.',
        );
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Pagefind reads dist/ itself (in parallel, in its own process); we list which pages are
          // marked for search to check its count and the event records against the published events.
          const indexed = await index.addDirectory({ path: outDir, glob: SEARCHABLE_PAGES });
          if (indexed.errors.length) throw new Error(`Pagefind could not index the site: ${indexed.errors.join('; ')}`);
          const urls: string[] = [];
          for (const { pathname } of pages.filter((page) => SEARCHABLE_PATH.test(page.pathname))) {
            // Searched as bytes: the marker is ASCII, and decoding 10,000 pages only to look for it costs seconds.
            const content = await readFile(join(outDir, pathname, 'index.html')).catch(() => undefined);
            if (content?.includes('data-pagefind-body')) urls.push(`${base.replace(/\/$/, '')}/${pathname}`);
          }
          if (indexed.page_count !== urls.length) {
            throw new Error(
              `Pagefind indexed ${indexed.page_count} pages, but ${urls.length} pages are marked for search (data-pagefind-body)`,
            );
          }
          const session = contentSession();
          const published = session.result?.published;
          const story = [...session.entries.values()].find((entry) => entry.collection === 'story')?.data as StoryData | undefined;
          if (!published || !story) throw new Error('The content loader did not run before indexing.');
          const editions = editionsOf(story.language);
          // Every edition has a page for each event it translates; the default edition, for every event.
          const translated = new Set(
            [...session.entries.values()]
              .filter((entry) => entry.collection === 'eventTranslations' && entry.data)
              .map((entry) => entry.id),
          );
          const expected = editions.flatMap((edition) =>
            published
              .filter((id) => edition.isDefault || translated.has(`${edition.prefix}/${id}`))
              .map((id) => siteLinks(base, edition.prefix).event(id)),
          );
          const gaps = compareIndexedEvents(urls, expected, (url) => /\/events\/[^/]+\/$/.test(url));
          if (gaps.length) throw new Error(`The search index does not match the published events:\n${gaps.join('\n')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(
            `Indexed ${urls.length} pages for search in ${editions.length === 1 ? 'one language' : `${editions.length} languages`}, ${expected.length} of them events (one per published event, in each edition that has it).`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
