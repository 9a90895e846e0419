import type { APIRoute } from 'astro';
import { editionFor, everyEdition, siteContent } from '../../../data/site-content.ts';
import { loadOgFonts, renderOgImage, storyOgCard } from '../../../lib/exports/og-image.ts';

export const getStaticPaths = () => everyEdition(() => [{ params: {} }]);

/** `/og/story.png`: the story's own card, for pages other than events. */
export const GET: APIRoute = async ({ params }) => {
  const { story } = await siteContent(editionFor(params.lang));
  return new Response(await renderOgImage(storyOgCard(story), loadOgFonts()), { headers: { 'Content-Type': 'image/png' } });
};
