/**
 * A TimelineJS slide's media and location as Cronista `media` items and `location`, kept pure.
 * Every TimelineJS3 media type has a place (the table is in docs/import-timelinejs.md); what cannot
 * be kept is said in a note with its address, caption and credit, so nothing is lost unseen.
 */
import type { z } from 'astro/zod';
import * as cheerio from 'cheerio';
import { locationSchema, mediaItemSchema } from '../../schemas/media.ts';
import { recogniseMedia, type MediaKind } from '../../schemas/media-kind.ts';
import { parseCalendarDate } from '../../schemas/calendar-date.ts';
import {
  collapse,
  escapeMarkdownText,
  isWebAddress,
  readSlideHtml,
  type HtmlLink,
  type HtmlMedium,
  type ReadHtml,
} from '../timelinejs/html.ts';
import { timelineJsMediaType } from '../timelinejs/media-type.ts';
import type { TimelineJsLocation, TimelineJsMedia } from '../timelinejs/format.ts';
import { fitText, shorten } from './fit-text.ts';

/** A media item as the importer writes it (the schema's input). */
export type MediaItemInput = z.input<typeof mediaItemSchema>;
/** A location as the importer writes it. */
export type LocationInput = z.input<typeof locationSchema>;

/** Where a link of the media came from; none of them is the slide's own text. */
export type MediaLinkOrigin = 'caption' | 'credit' | 'media link' | 'quotation';

/** What a slide's media and location become. */
export type SlideMedia = {
  items: MediaItemInput[];
  location?: LocationInput;
  /** Links in the caption, credit, `media.link` or a quotation: sources, but not the slide's own. */
  links: { link: HtmlLink; origin: MediaLinkOrigin }[];
  /** Media that is HTML (a quotation): Markdown and plain paragraphs for the body, with its credit and caption. */
  quote?: { markdown: string; paragraphs: string[] };
  notes: string[];
};

/** What the slide's media needs from the command line. */
export type MediaOptions = {
  /** The address the timeline's own page was published at, for media written as paths ("/static/img/x.jpg"). */
  mediaBase?: string;
};

/** The zoom Cronista draws a place at: 1 (the world) to 10 (a city), close to a web map's own levels. */
const ZOOM = { min: 1, max: 10 } as const;

/** Kinds Cronista shows as a link card where TimelineJS had a player or a picture of its own. */
const CARD_KINDS: ReadonlySet<MediaKind> = new Set(['link']);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "January 1, 2018" (how an embedded post dates itself) as a calendar date, if it reads as one. */
function englishDate(text: string): string | undefined {
  const match = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) return undefined;
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
  return 'error' in parseCalendarDate(iso) ? undefined : iso;
}

/** A number from a number or from text; undefined if it is neither. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

/** A place on a Google Maps address: coordinates ("@lat,lon,15z", or `ll`/`sll`/`center`), zoom and place name. */
export function readMapAddress(address: string): { lat?: number; lon?: number; zoom?: number; name?: string } {
  const url = new URL(address);
  const recognised = recogniseMedia(address);
  const query = (url.searchParams.get('ll') ?? url.searchParams.get('sll') ?? url.searchParams.get('center'))?.split(',').map(Number);
  const [lat, lon] =
    recognised.lat !== undefined
      ? [recognised.lat, recognised.lon]
      : query && query.length === 2 && query.every(Number.isFinite)
        ? query
        : [];
  const zoomText = /@-?[\d.]+,-?[\d.]+,(\d+(?:\.\d+)?)z/.exec(url.pathname)?.[1] ?? url.searchParams.get('z') ?? undefined;
  const place = /\/maps\/place\/([^/]+)\//.exec(url.pathname)?.[1];
  return {
    ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    ...(zoomText !== undefined && numberOf(zoomText) !== undefined ? { zoom: numberOf(zoomText) } : {}),
    ...(place ? { name: collapse(decodeURIComponent(place.replaceAll('+', ' '))) } : {}),
  };
}

