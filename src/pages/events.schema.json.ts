import type { APIRoute } from 'astro';
import { story } from '../data/story.ts';
import { eventsJsonSchema } from '../lib/exports/events-schema.ts';
import { siteUrls } from '../lib/site-urls.ts';

/** `/events.schema.json`: the JSON Schema (draft 2020-12) `/events.json` follows. */
export const GET: APIRoute = () => {
  const schema = eventsJsonSchema(siteUrls(story).asset('events.schema.json'));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
