import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { init, parse as parseModule } from 'es-module-lexer';
import type { Problem } from './problem.ts';

/** Elements that run code, load other documents or restyle the page; never allowed in an entry. */
export const FORBIDDEN_ELEMENTS = new Set([
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
]);

/** Attributes that hold an address, whose scheme is checked. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'srcset']);

/** Anything through which a Markdown body could carry HTML or a dangerous address. */
const MARKUP_OR_SCHEME = /[<&\\]|script\s*:|data\s*:|file\s*:/i;

/** Whether an address would run code or embed a document when followed. */
export function isDangerousUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data|file):/.test(squashed);
}

type UnistNode = {
  type: string;
  position?: { start: { line: number } };
  children?: UnistNode[];
  value?: string;
  url?: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
};

function* walk(node: UnistNode): Generator<UnistNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Options for checking an entry's body. */
export type BodyCheckOptions = {
  file: string;
  /** File line the body starts on. */
  firstLine: number;
  /** Whether the body is MDX (imports and components allowed, from the allow-list only). */
  mdx: boolean;
  /** Import specifiers allowed in MDX, resolved by `resolveImport`. */
  isAllowedImport: (specifier: string) => boolean;
  /** Where allowed components live, for messages. */
  allowedImportsHint: string;
};

/**
 * Finds what must never reach the site from a contribution: raw `<script>`/`<iframe>` and
 * similar elements, `on*=` handler attributes, `javascript:`-style addresses, and in MDX any
 * import outside the allow-list, any export, and any `{…}` expression (which would run at build time).
 */
export async function checkBodySafety(body: string, options: BodyCheckOptions): Promise<Problem[]> {
  // Fast path for plain prose: without these characters Markdown can hold no HTML, no entity, no
  // autolink and no script-like address, so there is nothing to parse for (MDX is always parsed).
  if (!options.mdx && !MARKUP_OR_SCHEME.test(body)) return [];
  const problems: Problem[] = [];
  const report = (node: UnistNode | undefined, message: string, lineInBody?: number) =>
    problems.push({
      file: options.file,
      line: options.firstLine - 1 + (lineInBody ?? node?.position?.start.line ?? 1),
      field: 'body',
      message,
      severity: 'error',
    });

  const checkElement = (name: string, attributes: [string, unknown][], node: UnistNode) => {
    const tag = name.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) {
      report(
        node,
        `contains a <${tag}> element (expected Markdown text; scripts, frames, embeds, styles and forms are not allowed in entries)`,
      );
    }
    for (const [attribute, value] of attributes) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) {
        report(node, `has an event-handler attribute ${key}= on <${name}> (expected no scripts in entries)`);
      } else if (URL_ATTRIBUTES.has(key) && typeof value === 'string' && isDangerousUrl(value)) {
        report(node, `has a ${key}="${value.slice(0, 40)}" address on <${name}> (expected an http:// or https:// address)`);
      }
    }
  };

  let tree: UnistNode;
  try {
    tree = (options.mdx ? mdxToMdast(body) : markdownToMdast(body)) as UnistNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const line = /(\d+):\d+/.exec(text)?.[1];
    report(
      undefined,
      `cannot be read as ${options.mdx ? 'MDX' : 'Markdown'}: ${text.split('\n')[0]} (expected valid ${options.mdx ? 'MDX' : 'Markdown'})`,
      line ? Number(line) : 1,
    );
    return problems;
  }

  for (const node of walk(tree)) {
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isDangerousUrl(node.url)) {
          report(node, `links to "${node.url.slice(0, 40)}" (expected an http:// or https:// address)`);
        }
        break;
      case 'html':
        for (const element of walk(htmlToHast(node.value ?? '') as UnistNode)) {
          if (element.type === 'element' && element.tagName && !['html', 'head', 'body'].includes(element.tagName)) {
            checkElement(element.tagName, Object.entries(element.properties ?? {}), node);
          }
        }
        break;
      case 'mdxjsEsm':
        await checkEsm(node, options, report);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `contains a {…} expression (expected plain text; MDX expressions run code at build time and are not allowed)`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes: [string, unknown][] = [];
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
            report(node, `passes a {…} expression to <${node.name ?? ''}> (expected plain "text" attribute values)`);
          } else {
            attributes.push([attribute.name ?? '', attribute.value]);
          }
        }
        checkElement(node.name ?? 'fragment', attributes, node);
        break;
      }
    }
  }
  return problems;
}

async function checkEsm(
  node: UnistNode,
  options: BodyCheckOptions,
  report: (node: UnistNode | undefined, message: string, lineInBody?: number) => void,
) {
  await init;
  const code = node.value ?? '';
  const startLine = node.position?.start.line ?? 1;
  const lineAt = (offset: number) => startLine + code.slice(0, offset).split('\n').length - 1;
  let imports: readonly { type: string; specifier?: string | null; importStart: number }[];
  let exports: readonly { exportStart: number }[];
  try {
    [imports, exports] = parseModule(code) as unknown as [typeof imports, typeof exports];
  } catch {
    report(node, `has an import or export line that cannot be read (expected import Name from "${options.allowedImportsHint}/Name.astro")`);
    return;
  }
  for (const entry of imports) {
    // Only a plain static `import … from '…'`; dynamic imports, import.meta and re-exports are not allowed.
    if (entry.type !== 'static') {
      report(
        undefined,
        `has a ${entry.type} import (expected only import Name from "${options.allowedImportsHint}/Name.astro")`,
        lineAt(entry.importStart),
      );
    } else if (!entry.specifier || !options.isAllowedImport(entry.specifier)) {
      report(
        undefined,
        `imports "${entry.specifier ?? ''}" (expected only the project's own components: import Name from "${options.allowedImportsHint}/Name.astro")`,
        lineAt(entry.importStart),
      );
    }
  }
  for (const entry of exports) {
    report(undefined, `has an export (expected no exports in entries)`, lineAt(entry.exportStart));
  }
}