/** What a medium said, for a note about it: its address, caption and credit. */
function described(url: string, caption: string, credit: string): string {
  const parts = [url ? shorten(url, 120) : '', caption ? `caption "${caption}"` : '', credit ? `credit "${credit}"` : ''].filter(Boolean);
  return parts.join('; ');
}

/** The issues of a schema check, as one sentence. */
const issuesOf = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.') || 'item'} ${issue.message}`).join('; ');

/**
 * A media address as Cronista can keep it: https, absolute. `//host/…` is read as https, http is
 * raised to https (noted), a path is resolved against `--media-base` or not kept.
 */
function absoluteAddress(written: string, options: MediaOptions, notes: string[], about: string): string | undefined {
  let address = written.trim();
  if (address.startsWith('//')) address = `https:${address}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(address)) {
    if (!options.mediaBase) {
      notes.push(
        `media ${address} is a path on the site the timeline was published on: not kept (${about}); give --media-base with that site's address to keep it`,
      );
      return undefined;
    }
    address = new URL(address, options.mediaBase).href;
    notes.push(`media ${written.trim()} read as ${address} (--media-base); check it loads`);
  }
  if (!isWebAddress(address)) {
    notes.push(`media ${shorten(written.trim(), 80)} is not a web address: not kept (${about})`);
    return undefined;
  }
  if (address.startsWith('http://')) {
    address = `https://${address.slice('http://'.length)}`;
    notes.push(`media ${written.trim()} raised to https (Cronista shows only secure media); check it loads`);
  }
  // Old Twitter addresses ("twitter.com/#!/name/status/1") name the same post without "#!".
  return address.replace(/^(https:\/\/(?:www\.)?(?:twitter|x)\.com)\/#!\//, '$1/');
}

