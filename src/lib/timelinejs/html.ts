import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import TurndownService from 'turndown';
import { isSafeUrl } from '../check/html-policy.ts';
import { CRONISTA_ATTRIBUTES as DATA } from './format.ts';

/**
 * Reading the HTML of TimelineJS slides: made safe, split into what Cronista keeps (Markdown
 * body, first paragraph, links, Cronista's own media list) and what it reports (everything removed
 * or rewritten).
 */

/**
 * Elements removed with their content: what runs code, loads other documents or restyles the
 * page, and what is not text (noscript, svg, math). The rest is kept as text.
 */
const REMOVED_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'template',
  'noscript',
  'svg',
  'math',
];

/** One link found in the HTML. */
export type HtmlLink = {
  href: string;
  /** The link's visible text, white space collapsed (a written address is read as its host). */
  text: string;
  /**
   * Whether the link stands apart from running prose: alone in its paragraph, or set off by
   * punctuation ("<a>Headline</a>/Publisher"), rather than words inside a sentence.
   */
  standalone: boolean;
  /** Whether it is in the source list Cronista exports, where the link text is the headline. */
  cronista: boolean;
  /** `data-untitled` on a Cronista source: the headline was not seen. */
  untitled: boolean;
  /** `data-publisher`, `data-published`, `data-archived` when Cronista wrote them. */
  publisher?: string;
  published?: string;
  archived?: string;
  /** `data-state-media` and `data-state-tie` when Cronista wrote them. */
  stateMedia?: { country: string; tie?: string };
};

/** One medium of Cronista's own media list: its address and the fields written beside it, as written. */
export type HtmlMedium = {
  url: string;
  fields: Partial<Record<'alt' | 'caption' | 'credit' | 'title' | 'duration' | 'author' | 'date' | 'text', string>>;
};

/** Slide HTML, made safe and taken apart. */
export type ReadHtml = {
  /** The text as Markdown, without Cronista's generated blocks. */
  markdown: string;
  /** The text's paragraphs as plain text, without Cronista's generated blocks. */
  paragraphs: string[];
  /** Every http(s) link, the source list Cronista exports included, in document order. */
  links: HtmlLink[];
  /** Cronista's media list (`data-cronista="media"`), if the HTML has one. */
  media?: HtmlMedium[];
  /** The category id Cronista wrote on its "entry" block, if any. */
  categoryId?: string;
  /** Whether Cronista marked the slide's media as the event's lead picture. */
  leadPicture: boolean;
  /** What was removed to make the HTML safe, one sentence each. */
  removed: string[];
  /** Addresses written as text, now links shown by their host, one sentence each. */
  rewritten: string[];
};

/** White space collapsed, ends trimmed. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether an address is an absolute http(s) address with a host name. */
export function isWebAddress(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Whether text is an address written out ("https://…", "//host/…", "www.host…", "host.org/path"). */
export function looksLikeAddress(text: string): boolean {
  const value = text.trim();
  return isWebAddress(value) || /^(\/\/|www\.)\S+$/i.test(value) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(value);
}

/** How a reader knows a site: its host without "www." ("nytimes.com"). */
export const hostOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

/**
 * Addresses in running text, as TimelineJS's `linkify` finds them (with `autolink`, its default):
 * http(s) addresses and "www." ones, without the punctuation that ends a sentence.
 */
const ADDRESS_IN_TEXT = /\bhttps?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]]|(?<![/\w.])www\.[^\s<>"']*[^\s<>"'.,;:!?)\]]/gi;

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
const escapeMarkdown = turndown.escape.bind(turndown);
// N.B. Turndown leaves "<" alone, so text that read "&lt;script&gt;" would become a real tag in Markdown.
turndown.escape = (text: string) => escapeMarkdown(text).replaceAll('<', '\\<');

/** Plain text made safe to write into Markdown as it reads (no emphasis, links or tags made of it). */
export const escapeMarkdownText = (text: string) => turndown.escape(text);

/** Plain text of an HTML fragment (a headline or a caption). */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  const $ = cheerio.load(`<body>${html}</body>`);
  // N.B. A line break separates words as a space does; text() alone would run them together.
  $('br').replaceWith(' ');
  return collapse($('body').text());
}

/**
 * What TimelineJS shows for a plain-text field (`group`, `display_date`): it takes the text out of
 * the markup (decoding entities), then writes that text as HTML. Reading it twice gives what a reader sees.
 */
export const readTimelineJsLabel = (value: string | null | undefined) => htmlToText(htmlToText(value));

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Turns addresses written in text nodes (outside links) into links, as TimelineJS's autolink does. */
function linkAddressesInText($: cheerio.CheerioAPI, body: cheerio.Cheerio<Element>): string[] {
  const found: string[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      const text = node.data;
      if (!ADDRESS_IN_TEXT.test(text)) return;
      ADDRESS_IN_TEXT.lastIndex = 0;
      let html = '';
      let at = 0;
      for (const match of text.matchAll(ADDRESS_IN_TEXT)) {
        const href = /^www\./i.test(match[0]) ? `http://${match[0]}` : match[0];
        html += escapeText(text.slice(at, match.index));
        html += isWebAddress(href)
          ? `<a href="${escapeText(href).replaceAll('"', '&quot;')}">${escapeText(match[0])}</a>`
          : escapeText(match[0]);
        if (isWebAddress(href)) found.push(match[0]);
        at = match.index + match[0].length;
      }
      $(node).replaceWith(html + escapeText(text.slice(at)));
    } else if (node.type === 'tag' && node.tagName !== 'a') {
      for (const child of [...node.children]) visit(child);
    }
  };
  for (const child of [...body[0]!.children]) visit(child);
  return found;
}

