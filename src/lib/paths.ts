/** Site paths, built from the configured base ("/" or "/some/base/"). */
const join = (base: string, path: string) => `${base.endsWith('/') ? base : `${base}/`}${path}`;

/** The page of one event. */
export const eventPath = (base: string, id: string) => join(base, `events/${id}/`);
/** The page of one actor. */
export const actorPath = (base: string, id: string) => join(base, `actors/${id}/`);
/** The page of one category. */
export const categoryPath = (base: string, id: string) => join(base, `categories/${id}/`);
/** Any other page of the site, by its path without leading slash ("about/"). */
export const sitePath = (base: string, path = '') => join(base, path);
