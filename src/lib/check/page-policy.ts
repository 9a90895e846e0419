/**
 * What a built page may contain: the site's own markup (every element and attribute its
 * components write) plus what an entry's body may contain, and nothing else. Scripts only from
 * the site's own bundles; inline ones only as data (JSON-LD, the search result template); no
 * handlers; no frames, objects or embeds; web addresses only.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { BODY_POLICY, TABLE_ALIGNMENT, documentViolations, fragmentViolations, type HtmlPolicy } from './html-policy.ts';
import { isPlayerEmbedUrl } from '../media/players.ts';

type Element = DefaultTreeAdapterMap['element'];

const set = (...names: string[]) => new Set(names);

/** Elements of the page chrome, with their own attributes. */
const CHROME: [string, ReadonlySet<string>][] = [
  ['html', set('lang', 'dir')],
  ['head', set()],
  ['body', set()],
  ['title', set()],
  ['meta', set('charset', 'name', 'content', 'property', 'http-equiv')],
  ['link', set('rel', 'href', 'type', 'title', 'hreflang', 'sizes', 'media', 'as', 'crossorigin')],
  ['script', set('src', 'type', 'async', 'defer', 'crossorigin')],
  ['noscript', set()],
  ['a', set('target', 'aria-current', 'download')],
  ['header', set()],
  ['footer', set()],
  ['nav', set()],
  ['main', set()],
  ['article', set()],
  ['aside', set()],
  ['form', set('action', 'method')],
  ['label', set('for')],
  ['input', set('type', 'name', 'value', 'placeholder', 'autocomplete', 'enterkeyhint', 'required', 'checked', 'disabled', 'spellcheck')],
  ['button', set('type', 'disabled', 'aria-keyshortcuts')],
  ['select', set('name', 'disabled')],
  ['option', set('value', 'selected')],
  ['dialog', set('open')],
  ['picture', set()],
  ['source', set('srcset', 'sizes', 'type', 'media', 'width', 'height', 'src')],
  // An event's audio and video files, played by the browser: nothing is fetched before play (preload="none").
  ['audio', set('controls', 'preload')],
  ['video', set('controls', 'preload', 'playsinline', 'width', 'height')],
  ['track', set('kind', 'src', 'srclang', 'label', 'default')],
  ['img', set('srcset', 'sizes', 'fetchpriority')],
  ['pagefind-input', set('placeholder')],
  ['pagefind-results', set('hide-sub-results')],
  ['pagefind-summary', set()],
  ['pagefind-filter-pane', set('open', 'sort')],
  ['svg', set('viewBox', 'width', 'height', 'xmlns', 'focusable', 'preserveAspectRatio', 'fill', 'stroke')],
  ...['g', 'defs', 'title', 'desc'].map(
    (name) => [`svg:${name}`, set('transform', 'fill', 'stroke', 'stroke-width')] as [string, ReadonlySet<string>],
  ),
  [
    'svg:path',
    set('d', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'fill-rule', 'clip-rule', 'transform', 'vector-effect'),
  ],
  ['svg:circle', set('cx', 'cy', 'r', 'fill', 'stroke', 'stroke-width', 'transform')],
  ['svg:ellipse', set('cx', 'cy', 'rx', 'ry', 'fill', 'stroke', 'stroke-width')],
  ['svg:rect', set('x', 'y', 'width', 'height', 'rx', 'ry', 'fill', 'stroke', 'stroke-width', 'transform')],
  ['svg:line', set('x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap')],
  ['svg:polyline', set('points', 'fill', 'stroke', 'stroke-width')],
  ['svg:polygon', set('points', 'fill', 'stroke', 'stroke-width')],
  ['svg:text', set('x', 'y', 'dx', 'dy', 'text-anchor', 'dominant-baseline', 'font-size', 'font-weight', 'fill', 'transform')],
  ['svg:tspan', set('x', 'y', 'dx', 'dy', 'font-weight')],
  // The time axis links each mark to its event (`target="_top"` inside the embed's frame).
  ['svg:a', set('href', 'target')],
];

/** Attributes of a page whose value is data only, read by the site's own scripts or by Pagefind. */
const PAGE_ATTRIBUTE_PATTERNS = [/^aria-[a-z]+$/, /^data-[a-z0-9-]+$/];

/**
 * Why a browser might not read a built page as UTF-8, the encoding the guard reads it in: a UTF-16
 * byte order mark (it overrides everything else), or no `<meta charset="utf-8">` as the first
 * `<meta>` of its first 1,024 bytes (where a browser looks for it; a comment before it could hide
 * it from the browser, so none may come first). Undefined when the page is plainly UTF-8.
 */
