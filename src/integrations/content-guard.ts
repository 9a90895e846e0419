import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/check-content.ts';
import { formatReport, summaryLine } from '../lib/check/report.ts';
import { checkOptionsFor, readContentFiles } from './read-content.ts';
import { readStorySettings } from './story-settings.ts';
import { EVENT_CARD_LIMIT, drawsEventCards } from '../lib/og-image.ts';

/** What the content check learnt, shared with the integrations that run after it. */
export type ContentState = {
  /** Ids of the events that will be published, once the check has run. */
  published?: string[];
};

/**
 * Fails the build (and the dev server) on any content error, with file, line, field and
 * expectation. Astro alone only warns on duplicate ids and broken references and drops the data.
 */
export function contentGuard(state: ContentState = {}): AstroIntegration {
  return {
    name: 'cronista:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const result = await checkContent(await readContentFiles(root), await checkOptionsFor(root, new Date()));
        if (result.errorCount > 0) {
          throw new Error(
            `Content check failed:\n\n${formatReport(result)}\n\nFix the entries above; run "npm run check" to re-check quickly.`,
          );
        }
        state.published = result.published;
        for (const problem of result.problems)
          logger.warn(`${problem.file}${problem.line ? `:${problem.line}` : ''}  ${problem.field}: ${problem.message}`);
        logger.info(summaryLine(result));
        const { socialCards } = readStorySettings(config.root);
        if (!drawsEventCards(socialCards, result.published.length)) {
          logger.info(
            socialCards === 'story'
              ? 'Social cards: the story card on every page (socialCards: story).'
              : `Social cards: ${result.published.length} events is more than ${EVENT_CARD_LIMIT}, so every page shares the story card; set socialCards: events in story.yaml to draw one per event.`,
          );
        }
        if (result.drafts.length > 0) logger.info(`Drafts left out on purpose (draft: true): ${result.drafts.join(', ')}`);
      },
    },
  };
}
