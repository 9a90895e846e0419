/**
 * What HTML may reach a reader: an allow-list of elements, attributes and address schemes,
 * applied to a tree from a real HTML5 parser (parse5, scripting on, as in a browser). Used twice:
 * on an entry's body, to tell a contributor early and precisely, and on every built page
 * (`src/integrations/output-guard.ts`), which is the guarantee.
 */
import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An allow-list: element name → the attributes it may carry (beyond the global ones). */
export type HtmlPolicy = {
  /** Elements allowed, each with its own allowed attributes. */
  elements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Attributes allowed on every element (exact names). */
  globalAttributes: ReadonlySet<string>;
  /** Attribute name patterns allowed on every element (`data-*`, `aria-*`). */
  globalAttributePatterns: readonly RegExp[];
  /** Extra rule for an element (for example where a script may come from); returns a reason to refuse. */
  check?: (element: Element, context: { ancestors: readonly Element[] }) => string | undefined;
};

/** One element or attribute the policy refuses. */
export type HtmlViolation = {
  /** Element name as the browser sees it. */
  element: string;
  /** The refused attribute, if the element itself is allowed. */
  attribute?: string;
  /** Why, in a sentence. */
  reason: string;
  /** Offset in the parsed text, when the parser knows it. */
  offset?: number;
};

/** Attributes whose value is an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'longdesc']);

/**
 * Whether an address is safe to link or load: web (http, https), e-mail, or relative to the
 * site. Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so
 * they are removed before looking.
 */
export function isSafeUrl(url: string, options: { mailto?: boolean } = {}): boolean {
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed)?.[1];
  if (scheme === undefined) return !squashed.startsWith('\\') && !squashed.startsWith('/\\');
  return scheme === 'http' || scheme === 'https' || (options.mailto === true && scheme === 'mailto');
}

const set = (...names: string[]) => new Set(names);

/** The one inline style allowed: a Markdown table column's alignment. */
export const TABLE_ALIGNMENT = /^text-align: (left|right|center)$/;

/**
 * What an entry's body may contain: the HTML that Markdown itself writes, plus a few inline
 * elements a journalist may write by hand. No scripts, frames, forms, styles, SVG or MathML.
 */
export const BODY_POLICY: HtmlPolicy = {
  elements: new Map<string, ReadonlySet<string>>([
    ...['p', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'mark', 'sub', 'sup', 'code', 'kbd', 'samp', 'var', 'dfn', 'br', 'wbr', 'hr'].map(
      (name) => [name, set()] as const,
    ),
    ...['h2', 'h3', 'h4', 'h5', 'h6', 'h1', 'ul', 'dl', 'dt', 'dd', 'figcaption', 'figure', 'span', 'div', 'section', 'caption'].map(
      (name) => [name, set()] as const,
    ),
    ['a', set('href', 'title', 'rel', 'hreflang')],
    ['abbr', set('title')],
    ['blockquote', set('cite')],
    ['q', set('cite')],
    ['del', set('cite', 'datetime')],
    ['ins', set('cite', 'datetime')],
    ['time', set('datetime')],
    ['ol', set('start', 'reversed', 'type')],
    ['li', set('value')],
    ['pre', set()],
    ['img', set('src', 'alt', 'title', 'width', 'height', 'loading', 'decoding', '__astro_image_')],
    ['table', set()],
    ['thead', set()],
    ['tbody', set()],
    ['tfoot', set()],
    ['tr', set()],
    // Markdown tables align columns with style="text-align: …" (the page's policy admits only that style).
    ['th', set('align', 'colspan', 'rowspan', 'scope', 'style')],
    ['td', set('align', 'colspan', 'rowspan', 'style')],
    // GitHub-flavoured task lists write disabled checkboxes.
    ['input', set('type', 'checked', 'disabled')],
    ['details', set('open')],
    ['summary', set()],
  ]),
  globalAttributes: set('id', 'class', 'lang', 'dir', 'title'),
  globalAttributePatterns: [/^aria-[a-z]+$/, /^data-footnote(s|-ref|-backref)?$/],
  check: (element) => {
    const style = element.attrs.find((attribute) => attribute.name === 'style')?.value;
    if (style !== undefined && !TABLE_ALIGNMENT.test(style))
      return `style="${style.slice(0, 40)}" is not allowed (only a table column's text-align)`;
    if (element.tagName === 'input') {
      const type = element.attrs.find((attribute) => attribute.name === 'type')?.value;
      const disabled = element.attrs.some((attribute) => attribute.name === 'disabled');
      if (type !== 'checkbox' || !disabled) return 'only the disabled checkboxes of a task list are allowed';
    }
    return undefined;
  },
};

/** Marks the end of an element's subtree in the walk. */
const LEAVE = Symbol('leave');

/**
 * Walks a parse5 tree, template contents included, refusing what the policy does not allow.
 * N.B. With a stack of its own, not recursion: a page may nest thousands of elements deep (a
 * Markdown line of 20,000 `>` is as many blockquotes), deeper than a call stack goes.
 */