/** The nearest block around an element, for telling a link inside a sentence from one standing apart. */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, div, body';

/** Whether a link stands apart from running prose: nothing, or punctuation, on each side within its block. */
function standsApart($: cheerio.CheerioAPI, link: Element): boolean {
  const block = $(link).closest(BLOCKS);
  const marker = '\u0000';
  const copy = block.clone();
  copy.find('a').eq(block.find('a').toArray().indexOf(link)).replaceWith(marker);
  const [before = '', after = ''] = collapse(copy.text()).split(marker);
  return /(^|[.:;!?|/(—–\-"“«])\s*$/.test(before) && /^\s*($|[,.:;!?|/)—–\-"”»])/.test(after);
}

/** Takes slide HTML apart: safe Markdown, plain paragraphs, links, Cronista's media list and what was changed. */
export function readSlideHtml(html: string | null | undefined): ReadHtml {
  const $ = cheerio.load(`<body>${html ?? ''}</body>`);
  const body = $('body');
  const removed: string[] = [];
  const rewritten: string[] = [];

  for (const name of REMOVED_ELEMENTS) {
    const found = body.find(name);
    if (found.length > 0)
      removed.push(`removed ${found.length === 1 ? 'a' : found.length} <${name}> element${found.length === 1 ? '' : 's'}`);
    found.remove();
  }
  body.find('*').each((_, element) => {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name.toLowerCase().startsWith('on')) {
        removed.push(`removed an ${name.toLowerCase()}= script attribute from <${element.tagName}>`);
        $(element).removeAttr(name);
      } else if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'cite', 'background'].includes(name.toLowerCase()) &&
        !isSafeUrl(value, { mailto: true })
      ) {
        removed.push(`removed a ${name}="${value.slice(0, 30)}" address from <${element.tagName}>`);
        if (element.tagName === 'img') $(element).remove();
        else $(element).removeAttr(name);
      }
    }
  });

  // Cronista's link back to its own page is not a source; its source list is, but is not body text.
  const entryBlock = body.find(`[${DATA.block}="entry"]`);
  const categoryId = entryBlock.attr(DATA.category)?.trim() || undefined;
  const leadPicture = entryBlock.attr(DATA.picture)?.trim() === 'lead';
  entryBlock.remove();
  // Cronista's media list: media, not sources.
  const mediaBlock = body.find(`[${DATA.block}="media"]`);
  const media =
    mediaBlock.length > 0
      ? mediaBlock
          .find('a[href]')
          .toArray()
          .map((element) => ({
            url: element.attribs.href!.trim(),
            fields: Object.fromEntries(
              (['alt', 'caption', 'credit', 'title', 'duration', 'author', 'date', 'text'] as const)
                .map((field) => [field, element.attribs[DATA[field]]] as const)
                .filter((entry): entry is readonly [(typeof entry)[0], string] => entry[1] !== undefined),
            ),
          }))
      : undefined;
  mediaBlock.remove();

  // Addresses written as text become links named by their host: no address is printed in the text.
  for (const address of linkAddressesInText($, body))
    rewritten.push(
      `the address ${address} in the text is a link named "${hostOf(/^www\./i.test(address) ? `http://${address}` : address)}"`,
    );
  body.find('a[href]').each((_, element) => {
    const href = element.attribs.href!.trim();
    const text = collapse($(element).text());
    if (isWebAddress(href) && looksLikeAddress(text)) {
      if (!rewritten.some((note) => note.includes(` ${text} `)))
        rewritten.push(`the link written as its address (${text}) is named "${hostOf(href)}"`);
      $(element).text(hostOf(href));
    }
  });

  const links: HtmlLink[] = body
    .find('a[href]')
    .toArray()
    .filter((element) => isWebAddress(element.attribs.href))
    .map((element) => {
      const {
        href,
        [DATA.publisher]: publisher,
        [DATA.published]: published,
        [DATA.archived]: archived,
        [DATA.stateMedia]: country,
        [DATA.stateTie]: tie,
      } = element.attribs;
      const cronista = $(element).closest(`[${DATA.block}="sources"]`).length > 0;
      return {
        href: href!.trim(),
        text: collapse($(element).text()),
        standalone: standsApart($, element),
        cronista,
        untitled: cronista && element.attribs[DATA.untitled] !== undefined,
        ...(publisher ? { publisher: collapse(publisher) } : {}),
        ...(published ? { published: published.trim() } : {}),
        ...(archived && isWebAddress(archived) ? { archived: archived.trim() } : {}),
        ...(country ? { stateMedia: { country: country.trim(), ...(tie ? { tie: tie.trim() } : {}) } } : {}),
      };
    });
  body.find(`[${DATA.block}]`).remove();
  const markdown = turndown.turndown(body.html() ?? '').trim();

  body.find('br').replaceWith(' ');
  const blocks = body.find('p, li, blockquote, h1, h2, h3, h4, h5, h6');
  const paragraphs = (
    blocks.length > 0
      ? blocks
          .toArray()
          .filter((element) => $(element).find('p, li').length === 0)
          .map((element) => $(element).text())
      : [body.text()]
  )
    .map(collapse)
    .filter(Boolean);

  return {
    markdown,
    paragraphs,
    links,
    ...(media ? { media } : {}),
    ...(categoryId ? { categoryId } : {}),
    leadPicture,
    removed,
    rewritten,
  };
}
