import { siteLinks, type SiteLinks } from './paths.ts';

/** Absolute addresses of the published site's pages, for feeds and exports read off-site. */
export type SiteUrls = { [K in keyof SiteLinks]: SiteLinks[K] } & {
  /** Any address under the base that belongs to no edition ("events.schema.json", "og/story.png"). */
  asset: (path: string) => string;
};

/** The absolute addresses of an edition's pages, from the story settings' `site` and `base`. */
export function siteUrls(settings: { site: string; base: string }, prefix?: string): SiteUrls {
  const links = siteLinks(settings.base, prefix);
  const absolute = (path: string) => new URL(path, settings.site).href;
  return {
    home: absolute(links.home),
    page: (path) => absolute(links.page(path)),
    event: (id) => absolute(links.event(id)),
    actor: (id, page) => absolute(links.actor(id, page)),
    category: (id, page) => absolute(links.category(id, page)),
    timeline: (page) => absolute(links.timeline(page)),
    asset: (path) => absolute(siteLinks(settings.base).page(path)),
  };
}
