import type { APIRoute } from 'astro';
import { editionFor, everyEdition, siteContent, type EventEntry } from '../../../data/site-content.ts';
import { drawsEventCards, eventOgCard, loadOgFonts, renderOgImage } from '../../../lib/exports/og-image.ts';

export const getStaticPaths = () =>
  everyEdition(async (edition) => {
    const { events, story } = await siteContent(edition);
    if (!drawsEventCards(story.socialCards, events.length)) return [];
    return events.map((event) => ({ params: { id: event.id }, props: { event } }));
  });

const fonts = loadOgFonts();

/** `/og/<id>.png`: an event's social card (category, date, headline) in the edition's language, drawn at build time. */
export const GET: APIRoute<{ event: EventEntry }> = async ({ props, params }) => {
  const { event } = props;
  const { categoryById, story, t } = await siteContent(editionFor(params.lang));
  const card = eventOgCard(event.data, {
    categoryName: categoryById.get(event.data.category)?.data.name ?? event.data.category,
    date: t.eventDate(event.data),
    storyTitle: story.title,
  });
  return new Response(await renderOgImage(card, fonts), { headers: { 'Content-Type': 'image/png' } });
};
