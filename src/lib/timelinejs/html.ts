import * as cheerio from 'cheerio';
import TurndownService from 'turndown';
import { isSafeUrl } from '../check/html-policy.ts';
import { CRONISTA_ATTRIBUTES as DATA } from './format.ts';

/**
 * Reading the HTML of TimelineJS slides: made safe, split into what Cronista keeps (Markdown
 * body, first paragraph, links) and what it reports (everything removed).
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
  /** The link's visible text, white space collapsed. */
  text: string;
  /** `data-publisher`, `data-published`, `data-archived` when Cronista wrote them. */
  publisher?: string;
  published?: string;
  archived?: string;
};

/** Slide HTML, made safe and taken apart. */
export type ReadHtml = {
  /** The text as Markdown, without Cronista's generated blocks. */
  markdown: string;
  /** The text's paragraphs as plain text, without Cronista's generated blocks. */
  paragraphs: string[];
  /** Every http(s) link, Cronista's blocks included, in document order. */
  links: HtmlLink[];
  /** The category id Cronista wrote on its "entry" block, if any. */
  categoryId?: string;
  /** What was removed to make the HTML safe, one sentence each. */
  removed: string[];
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

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
const escapeMarkdown = turndown.escape.bind(turndown);
// N.B. Turndown leaves "<" alone, so text that read "&lt;script&gt;" would become a real tag in Markdown.
turndown.escape = (text: string) => escapeMarkdown(text).replaceAll('<', '\\<');

/** Plain text of an HTML fragment (a headline or a caption). */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  return collapse(cheerio.load(`<body>${html}</body>`)('body').text());
}

/** Takes slide HTML apart: safe Markdown, plain paragraphs, links and what was removed. */
export function readSlideHtml(html: string | null | undefined): ReadHtml {
  const $ = cheerio.load(`<body>${html ?? ''}</body>`);
  const body = $('body');
  const removed: string[] = [];

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
  entryBlock.remove();
  const links: HtmlLink[] = body
    .find('a[href]')
    .toArray()
    .filter((element) => isWebAddress(element.attribs.href))
    .map((element) => {
      const { href, [DATA.publisher]: publisher, [DATA.published]: published, [DATA.archived]: archived } = element.attribs;
      return {
        href: href!.trim(),
        text: collapse($(element).text()),
        ...(publisher ? { publisher: collapse(publisher) } : {}),
        ...(published ? { published: published.trim() } : {}),
        ...(archived && isWebAddress(archived) ? { archived: archived.trim() } : {}),
      };
    });
  body.find(`[${DATA.block}]`).remove();

  // A link whose text is its own address reads as noise in plain text; the address stays in the Markdown.
  const plain = cheerio.load(`<body>${body.html() ?? ''}</body>`);
  plain('a').each((_, element) => {
    if (isWebAddress(collapse(plain(element).text()))) plain(element).remove();
  });
  const blocks = plain('body').find('p, li, blockquote, h1, h2, h3, h4, h5, h6');
  const paragraphs = (
    blocks.length > 0
      ? blocks
          .toArray()
          .filter((element) => plain(element).find('p, li').length === 0)
          .map((element) => plain(element).text())
      : [plain('body').text()]
  )
    .map(collapse)
    .filter(Boolean);

  return { markdown: turndown.turndown(body.html() ?? '').trim(), paragraphs, links, ...(categoryId ? { categoryId } : {}), removed };
}
