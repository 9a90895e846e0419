import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One kind of page of the built site, at one address. */
export type PageType = { name: string; path: string };

/** A normal Markdown event, a key moment in the middle of the timeline (it has both neighbours). */
export const EVENT_PAGE = '/events/2019-02-02-air-force-general-yanez-recognises-guaido/';
/** The demo's MDX event, with a component in its body. */
export const MDX_EVENT_PAGE = '/events/2019-01-27-labour-figures-sign-letter-against-regime-change/';
/** An event with a locator map (Cúcuta), drawn as inline SVG at build time. */
export const MAP_EVENT_PAGE = '/events/2019-02-07-first-us-aid-reaches-cucuta/';
/** An address with no page: the static server answers with 404.html. */
export const MISSING_PAGE = '/no-such-page/';

/**
 * Every page type of the built demo. Optional routes are included when the build has them, so a
 * page type that lands later is checked without anyone editing the tests.
 */
export function pageTypes(dist: string): PageType[] {
  const types: PageType[] = [
    { name: 'timeline', path: '/' },
    { name: 'event', path: EVENT_PAGE },
    { name: 'MDX event', path: MDX_EVENT_PAGE },
    { name: 'event with a map', path: MAP_EVENT_PAGE },
    { name: 'actor index', path: '/actors/' },
    { name: 'actor', path: '/actors/juan-guaido/' },
    { name: 'category index', path: '/categories/' },
    { name: 'category', path: '/categories/recognition/' },
    { name: 'search', path: '/search/' },
    { name: 'about', path: '/about/' },
    { name: 'not found', path: MISSING_PAGE },
  ];
  if (existsSync(join(dist, 'embed', 'index.html'))) types.push({ name: 'embed', path: '/embed/' });
  return types;
}
