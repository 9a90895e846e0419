import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../data/site-content.ts';
import { story } from '../data/story.ts';
import { feedItems } from '../lib/exports/feed.ts';
import { siteUrls } from '../lib/site-urls.ts';

/** `/feed.xml`: RSS 2.0 of every published event, newest first. */
export const GET: APIRoute = async () => {
  const { events, categoryById } = await siteContent();
  const urls = siteUrls(story);
  return rss({
    title: story.title,
    description: story.dek,
    site: urls.home,
    items: feedItems(events, {
      language: story.language,
      eventUrl: urls.event,
      categoryName: (id) => categoryById.get(id)?.data.name,
    }),
    customData: `<language>${story.language}</language>`,
  });
};
