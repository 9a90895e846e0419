/**
 * An entry's body, read as Astro reads it, must carry nothing that runs: no script, no handler,
 * no `javascript:` address, no frame, and in MDX no code (imports outside the project's own
 * components, exports, `{…}` expressions, directives such as `set:html`). Markdown is parsed by
 * satteri (Astro's own Markdown and MDX parser, with Astro's features); raw HTML is read in
 * context, as the rendered body, by an HTML5 parser with scripting on.
 */
import { posix } from 'node:path';
import { init, parse as parseModule } from 'es-module-lexer/minimal';
import { markdownToHtml, markdownToMdast, mdxToMdast, type Features } from 'satteri';
import { BODY_POLICY, fragmentViolations, isSafeUrl } from './html-policy.ts';
import type { Problem } from './problem.ts';

/** The Markdown features Astro enables (GitHub-flavoured Markdown, smart punctuation). */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: true };

/** Image files a body may show from the content folder (never SVG, which can carry script). */
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;

type UnistNode = {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: UnistNode[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
};

/** How deep a body may nest quotes, lists and elements: far more than prose needs, far less than a call stack holds. */
export const MAX_NESTING = 100;

/**
 * Every node of a tree in document order, with its depth. N.B. With a stack of its own, not
 * recursion: a line of 20,000 `>` is 20,000 nested quotes.
 */
function* walk(root: UnistNode): Generator<[UnistNode, number]> {
  const stack: [UnistNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    yield [node, depth];
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push([children[index]!, depth + 1]);
  }
}

/** Reports, once, a node `depth` levels deep if that is deeper than `MAX_NESTING`. Returns whether it is. */
function tooDeep(depth: number, line: number | undefined, column: number | undefined, report: Report): boolean {
  if (depth <= MAX_NESTING) return false;
  report(
    line,
    column,
    `nests quotes, lists or elements more than ${MAX_NESTING} levels deep (expected at most ${MAX_NESTING})`,
    'write the passage without nesting it so deep',
  );
  return true;
}

/** What the body checks need to know about the entry. */
export type BodyContext = {
  /** The entry's path from the project root. */
  file: string;
  /** Where the content folder is, from the project root (`src/content`): local images must stay inside. */
  contentDir: string;
  /** The folder MDX entries may import components from (`src/components/mdx`). */
  componentDir: string;
  /** Component files that exist there. */
  componentFiles: readonly string[];
};

type Report = (line: number | undefined, column: number | undefined, message: string, help?: string) => void;

/** A Markdown body cannot hold markup, an entity or a script-like address without one of these. */
const PLAIN_PROSE = /^[^<&\\]*$/;
// …or a run of quote and list markers, which may nest deeper than a body may.
const RISKY_TEXT = /script\s*:|data\s*:|file\s*:|!\[|\]\s*:|\]\(|(?:[>*+-]\s*){32}/i;

/**
 * Checks a Markdown body (`body` as Astro renders it; `bodyFirstLine` is its line in the file).
 * Returns whether the rendered HTML must also be read in context (the body has raw HTML).
 */
export function checkMarkdownBody(body: string, bodyFirstLine: number, context: BodyContext, report: Report): { hasHtml: boolean } {
  // Plain prose (most entries) has nothing to parse for.
  if (PLAIN_PROSE.test(body) && !RISKY_TEXT.test(body)) return { hasHtml: false };
  const tree = markdownToMdast(body, { features: MARKDOWN_FEATURES }) as UnistNode;
  let hasHtml = false;
  for (const [node, depth] of walk(tree)) {
    const line = node.position ? bodyFirstLine - 1 + node.position.start.line : undefined;
    const column = node.position?.start.column;
    if (tooDeep(depth, line, column, report)) return { hasHtml: false };
    if (node.type === 'html') hasHtml = true;
    else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      checkAddress(node, line, column, context, report);
    }
  }
  return { hasHtml };
}

