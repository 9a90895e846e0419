import type { APIRoute } from 'astro';
import { story } from '../data/story.ts';
import { siteUrls } from '../lib/site-urls.ts';

/** `/robots.txt`: everything may be crawled; the sitemap lists the pages. */
export const GET: APIRoute = () => {
  const sitemap = siteUrls(story).asset('sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
