import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent, type EventEntry } from '../../data/site-content.ts';
import { story } from '../../data/story.ts';
import { drawsEventCards, eventOgCard, loadOgFonts, renderOgImage } from '../../lib/exports/og-image.ts';

export const getStaticPaths = (async () => {
  const { events } = await siteContent();
  if (!drawsEventCards(story.socialCards, events.length)) return [];
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

const fonts = loadOgFonts();

/** `/og/<id>.png`: an event's social card (category, date, headline), drawn at build time. */
export const GET: APIRoute<{ event: EventEntry }> = async ({ props }) => {
  const { event } = props;
  const { categoryById } = await siteContent();
  const card = eventOgCard(event.data, {
    categoryName: categoryById.get(event.data.category)?.data.name ?? event.data.category,
    language: story.language,
    storyTitle: story.title,
  });
  return new Response(await renderOgImage(card, fonts), { headers: { 'Content-Type': 'image/png' } });
};