function checkAddress(node: UnistNode, line: number | undefined, column: number | undefined, context: BodyContext, report: Report) {
  const url = node.url ?? '';
  if (!isSafeUrl(url, { mailto: node.type !== 'image' })) {
    report(line, column, `links to "${url.slice(0, 60)}" (expected an https:// address)`, 'link only to web pages: https://…');
    return;
  }
  if (node.type !== 'image') {
    // A bare domain is a relative link to a page of ours that does not exist.
    if (/^(www\.|[a-z0-9-]+\.(com|org|net|int|gov|edu|info|news|co\.[a-z]{2}|[a-z]{2})(\/|$))/i.test(url)) {
      report(
        line,
        column,
        `links to "${url}", which a browser reads as a page of this site (expected a full address)`,
        `write https://${url}`,
      );
    }
    return;
  }
  if (/^https?:/i.test(url) || url.startsWith('/')) return;
  const resolved = posix.normalize(posix.join(posix.dirname(context.file), decodeURI(url.split(/[?#]/)[0]!)));
  if (!resolved.startsWith(`${context.contentDir}/`)) {
    report(line, column, `shows the image "${url}" from outside ${context.contentDir}/ (expected an image beside the entry or in public/)`);
  } else if (!IMAGE_EXTENSIONS.test(resolved)) {
    report(line, column, `shows "${url}", which is not a photo (expected a .jpg, .png, .webp, .avif or .gif file)`);
  }
}

/** Renders a Markdown body as Astro does, for the command-line check (the build reads Astro's own rendering). */
export async function renderMarkdownBody(body: string): Promise<string> {
  return (await markdownToHtml(body, { features: MARKDOWN_FEATURES })).html;
}

/**
 * Reads rendered body HTML in context, as a browser does inside the page, and reports what the
 * body policy does not allow. `body` is the source, to point at the line that wrote it.
 */
export function checkRenderedBody(html: string, body: string, bodyFirstLine: number, report: Report): void {
  for (const violation of fragmentViolations(html, BODY_POLICY)) {
    // Point at the first line that writes the element, if the source shows it.
    const tag = violation.element.replace(/^(svg|math):/, '');
    const index = body.search(new RegExp(`<${tag}[\\s/>]`, 'i'));
    const line = index === -1 ? bodyFirstLine : bodyFirstLine + body.slice(0, index).split('\n').length - 1;
    const column = index === -1 ? undefined : index - body.lastIndexOf('\n', index - 1);
    report(
      line,
      column,
      `${violation.reason} (expected Markdown text; scripts, handlers, frames, forms, styles and embedded documents are not allowed in entries)`,
      violation.attribute ? `remove ${violation.attribute}=` : `remove the <${tag}> element`,
    );
  }
}

/** JSX attribute names MDX entries may pass to a component or element. */
const MDX_ATTRIBUTE = /^[a-z][a-zA-Z]*$|^aria-[a-z]+$/;

/**
 * Checks an MDX entry: `compiled` is the whole file as Astro's MDX compiler sees it (frontmatter
 * blanked out), so positions are the file's own.
 */
export async function checkMdxBody(compiled: string, context: BodyContext, report: Report): Promise<void> {
  let tree: UnistNode;
  try {
    tree = mdxToMdast(compiled, { features: MARKDOWN_FEATURES }) as UnistNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line, column] = /(\d+):(\d+)/.exec(text) ?? [];
    report(
      line ? Number(line) : undefined,
      column ? Number(column) : undefined,
      `cannot be read as MDX: ${text.split('\n')[0]} (expected valid MDX)`,
    );
    return;
  }
  const hint = posix.relative(posix.dirname(context.file), context.componentDir);
  const components = new Set<string>();
  const at = (node: UnistNode) => [node.position?.start.line, node.position?.start.column] as const;

  for (const [node, depth] of walk(tree)) {
    if (tooDeep(depth, ...at(node), report)) return;
    switch (node.type) {
      case 'yaml':
      case 'toml':
        report(
          ...at(node),
          'has a second frontmatter block in the text (expected one frontmatter block, at the top)',
          'remove the second block between --- lines',
        );
        break;
      case 'mdxjsEsm':
        for (const name of await checkEsm(node, context, hint, report)) components.add(name);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          ...at(node),
          'contains a {…} expression (expected plain text; MDX expressions run code at build time and are not allowed)',
          'remove the braces, or write the text without them',
        );
        break;
      case 'link':
      case 'definition':
      case 'image':
        checkAddress(node, ...at(node), context, report);
        break;
      case 'html':
        report(...at(node), 'contains raw HTML (expected Markdown or the allowed MDX components)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, components, hint, report, at(node));
        break;
    }
  }
}

function checkJsxElement(
  node: UnistNode,
  components: Set<string>,
  hint: string,
  report: Report,
  at: readonly [number | undefined, number | undefined],
) {
  const name = node.name ?? '';
  if (name === '') {
    report(...at, 'contains a fragment <>…</> (expected Markdown text)');
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !components.has(name)) {
    report(
      ...at,
      `uses <${name}>, which is not one of the project's components (expected a component imported from ${hint}/)`,
      `import it: import ${name} from "${hint}/${name}.astro"`,
    );
  } else if (!isComponent && !BODY_POLICY.elements.has(name)) {
    report(
      ...at,
      `uses <${name}>, which is not an allowed element (expected Markdown text; scripts, frames, forms and styles are not allowed)`,
    );
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(...at, `passes {…} attributes to <${name}> (expected plain "text" attribute values)`);
      continue;
    }
    const attributeName = attribute.name ?? '';
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(...at, `passes a {…} expression to ${attributeName}= on <${name}> (expected a plain "text" value)`);
    } else if (!MDX_ATTRIBUTE.test(attributeName) || /^on/i.test(attributeName)) {
      report(
        ...at,
        `has the attribute ${attributeName}= on <${name}> (expected plain attributes; handlers and directives such as set:html are not allowed)`,
        `remove ${attributeName}=`,
      );
    } else if (!isComponent && !BODY_POLICY.elements.get(name)!.has(attributeName) && !BODY_POLICY.globalAttributes.has(attributeName)) {
      report(...at, `has the attribute ${attributeName}= on <${name}>, which is not allowed (expected plain text markup)`);
    } else if (/href|src|cite|url/i.test(attributeName) && typeof attribute.value === 'string' && !isSafeUrl(attribute.value)) {
      report(...at, `has ${attributeName}="${attribute.value.slice(0, 60)}" on <${name}> (expected an https:// address)`);
    }
  }
}

/** Checks MDX `import`/`export` lines; returns the names of the components imported from the allow-list. */
async function checkEsm(node: UnistNode, context: BodyContext, hint: string, report: Report): Promise<string[]> {
  await init;
  const code = node.value ?? '';
  const startLine = node.position?.start.line ?? 1;
  const lineAt = (offset: number) => startLine + code.slice(0, offset).split('\n').length - 1;
  const expected = `expected only import Name from "${hint}/Name.astro"`;
  let imports: ReturnType<typeof parseModule>[0];
  let exports: ReturnType<typeof parseModule>[1];
  try {
    [imports, exports] = parseModule(code);
  } catch {
    report(startLine, undefined, `has an import or export line that cannot be read (${expected})`);
    return [];
  }
  const names: string[] = [];
  for (const entry of imports) {
    const statement = code.slice(entry.ss, entry.se);
    // Only `import Name from "./relative/Name.astro"`: static, one default binding, from the allow-list.
    const binding = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s*["']([^"']+)["']\s*;?$/.exec(statement.trim());
    const resolved = binding ? posix.normalize(posix.join(posix.dirname(context.file), binding[2]!)) : undefined;
    if (
      entry.t !== 1 ||
      !binding ||
      !resolved ||
      posix.dirname(resolved) !== context.componentDir ||
      !context.componentFiles.includes(resolved)
    ) {
      report(
        lineAt(entry.ss),
        undefined,
        `imports "${entry.n ?? statement.slice(0, 60)}" (${expected}; entries may use only the project's own components)`,
      );
    } else {
      names.push(binding[1]!);
    }
  }
  for (const entry of exports) report(lineAt(entry.s), undefined, 'has an export (expected no exports in entries)');
  // Anything in the block that is neither an import nor an export is code.
  const rest = imports.reduce((text, entry) => text.slice(0, entry.ss) + ' '.repeat(entry.se - entry.ss) + text.slice(entry.se), code);
  if (/\S/.test(rest.replace(/^\s*export\b.*$/gm, '').replace(/;/g, ''))) {
    report(startLine, undefined, `has code in an import block (${expected})`);
  }
  return names;
}

/** Problems from a report callback, for one file. */
export function problemCollector(file: string, problems: Problem[]): Report {
  return (line, column, message, help) => problems.push({ file, line, column, field: 'body', message, help, severity: 'error' });
}
