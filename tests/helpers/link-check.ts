import * as cheerio from 'cheerio';

/**
 * A link checker for a built static site, as pure functions over its file list and pages: no
 * file system, no network. The caller reads `dist/` and passes it in.
 */

/** A built site: every file path relative to `dist/` ('events/x/index.html'), and each HTML page's text. */
export type BuiltSite = { files: ReadonlySet<string>; pages: ReadonlyMap<string, string> };

/** One reference from a page to an address: a link, an anchor or an asset. `url` is undefined if the value is no address. */
export type Reference = { element: string; attribute: string; value: string; url?: URL };

/** A reference that does not resolve, and why. */
export type BrokenReference = { page: string; reference: string; problem: string };

/** Attributes that hold one address each, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[poster]', 'poster'],
  ['form[action]', 'action'],
  ['blockquote[cite]', 'cite'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Attributes that hold a list of candidate images ('a.png 1x, b.png 2x'). */
const SRCSET_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
];

/** The address a page file is served at: 'events/x/index.html' → '<site>events/x/', '404.html' → '<site>404.html'. */
export function pageUrl(file: string, site: URL): URL {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
}

/**
 * The file an address on the site is served from, as a static host does: '/x/' → 'x/index.html',
 * '/feed.xml' → 'feed.xml'. Undefined for addresses outside the site.
 */
export function fileFor(url: URL, site: URL): string | undefined {
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(site.pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every address a page refers to, resolved against the page's own address. */
export function references(html: string, base: URL): Reference[] {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').attr('href');
  const resolveFrom = baseHref ? new URL(baseHref, base) : base;
  const found: Reference[] = [];
  const add = (element: string, attribute: string, value: string) => {
    found.push({ element, attribute, value, url: URL.canParse(value, resolveFrom) ? new URL(value, resolveFrom) : undefined });
  };
  /** Each matching element's name and the attribute's value. */
  const values = (selector: string, attribute: string) =>
    $(selector)
      .toArray()
      .map((node) => ({ element: $(node).prop('tagName')!.toLowerCase(), value: $(node).attr(attribute)! }));
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const { element, value } of values(selector, attribute)) add(element, attribute, value.trim());
  }
  for (const [selector, attribute] of SRCSET_ATTRIBUTES) {
    for (const { element, value } of values(selector, attribute)) {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) add(element, attribute, url);
      }
    }
  }
  return found;
}

/** The fragment identifiers a page defines: every id, and the names of `<a name>`. */
export function anchors(html: string): Set<string> {
  const $ = cheerio.load(html);
  const ids = new Set<string>();
  $('[id]').each((_, node) => void ids.add($(node).attr('id')!));
  $('a[name]').each((_, node) => void ids.add($(node).attr('name')!));
  return ids;
}

/**
 * Every internal reference in the site that does not resolve: a page or asset that is not in the
 * build, or a `#fragment` with no matching id on its target page. Addresses on other hosts and
 * non-web schemes (mailto:, tel:) are not checked. `site` is where `dist/` is published.
 */
export function brokenReferences(site: BuiltSite, siteUrl: URL): BrokenReference[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchors(site.pages.get(file) ?? ''));
    return anchorCache.get(file)!;
  };
  const broken: BrokenReference[] = [];
  for (const [page, html] of site.pages) {
    const here = pageUrl(page, siteUrl);
    for (const reference of references(html, here)) {
      const report = (problem: string) =>
        broken.push({ page, reference: `<${reference.element} ${reference.attribute}="${reference.value}">`, problem });
      if (!reference.url) {
        report('not a valid address');
        continue;
      }
      if (!['http:', 'https:'].includes(reference.url.protocol) || reference.url.origin !== siteUrl.origin) continue;
      const file = fileFor(reference.url, siteUrl);
      if (file === undefined) {
        report(`outside the site (${siteUrl.href})`);
        continue;
      }
      if (!site.files.has(file)) {
        report(`no file ${file}`);
        continue;
      }
      const fragment = decodeURIComponent(reference.url.hash.slice(1));
      // '#' and '#top' are the top of the page (HTML's "indicated part of the document").
      if (fragment && fragment.toLowerCase() !== 'top' && file.endsWith('.html') && !anchorsOf(file).has(fragment)) {
        report(`no id "${fragment}" on ${file}`);
      }
    }
  }
  return broken;
}
