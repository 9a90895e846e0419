import type { APIRoute } from 'astro';
import { story } from '../../data/story.ts';
import { loadOgFonts, renderOgImage, storyOgCard } from '../../lib/exports/og-image.ts';

/** `/og/story.png`: the story's social card, for the home page and every page that is not an event. */
export const GET: APIRoute = async () =>
  new Response(await renderOgImage(storyOgCard(story), loadOgFonts()), { headers: { 'Content-Type': 'image/png' } });