/** An embedded post (`<blockquote class="twitter-tweet">`): its address, text, author and date. */
function readEmbeddedPost(html: string): { url: string; text: string; author?: string; date?: string } | undefined {
  const $ = cheerio.load(`<body>${html}</body>`);
  const quote = $('blockquote').first();
  const status = quote
    .find('a[href]')
    .toArray()
    .filter((link) => /(twitter|x)\.com\/[^/]+\/status\/\d+/.test(link.attribs.href ?? ''))
    .at(-1);
  if (!status) return undefined;
  const url = new URL(status.attribs.href!.replace(/^\/\//, 'https://'));
  url.search = '';
  const text = collapse(quote.find('p').first().text());
  const byline = collapse(quote.clone().children('p').remove().end().text()).replace(collapse($(status).text()), '');
  const author = /[—–-]\s*(.+?)\s*$/.exec(byline)?.[1];
  const date = englishDate($(status).text());
  return { url: url.href.replace(/^http:/, 'https:'), text, ...(author ? { author } : {}), ...(date ? { date } : {}) };
}

/** Locations: a slide's `location`, or the place of a map among its media. */
function readLocation(written: TimelineJsLocation | null | undefined, map: ReturnType<typeof readMapAddress> | undefined, notes: string[]) {
  const lat = numberOf(written?.lat) ?? (written ? undefined : map?.lat);
  const lon = numberOf(written?.lon) ?? (written ? undefined : map?.lon);
  const from = written ? 'location' : 'the map';
  if (written && (lat === undefined || lon === undefined)) {
    notes.push(`location without a latitude and longitude (${JSON.stringify(written)}): not kept`);
    return undefined;
  }
  if (lat === undefined || lon === undefined) return undefined;
  let name = collapse(written?.name ?? '') || (written ? '' : (map?.name ?? ''));
  if (!name) {
    name = `${lat}, ${lon}`;
    notes.push(`${from} has no place name: named "${name}"; write the place's name`);
  }
  const zoomWritten = numberOf(written ? written.zoom : map?.zoom);
  const zoom = zoomWritten === undefined ? undefined : Math.min(ZOOM.max, Math.max(ZOOM.min, Math.round(zoomWritten)));
  if (zoomWritten !== undefined && zoom !== zoomWritten)
    notes.push(`${from}'s zoom ${zoomWritten} written as ${zoom} (Cronista draws 1, the world, to 10, a city)`);
  const location = { name: fitText(name, 'the place name', notes, 120), lat, lon, ...(zoom !== undefined ? { zoom } : {}) };
  const checked = locationSchema.safeParse(location);
  if (!checked.success) {
    notes.push(`${from} (${name}: ${lat}, ${lon}) not kept: ${issuesOf(checked.error)}`);
    return undefined;
  }
  return location;
}

/** Cronista's own media list, exported with each field beside its link, read back as it was written. */
function readCronistaMedia(list: readonly HtmlMedium[], notes: string[]): MediaItemInput[] {
  return list.flatMap(({ url, fields }) => {
    const item = { url, ...fields };
    const checked = mediaItemSchema.safeParse(item);
    if (checked.success) return [item];
    notes.push(`media ${url} not kept: ${issuesOf(checked.error)}`);
    return [];
  });
}

/**
 * A slide's media and location, as Cronista media items and a location. `cronista` is the media list
 * Cronista exported in the slide's text, when there is one: it then holds the media, and the slide's
 * own `media` only repeats one of them (or is the event's lead picture).
 */
export function readSlideMedia(
  media: TimelineJsMedia | null | undefined,
  location: TimelineJsLocation | null | undefined,
  options: MediaOptions,
  cronista?: readonly HtmlMedium[],
): SlideMedia {
  const notes: string[] = [];
  const links: SlideMedia['links'] = [];
  const items: MediaItemInput[] = [];
  const caption = readSlideHtml(media?.caption);
  const credit = readSlideHtml(media?.credit);
  notes.push(...caption.removed, ...credit.removed);
  links.push(
    ...caption.links.map((link) => ({ link, origin: 'caption' as const })),
    ...credit.links.map((link) => ({ link, origin: 'credit' as const })),
  );
  const captionText = caption.paragraphs.join(' ');
  const creditText = credit.paragraphs.join(' ');
  const written = media?.url?.trim() ?? '';
  const about = described('', captionText, creditText) || 'no caption or credit';
  const mediaLink = media?.link?.trim() ?? '';
  if (isWebAddress(mediaLink))
    links.push({
      link: { href: mediaLink, text: collapse(media?.title ?? ''), standalone: false, cronista: false, untitled: false },
      origin: 'media link',
    });
  else if (mediaLink) notes.push(`media link ${mediaLink} is not a web address: not kept`);

  if (cronista) {
    items.push(...readCronistaMedia(cronista, notes));
    return { items, links: [], notes, ...withLocation(location, undefined, notes) };
  }

  if (written === '') {
    if (captionText || creditText) notes.push(`a caption or credit without media is not kept: ${about}`);
    return { items, links, notes, ...withLocation(location, undefined, notes) };
  }

  const type = timelineJsMediaType(written);
  let address: string | undefined;
  let post: ReturnType<typeof readEmbeddedPost> = undefined;
  if (/^\s*</.test(written)) {
    // HTML: an embedded post, a frame (its address is kept), or text such as a quotation.
    post = type.type === 'twitterembed' ? readEmbeddedPost(written) : undefined;
    const frame = cheerio.load(`<body>${written}</body>`)('iframe[src]').first().attr('src');
    if (post) {
      address = post.url;
      notes.push(`the embedded post is kept as a post (${post.url}), its text as published; the embed's script is not kept`);
    } else if (frame) {
      notes.push(`the media is an <iframe> embed: its address is kept as a link (Cronista embeds no frames)`);
      address = absoluteAddress(frame, options, notes, about);
    } else {
      return {
        items,
        links: [...links, ...quoteLinks(written)],
        notes,
        quote: quotation(written, captionText, creditText, notes),
        ...withLocation(location, undefined, notes),
      };
    }
  } else {
    address = absoluteAddress(written, options, notes, about);
  }
  if (!address) return { items, links, notes, ...withLocation(location, undefined, notes) };

  const recognised = recogniseMedia(address);
  const map = recognised.kind === 'map' ? readMapAddress(address) : undefined;
  const item: MediaItemInput = { url: address };
  // N.B. TimelineJS sets `alt` and `title` as properties (img.alt, img.title): they are plain text, not HTML.
  const title = collapse(media?.title ?? '');
  if (title) item.title = fitText(title, 'the media title', notes, 200);
  if (captionText) item.caption = fitText(captionText, 'the caption', notes, 400);
  if (creditText) item.credit = fitText(creditText, 'the credit', notes, 200);
  if (post) {
    item.text = fitText(post.text, 'the post text', notes, 1000);
    if (post.author) item.author = post.author;
    if (post.date) item.date = post.date;
  }
  const alt = collapse(media?.alt ?? '');
  if (alt) item.alt = alt;
  else if (recognised.kind === 'image' && captionText) {
    item.alt = captionText;
    notes.push(`the image's alt text is its caption: check that it says what the image shows`);
  }
  if (CARD_KINDS.has(recognised.kind)) {
    notes.push(
      type.type === 'imageblank' || type.type === 'image'
        ? `media ${shorten(address, 80)}: TimelineJS shows it as an image; Cronista shows a link card (the address is not an image file)`
        : `media ${shorten(address, 80)}: TimelineJS shows it with its ${type.name} player; Cronista shows a link card`,
    );
  }
  const checked = mediaItemSchema.safeParse(item);
  if (checked.success) items.push(item);
  else if (recognised.kind === 'image' && !item.alt)
    notes.push(
      `the image is not kept: it has no alt text or caption to say what it shows (${described(address, captionText, creditText)}); describe it in alt and add it to media`,
    );
  else notes.push(`media not kept: ${issuesOf(checked.error)} (${described(address, captionText, creditText)})`);
  return { items, links, notes, ...withLocation(location, map, notes) };
}

/** The location of a slide, as a spreadable part of the result. */
function withLocation(written: TimelineJsLocation | null | undefined, map: ReturnType<typeof readMapAddress> | undefined, notes: string[]) {
  const location = readLocation(written, map, notes);
  return location ? { location } : {};
}

/** Links inside a quotation used as media. */
function quoteLinks(html: string): SlideMedia['links'] {
  return readSlideHtml(html).links.map((link) => ({ link, origin: 'quotation' as const }));
}

/** Media that is HTML (a quotation) as body text: the quotation, its credit as its attribution, its caption after. */
function quotation(html: string, caption: string, credit: string, notes: string[]): { markdown: string; paragraphs: string[] } | undefined {
  const quote: ReadHtml = readSlideHtml(html);
  notes.push(...quote.removed, ...quote.rewritten);
  if (!quote.markdown) {
    notes.push(`the media was HTML with no text: not kept (${described('', caption, credit) || 'no caption or credit'})`);
    return undefined;
  }
  const quoted = quote.markdown.startsWith('>');
  const attribution = credit ? (quoted ? `\n>\n> — ${escapeMarkdownText(credit)}` : `\n\n— ${escapeMarkdownText(credit)}`) : '';
  const markdown = `${quote.markdown}${attribution}${caption ? `\n\n${escapeMarkdownText(caption)}` : ''}`;
  notes.push(
    `the media was HTML (a quotation): added at the end of the text${credit ? `, credited "${credit}"` : ''}${caption ? `, with its caption "${caption}"` : ''}`,
  );
  return { markdown, paragraphs: [...quote.paragraphs, ...(credit ? [`— ${credit}`] : []), ...(caption ? [caption] : [])] };
}