export function encodingViolation(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))
    return 'the page begins with a UTF-16 byte order mark: a browser would read it as UTF-16, not as the UTF-8 every page must be';
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta[\s/>]/i.exec(start);
  const before = meta ? start.slice(0, meta.index) : '';
  if (!meta || before.includes('<!--') || !/^<meta\s+charset=(["']?)utf-8\1\s*\/?>/i.test(start.slice(meta.index)))
    return 'the page does not declare UTF-8 first (<meta charset="utf-8"> as the first <meta> of its first 1,024 bytes): a browser could read it in another encoding';
  return undefined;
}

/** Every violation of a built page, read as a browser reads it. */
export function pageViolations(html: string, policy: HtmlPolicy) {
  return documentViolations(html, policy);
}

/** The policy for a built page under `base` (`/` or `/cronista/`). */
export function pagePolicy(base: string): HtmlPolicy {
  const elements = new Map<string, Set<string>>();
  for (const [name, attributes] of [...BODY_POLICY.elements, ...CHROME]) {
    elements.set(name, new Set([...(elements.get(name) ?? []), ...attributes]));
  }
  const ownBundle = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_astro/[\\w.-]+\\.js$`);
  const policy: HtmlPolicy = {
    elements,
    globalAttributes: new Set([...BODY_POLICY.globalAttributes, 'hidden', 'tabindex', 'role', 'style']),
    globalAttributePatterns: PAGE_ATTRIBUTE_PATTERNS,
    check: (element: Element, { ancestors }) => {
      const attribute = (name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;
      const style = attribute('style');
      if (style !== undefined && (!['th', 'td'].includes(element.tagName) || !TABLE_ALIGNMENT.test(style))) {
        return `style="${style.slice(0, 40)}" is not allowed (the page's policy admits only table alignment)`;
      }
      switch (element.tagName) {
        case 'script': {
          const type = attribute('type');
          const src = attribute('src');
          const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
          if (src !== undefined) {
            if (type !== 'module' || !ownBundle.test(src) || text.trim() !== '')
              return `<script src="${src.slice(0, 60)}"> is not one of the site's own bundles`;
            return undefined;
          }
          if (type === 'application/ld+json') {
            try {
              JSON.parse(text);
              return undefined;
            } catch {
              return 'a JSON-LD <script> does not hold JSON';
            }
          }
          if (type === 'text/pagefind-template') {
            const inner = fragmentViolations(text, policy);
            return inner.length ? `the search result template holds ${inner[0]!.reason}` : undefined;
          }
          return `an inline <script${type ? ` type="${type}"` : ''}> would run (only the site's bundled scripts may)`;
        }
        case 'noscript': {
          const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
          const inner = fragmentViolations(text, policy);
          return inner.length ? `<noscript> holds ${inner[0]!.reason}` : undefined;
        }
        case 'meta': {
          const charset = attribute('charset');
          if (charset !== undefined && charset.toLowerCase() !== 'utf-8')
            return `<meta charset="${charset.slice(0, 20)}"> is not allowed (every page is UTF-8)`;
          const equiv = attribute('http-equiv')?.toLowerCase();
          if (equiv !== undefined && equiv !== 'content-security-policy') return `<meta http-equiv="${equiv}"> is not allowed`;
          if (equiv === 'content-security-policy' && ancestors.at(-1)?.tagName !== 'head')
            return 'a Content-Security-Policy outside <head> is not allowed';
          return undefined;
        }
        case 'link': {
          const rel = attribute('rel') ?? '';
          if (!/^(stylesheet|icon|canonical|alternate|preload|modulepreload|sitemap|apple-touch-icon)$/.test(rel))
            return `<link rel="${rel}"> is not allowed`;
          if (ancestors.at(-1)?.tagName !== 'head') return '<link> outside <head> is not allowed';
          return undefined;
        }
        case 'form':
          return attribute('method') && attribute('method') !== 'get' ? 'forms may only search (method="get")' : undefined;
        case 'audio':
        case 'video':
          return attribute('preload') !== 'none' || attribute('controls') === undefined
            ? `<${element.tagName}> must wait for the reader (expected controls and preload="none")`
            : undefined;
      }
      // A player facade may only ever load one of the known players' own addresses.
      if (attribute('data-player') !== undefined && !isPlayerEmbedUrl(attribute('data-embed') ?? '')) {
        return `a player facade's data-embed="${(attribute('data-embed') ?? '').slice(0, 60)}" is not a known player's address`;
      }
      return undefined;
    },
  };
  return policy;
}
