/**
 * Tells every page which language edition it belongs to (from its path: `/es/…` is Spanish) and
 * gives it the interface's words in that language, as `Astro.locals.edition` and `Astro.locals.t`.
 */
import { defineMiddleware } from 'astro:middleware';
import { story } from 'virtual:cronista/story';
import { editionOfPath, editionsOf } from '../lib/i18n/editions.ts';
import { translatorFor } from '../lib/i18n/ui.ts';
import { siteLinks } from '../lib/paths.ts';

const editions = editionsOf(story.language);

export const onRequest = defineMiddleware((context, next) => {
  const edition = editionOfPath(editions, import.meta.env.BASE_URL, context.url.pathname);
  context.locals.editions = editions;
  context.locals.edition = edition;
  context.locals.t = translatorFor(edition.lang);
  context.locals.links = siteLinks(import.meta.env.BASE_URL, edition.prefix);
  return next();
});
