import type { APIRoute } from 'astro';
import { editionFor, everyEdition, exportContentOf, siteContent } from '../../data/site-content.ts';
import { buildTimelineJs } from '../../lib/exports/timelinejs.ts';
import { withPublishedAddresses } from '../../data/published-media.ts';

export const getStaticPaths = () => everyEdition(() => [{ params: {} }]);

/** `/timelinejs.json` (and `/es/timelinejs.json`): the story for Knight Lab's TimelineJS3 (`new TL.Timeline(element, data)`). */
export const GET: APIRoute = async ({ params }) => {
  const content = await siteContent(editionFor(params.lang), { asWritten: true });
  // Photos beside an entry are given by the addresses of their published copies.
  const events = await Promise.all(content.events.map(withPublishedAddresses));
  const data = buildTimelineJs({ ...exportContentOf(content), events });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