export function policyViolations(root: Node, policy: HtmlPolicy): HtmlViolation[] {
  const violations: HtmlViolation[] = [];
  const ancestors: Element[] = [];
  const work: (Node | typeof LEAVE)[] = [root];
  while (work.length > 0) {
    const node = work.pop()!;
    if (node === LEAVE) {
      ancestors.pop();
      continue;
    }
    if ('tagName' in node) {
      elementViolations(node as Element, ancestors, policy, violations);
      ancestors.push(node as Element);
      work.push(LEAVE);
      const content = (node as Element & { content?: Node }).content;
      if (content) work.push(content);
    }
    // Children in document order: the last pushed is read first.
    const children = (node as { childNodes?: Node[] }).childNodes ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) work.push(children[index]!);
  }
  return violations;
}

/** What the policy refuses in one element (its name, each attribute, its own rule). */
function elementViolations(element: Element, ancestors: readonly Element[], policy: HtmlPolicy, violations: HtmlViolation[]): void {
  const name = elementName(element);
  const offset = element.sourceCodeLocation?.startOffset;
  const allowed = policy.elements.get(name);
  if (!allowed) {
    violations.push({ element: name, reason: `<${name}> is not an allowed element`, offset });
    return;
  }
  for (const attribute of element.attrs) {
    const attributeName = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
    const known =
      allowed.has(attributeName) ||
      policy.globalAttributes.has(attributeName) ||
      policy.globalAttributePatterns.some((pattern) => pattern.test(attributeName));
    if (!known) {
      violations.push({
        element: name,
        attribute: attributeName,
        reason: attributeName.startsWith('on')
          ? `the event handler ${attributeName}= on <${name}> would run a script`
          : `${attributeName}= is not an allowed attribute on <${name}>`,
        offset,
      });
    } else if (URL_ATTRIBUTES.has(attributeName) && !isSafeUrl(attribute.value, { mailto: name === 'a' })) {
      violations.push({
        element: name,
        attribute: attributeName,
        reason: `${attributeName}="${attribute.value.slice(0, 60)}" on <${name}> is not a web address`,
        offset,
      });
    }
  }
  const reason = policy.check?.(element, { ancestors });
  if (reason) violations.push({ element: name, reason, offset });
}

/** An element's name with its namespace where it is not HTML ("svg:a" is not "a"). */
export function elementName(element: Element): string {
  if (element.namespaceURI === 'http://www.w3.org/2000/svg') return element.tagName === 'svg' ? 'svg' : `svg:${element.tagName}`;
  if (element.namespaceURI === 'http://www.w3.org/1998/Math/MathML') return element.tagName === 'math' ? 'math' : `math:${element.tagName}`;
  return element.tagName;
}

/**
 * Parse errors that mean the fragment leaves something open at its end: in the page, a tag, an
 * attribute value or a comment left open would swallow the page's own markup that follows it
 * (and could turn the entry's text into attributes of it), so nothing may be left open.
 */
const LEFT_OPEN = new Set(['eof-in-tag', 'eof-in-comment', 'eof-in-doctype', 'eof-in-cdata', 'eof-in-script-html-comment-like-text']);

/** The element a fragment is read inside (parse5 reads it, never changes it). */
const DIV_CONTEXT = parseFragment('<div></div>').childNodes[0] as Element;

/** Checks an HTML fragment as a browser would read it inside a `<div>` of the page. */
export function fragmentViolations(html: string, policy: HtmlPolicy): HtmlViolation[] {
  const context = DIV_CONTEXT;
  const leftOpen: HtmlViolation[] = [];
  const tree = parseFragment(context, html, {
    scriptingEnabled: true,
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      if (LEFT_OPEN.has(error.code)) {
        leftOpen.push({
          element: 'tag',
          reason: 'a tag, attribute or comment is left open at the end of the text (it would swallow the page that follows)',
          offset: error.startOffset,
        });
      }
    },
  });
  return [...policyViolations(tree, policy), ...leftOpen];
}

/** The elements whose text the page policy reads (an inline script's data, what `<noscript>` holds). */
const TEXT_READ = new Set(['script', 'noscript']);

/**
 * parse5's own tree, less the text the policy never reads. N.B. The parser never reads text back
 * from the tree to decide the document's structure (it works from its stack of open elements and
 * its tokens), so the elements and attributes are exactly the browser's; the tree is a third
 * smaller and a long page is read half as fast again (tests/unit/page-policy-tree.test.ts compares
 * the two trees). Never with `sourceCodeLocationInfo`: parse5 then looks for the text it inserted.
 */
export const ELEMENTS_ONLY: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertText: (parent, text) => {
    if (TEXT_READ.has((parent as Element).tagName)) defaultTreeAdapter.insertText(parent, text);
  },
  insertTextBefore: (parent, text, reference) => {
    if (TEXT_READ.has((parent as Element).tagName)) defaultTreeAdapter.insertTextBefore(parent, text, reference);
  },
};

/**
 * Checks a whole HTML document as a browser would read it. N.B. Without offsets: the output
 * guard names the page and the reason, and keeping every node's position costs a tenth of the parse.
 */
export function documentViolations(html: string, policy: HtmlPolicy): HtmlViolation[] {
  return policyViolations(parse(html, { scriptingEnabled: true, treeAdapter: ELEMENTS_ONLY }), policy);
}
