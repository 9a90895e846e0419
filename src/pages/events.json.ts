import type { APIRoute } from 'astro';
import { siteContent } from '../data/site-content.ts';
import { story } from '../data/story.ts';
import { buildEventsExport } from '../lib/exports/events-json.ts';

/** `/events.json`: every published event, the story settings, actors, categories and phases. */
export const GET: APIRoute = async () => {
  const { events, actors, categories, phases } = await siteContent();
  const data = buildEventsExport({ story, events, actors, categories, phases });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
