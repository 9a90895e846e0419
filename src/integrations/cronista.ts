/**
 * Cronista's own integration: reads the story settings once, configures Astro from them (address,
 * base path, Content-Security-Policy), hands them to the pages as `virtual:cronista/story`, and
 * in dev shows content problems in place of the site.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkEntryFile } from '../lib/check/entry.ts';
import { CONTENT_DIR, MDX_COMPONENT_DIR, STORY_FILE, storyTranslationFile } from '../lib/content/files.ts';
import { editionsOf } from '../lib/i18n/editions.ts';
import type { StoryTranslation } from '../schemas/translation.ts';
import { contentSession } from '../lib/content/session.ts';
import { storySchema, type StoryData } from '../schemas/taxonomy.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

const VIRTUAL_STORY = 'virtual:cronista/story';

/** Settings that let a broken story file still load the config, so its problems can be reported. */
const FALLBACK_STORY: StoryData = {
  title: 'Untitled story',
  dek: 'The story settings could not be read.',
  introduction: 'The story settings could not be read.',
  language: ['en-GB'],
  site: 'https://example.org',
  base: '/',
  branch: 'main',
  publisher: 'Unknown publisher',
  authors: [],
  socialCards: 'auto',
  imageHosts: [],
};

const checkContext = () => ({
  now: new Date(),
  ci: process.env.CI === 'true',
  contentDir: CONTENT_DIR,
  componentDir: MDX_COMPONENT_DIR,
  componentFiles: [],
});

/** Reads and checks `src/content/story.yaml`, recording its problems with the content's. */
export async function readStory(root: string): Promise<StoryData> {
  const text = await readFile(join(root, STORY_FILE), 'utf8').catch(() => undefined);
  const session = contentSession();
  if (text === undefined) {
    session.outside.set(STORY_FILE, [
      {
        file: STORY_FILE,
        field: 'file',
        message: 'is missing (expected the story settings: title, dek, introduction, site, publisher)',
        severity: 'error',
      },
    ]);
    return FALLBACK_STORY;
  }
  session.texts.set(STORY_FILE, text);
  const checked = await checkEntryFile('story', { path: STORY_FILE, text }, checkContext());
  // The story takes part in the checks across files (its languages decide which translation folders are read).
  session.entries.set(STORY_FILE, checked);
  return (checked.data as StoryData | undefined) ?? FALLBACK_STORY;
}

/**
 * Reads the story's own text in each other language (`src/content/<prefix>/story.yaml`); a
 * language without one shows the default language's text.
 */
export async function readStoryTranslations(root: string, story: StoryData): Promise<Record<string, StoryTranslation>> {
  const session = contentSession();
  const translations: Record<string, StoryTranslation> = {};
  for (const edition of editionsOf(story.language)) {
    if (!edition.prefix) continue;
    const path = storyTranslationFile(edition.prefix);
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    session.texts.set(path, text);
    const checked = await checkEntryFile('storyTranslations', { path, text }, checkContext());
    session.entries.set(path, checked);
    if (checked.data) translations[edition.lang] = checked.data as StoryTranslation;
  }
  return translations;
}

/**
 * The published address can come from the deployment instead of story.yaml: `CRONISTA_SITE`
 * ("https://newsroom.github.io") and `CRONISTA_BASE` ("/timeline/"), as the GitHub Pages workflow
 * sets them from the Pages address. They are checked like the story's own fields.
 */
export function withAddressFromEnvironment(story: StoryData, env: NodeJS.ProcessEnv = process.env): StoryData {
  const overrides: Partial<StoryData> = {};
  if (env.CRONISTA_SITE) overrides.site = env.CRONISTA_SITE.replace(/\/+$/, '');
  if (env.CRONISTA_BASE) overrides.base = `/${env.CRONISTA_BASE.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (!overrides.site && !overrides.base) return story;
  const checked = storySchema.safeParse({ ...story, ...overrides });
  if (!checked.success) {
    throw new Error(
      `CRONISTA_SITE or CRONISTA_BASE is not usable: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return checked.data;
}

/**
 * Rolldown's log, less one warning Astro causes and nothing can act on.
 * N.B. Astro marks the module that carries an MDX entry's styles with a `"use astro:head-inject"`
 * directive, reads it before bundling, and leaves it in; Rolldown then warns, for every MDX entry,
 * that a module-level directive "may not be preserved" (withastro/astro#18087). Only that warning
 * is dropped: every other one, and every other directive, is still reported.
 */
export function quietHeadInjectDirective(
  level: string,
  log: { code?: string; message: string },
  handler: (level: never, log: never) => void,
): void {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level as never, log as never);
}

/** The integration; list it first in `astro.config.mjs`. */
export function cronista(): AstroIntegration {
  return {
    name: 'cronista',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, addWatchFile, addMiddleware }) => {
        const root = fileURLToPath(config.root);
        const story = withAddressFromEnvironment(await readStory(root));
        const storyTranslations = await readStoryTranslations(root, story);
        // Editing the story settings restarts the dev server, which reads them again.
        addWatchFile(new URL(STORY_FILE, config.root));
        for (const edition of editionsOf(story.language))
          if (edition.prefix) addWatchFile(new URL(storyTranslationFile(edition.prefix), config.root));
        updateConfig({
          site: story.site,
          base: story.base,
          security: { csp: contentSecurityPolicy() },
          // Photos from the hosts the story allows are downloaded and resized at build time.
          image: { domains: [...story.imageHosts] },
          vite: {
            build: { rolldownOptions: { onLog: quietHeadInjectDirective } },
            plugins: [
              {
                name: 'cronista:story',
                resolveId: (id: string) => (id === VIRTUAL_STORY ? `\0${VIRTUAL_STORY}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL_STORY}`
                    ? `export const story = ${JSON.stringify(story)};\nexport const storyTranslations = ${JSON.stringify(storyTranslations)};`
                    : undefined,
              },
            ],
          },
        });
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./dev-problems.ts', import.meta.url), order: 'pre' });
        addMiddleware({ entrypoint: new URL('./edition-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
