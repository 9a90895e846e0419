import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { editionFor, everyEdition, siteContent } from '../../data/site-content.ts';
import { FEED_NAMESPACES, MEDIA_RSS_NAMESPACE, feedChannelData, feedItems } from '../../lib/exports/feed.ts';
import { publishedMedia } from '../../data/published-media.ts';
import { siteUrls } from '../../lib/site-urls.ts';

export const getStaticPaths = () => everyEdition(() => [{ params: {} }]);

/** `/feed.xml` (and `/es/feed.xml`): RSS 2.0 of every published event, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const { events, categoryById, story, t, edition, eventUrl } = await siteContent(editionFor(params.lang), { asWritten: true });
  const urls = siteUrls(story, edition.prefix);
  const images = new Map(await Promise.all(events.map(async (event) => [event.id, (await publishedMedia(event.data)).image] as const)));
  return rss({
    title: story.title,
    description: story.dek,
    site: urls.home,
    xmlns: { media: MEDIA_RSS_NAMESPACE, ...FEED_NAMESPACES },
    items: feedItems(events, {
      eventDate: t.eventDate,
      eventUrl,
      categoryName: (id) => categoryById.get(id)?.data.name,
      leadImage: (id) => images.get(id),
    }),
    customData: feedChannelData(events, { lang: edition.lang, feedUrl: urls.page('feed.xml') }),
  });
};
