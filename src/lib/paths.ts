/** Site paths, built from the configured base ("/" or "/some/base/") and a language edition's prefix. */

/** The paths of one edition's pages. */
export type SiteLinks = {
  /** The edition's home page (the timeline). */
  home: string;
  /** Any other page of the edition, by its path without leading slash ("about/"). */
  page: (path?: string) => string;
  /** The page of one event. */
  event: (id: string) => string;
  /** An actor's page (its later pages for a long list: `actors/<id>/2/`). */
  actor: (id: string, page?: number) => string;
  /** A category's page (and its later pages). */
  category: (id: string, page?: number) => string;
  /** A page of the timeline: page 1 is the home page. */
  timeline: (page: number) => string;
};

/** The paths of an edition's pages: `prefix` is the edition's ("es"), undefined for the default edition. */
export function siteLinks(base: string, prefix?: string): SiteLinks {
  const home = `${base.endsWith('/') ? base : `${base}/`}${prefix ? `${prefix}/` : ''}`;
  const paged = (path: string, page = 1) => (page > 1 ? `${path}${page}/` : path);
  return {
    home,
    page: (path = '') => `${home}${path}`,
    event: (id) => `${home}events/${id}/`,
    actor: (id, page) => paged(`${home}actors/${id}/`, page),
    category: (id, page) => paged(`${home}categories/${id}/`, page),
    timeline: (page) => (page > 1 ? `${home}timeline/${page}/` : home),
  };
}

/** A path under the base that belongs to no edition ("pagefind/", "favicon.svg", "events.schema.json"). */
export const sitePath = (base: string, path = '') => `${base.endsWith('/') ? base : `${base}/`}${path}`;
