import type { APIRoute } from 'astro';
import { editionFor, everyEdition, siteContent } from '../../data/site-content.ts';
import { buildTimelineJs } from '../../lib/exports/timelinejs.ts';
import { withPublishedAddresses } from '../../data/published-media.ts';

export const getStaticPaths = () => everyEdition(() => [{ params: {} }]);

/** `/timelinejs.json` (and `/es/timelinejs.json`): the story for Knight Lab's TimelineJS3 (`new TL.Timeline(element, data)`). */
export const GET: APIRoute = async ({ params }) => {
  const { actors, categories, phases, story, t, edition, ...content } = await siteContent(editionFor(params.lang), { asWritten: true });
  // Photos beside an entry are given by the addresses of their published copies.
  const events = await Promise.all(content.events.map(withPublishedAddresses));
  const data = buildTimelineJs({
    story,
    language: edition.lang,
    prefix: edition.prefix,
    eventDate: t.eventDate,
    events,
    actors,
    categories,
    phases,
    eventUrl: content.eventUrl,
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
