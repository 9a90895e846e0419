import type { APIRoute } from 'astro';
import { siteContent } from '../data/site-content.ts';
import { story } from '../data/story.ts';
import { buildTimelineJs } from '../lib/exports/timelinejs.ts';

/** `/timelinejs.json`: the story for Knight Lab's TimelineJS3 (`new TL.Timeline(element, data)`). */
export const GET: APIRoute = async () => {
  const { events, actors, categories, phases } = await siteContent();
  const data = buildTimelineJs({ story, events, actors, categories, phases });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
