import { actorPath, categoryPath, eventPath, sitePath } from './paths.ts';

/** Absolute addresses of the published site's pages, for feeds and exports read off-site. */
export type SiteUrls = {
  /** The home page (the timeline). */
  home: string;
  /** Any path under the base ("feed.xml", "og/<id>.png"). */
  page: (path: string) => string;
  event: (id: string) => string;
  actor: (id: string) => string;
  category: (id: string) => string;
};

/** The site's absolute addresses from the story settings' `site` and `base`. */
export function siteUrls(settings: { site: string; base: string }): SiteUrls {
  const absolute = (path: string) => new URL(path, settings.site).href;
  return {
    home: absolute(sitePath(settings.base)),
    page: (path) => absolute(sitePath(settings.base, path)),
    event: (id) => absolute(eventPath(settings.base, id)),
    actor: (id) => absolute(actorPath(settings.base, id)),
    category: (id) => absolute(categoryPath(settings.base, id)),
  };
}
