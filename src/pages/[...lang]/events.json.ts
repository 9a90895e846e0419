import type { APIRoute } from 'astro';
import { editionFor, everyEdition, exportContentOf, siteContent } from '../../data/site-content.ts';
import { buildEventsExport } from '../../lib/exports/events-json.ts';
import { publishedMedia } from '../../data/published-media.ts';

export const getStaticPaths = () => everyEdition(() => [{ params: {} }]);

/** `/events.json` (and `/es/events.json`): every published event, the story, actors, categories and phases. */
export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent(editionFor(params.lang), { asWritten: true });
  const media = new Map(await Promise.all(content.events.map(async (event) => [event.id, await publishedMedia(event.data)] as const)));
  const data = buildEventsExport({ ...exportContentOf(content), media });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
