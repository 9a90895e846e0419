import { describe, expect, it } from 'vitest';
import { VALID_FRONTMATTER, check, eventText, fixtureFiles, withFile } from '../helpers/content.ts';
import { formatProblemBlock } from '../../src/lib/check/report.ts';

const MD = 'src/content/events/2019-02-10-new-ruling.md';
const MDX = 'src/content/events/2019-02-10-new-ruling.mdx';
// The body starts on line 16: 14 lines of frontmatter, the closing ---, a blank line.
const bodyProblems = async (body: string, path = MD) =>
  (await check(withFile(await fixtureFiles(), path, eventText(VALID_FRONTMATTER, body)))).result.problems
    .filter((problem) => problem.file === path && problem.severity === 'error')
    .map(({ line, message }) => ({ line, message }));
/** Just the messages, for the many hostile bodies that only need to be refused. */
const refusals = async (body: string, path = MD) => (await bodyProblems(body, path)).map((problem) => problem.message);

describe('untrusted Markdown bodies, read in context as a browser reads the rendered page', () => {
  it('refuse a raw <script>, at its line', async () => {
    expect(await bodyProblems('Fine.\n\n<script>alert(1)</script>\n')).toEqual([
      {
        line: 18,
        message:
          '<script> is not an allowed element (expected Markdown text; scripts, handlers, frames, forms, styles and embedded documents are not allowed in entries)',
      },
    ]);
  });

  it('refuse an <iframe> and an <iframe srcdoc>', async () => {
    expect(await refusals('<iframe src="https://example.com"></iframe>\n')).toEqual([
      expect.stringContaining('<iframe> is not an allowed element'),
    ]);
    expect(await refusals('<iframe srcdoc="<script>alert(1)</script>"></iframe>\n')).toEqual([
      expect.stringContaining('<iframe> is not an allowed element'),
    ]);
  });

  it('refuse event-handler attributes', async () => {
    expect(await refusals('A <img src="x.png" onerror="alert(1)"> picture.\n')).toContain(
      'the event handler onerror= on <img> would run a script (expected Markdown text; scripts, handlers, frames, forms, styles and embedded documents are not allowed in entries)',
    );
  });

  it('refuse javascript: links, however disguised', async () => {
    expect(await refusals('[click](javascript:alert(1))\n')).toEqual(['links to "javascript:alert(1)" (expected an https:// address)']);
    expect(await refusals('<a href="jav&#x61;script:alert(1)">x</a>\n')).toEqual([
      expect.stringContaining('href="javascript:alert(1)" on <a> is not a web address'),
    ]);
    expect(await refusals('Text.\n\n[ref]: JAVASCRIPT:alert(1)\n\n[x][ref]\n')).toEqual([
      'links to "JAVASCRIPT:alert(1)" (expected an https:// address)',
    ]);
    expect(await refusals('[x](&#106;avascript:alert(1))\n')).toEqual(['links to "javascript:alert(1)" (expected an https:// address)']);
  });

  // Each of these passed a check that read HTML fragments out of context (hidden holes of issue "One way in").
  it.each([
    ['raw text in <xmp>', '<xmp><img src=x onerror=alert(1)></xmp>\n', '<xmp> is not an allowed element'],
    [
      'raw text in <noembed>',
      '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>\n',
      '<noembed> is not an allowed element',
    ],
    [
      '<noscript> read with scripting on',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>\n',
      '<noscript> is not an allowed element',
    ],
    // Each block alone is harmless; rendered together, the first leaves an attribute open that the second closes.
    [
      'a tag left open across a blank line',
      `<div title="x\n\n<div title='y" onmouseover="alert(1)" z='>hover</div>\n`,
      'is left open at the end of the text',
    ],
    [
      'a tag left open that the next block closes',
      `<div title="x\n\n<div title='y" onmouseover="alert(1)">hover</div>\n`,
      'the event handler onmouseover=',
    ],
    ['SVG context', '<svg><image href=x onerror=alert(1)></image></svg>\n', '<svg> is not an allowed element'],
    ['xlink:href in SVG', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>\n', '<svg> is not an allowed element'],
    ['SVG animation', '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>\n', '<svg> is not an allowed element'],
    ['MathML', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>\n', '<math> is not an allowed element'],
    ['a style element', '<style>body{display:none}</style>\n', '<style> is not an allowed element'],
    ['a form', '<form action="https://evil.example"><button>go</button></form>\n', '<form> is not an allowed element'],
    ['an inline style attribute', '<p style="position:fixed;inset:0">x</p>\n', 'style= is not an allowed attribute on <p>'],
  ])('refuse %s', async (_, body, message) => {
    expect(await refusals(body)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });

  it('refuse images from outside the content folder, and SVG files, which can carry script', async () => {
    expect(await refusals('![x](../../../../elsewhere/evil.svg)\n')).toEqual([
      'shows the image "../../../../elsewhere/evil.svg" from outside src/content/ (expected an image beside the entry or in public/)',
    ]);
    expect(await refusals('![x](./drawing.svg)\n')).toEqual([
      'shows "./drawing.svg", which is not a photo (expected a .jpg, .png, .webp, .avif or .gif file)',
    ]);
  });

  it('accept plain Markdown, tables, footnotes, task lists, and the inline HTML a journalist writes', async () => {
    const body = [
      'A *sourced* [report](https://example.com/a) with <abbr title="Supreme Tribunal of Justice">TSJ</abbr> and <sup>1</sup>.',
      '',
      '| Side | Claim |',
      '| :-- | --: |',
      '| A | 1 |',
      '',
      '- [x] checked',
      '',
      'A claim.[^1]',
      '',
      '[^1]: Its note.',
      '',
      '![A photo](./photo.jpg)',
    ].join('\n');
    expect(await refusals(body)).toEqual([]);
  });
});

describe('untrusted MDX bodies', () => {
  it('refuse imports outside the project components', async () => {
    expect(await bodyProblems("import fs from 'node:fs';\n\nText.\n", MDX)).toEqual([
      {
        line: 16,
        message:
          'imports "node:fs" (expected only import Name from "../../components/mdx/Name.astro"; entries may use only the project\'s own components)',
      },
    ]);
    expect(await refusals("import { readFileSync } from '../../components/mdx/PullQuote.astro';\n\nText.\n", MDX)).toEqual([
      expect.stringContaining('imports "../../components/mdx/PullQuote.astro"'),
    ]);
  });

  it('refuse exports and expressions, which run at build time', async () => {
    expect(await refusals('export const x = 1;\n\nText.\n', MDX)).toEqual(['has an export (expected no exports in entries)']);
    expect(await refusals('Total: {process.exit(1)}\n', MDX)).toEqual([
      'contains a {…} expression (expected plain text; MDX expressions run code at build time and are not allowed)',
    ]);
  });

  it('refuse a second frontmatter block, which Astro compiles as MDX (imports and expressions that would run)', async () => {
    const body = "---\nimport os from 'node:os'\nexport const host = os.hostname()\n---\n\n{host}\n";
    const messages = await refusals(body, MDX);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining('imports "node:os"'), expect.stringContaining('has an export')]),
    );
  });

  it('refuse directives that write raw HTML: set:html, set:text, is:raw, and any component not imported from the allow-list', async () => {
    expect(await refusals('<div set:html="<img src=x onerror=alert(1)>" />\n', MDX)).toEqual([
      expect.stringContaining('has the attribute set:html= on <div>'),
    ]);
    expect(await refusals('<Fragment set:html="<script>alert(1)</script>" />\n', MDX)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("uses <Fragment>, which is not one of the project's components"),
        expect.stringContaining('set:html='),
      ]),
    );
    expect(await refusals('<p is:raw>{x}</p>\n', MDX)).not.toEqual([]);
  });

  it('refuse handlers, scripts and unknown elements written as JSX', async () => {
    expect(await refusals('<img src="x.png" onError="alert(1)" />\n', MDX)).toEqual([
      expect.stringContaining('has the attribute onError= on <img>'),
    ]);
    expect(await refusals('<script>alert(1)</script>\n', MDX)).toEqual([
      expect.stringContaining('uses <script>, which is not an allowed element'),
    ]);
    expect(await refusals('<a href="javascript:alert(1)">x</a>\n', MDX)).toEqual([
      expect.stringContaining('has href="javascript:alert(1)" on <a>'),
    ]);
  });

  it('accept the allow-listed component and plain Markdown', async () => {
    const body = `import PullQuote from '../../components/mdx/PullQuote.astro';

Some **text**.

<PullQuote by="The court" source="Example Times" href="https://example.com/new">
  A quotation.
</PullQuote>
`;
    expect(await refusals(body, MDX)).toEqual([]);
  });
});

describe('a body nested deeper than any page should be', () => {
  const deep = 'expected at most 100';
  it('is refused at its line, plain or with markup, in Markdown and in MDX, rather than crashing the check', async () => {
    expect(await bodyProblems(`Fine.\n\n${'>'.repeat(20_000)} deep\n`)).toEqual([
      { line: 18, message: `nests quotes, lists or elements more than 100 levels deep (${deep})` },
    ]);
    expect(await refusals(`${'>'.repeat(20_000)} <b>deep</b>\n`)).toEqual([expect.stringContaining(deep)]);
    expect(await refusals(`${'- '.repeat(500)}deep\n`)).toEqual([expect.stringContaining(deep)]);
    expect(await refusals(`${'>'.repeat(20_000)} deep\n`, MDX)).toEqual([expect.stringContaining(deep)]);
  });

  it('is fine at the depth prose uses', async () => {
    expect(await refusals(`${'> '.repeat(10)}A quote within quotes.\n\n- a\n  - b\n    - c\n`)).toEqual([]);
  });

  it('is shown as the stretch of its line around the spot, not the whole line', async () => {
    const { result } = await check(withFile(await fixtureFiles(), MD, eventText(VALID_FRONTMATTER, `${'>'.repeat(20_000)} deep\n`)));
    const problem = result.problems.find((candidate) => candidate.file === MD && candidate.severity === 'error')!;
    const block = formatProblemBlock(problem);
    for (const line of block.split('\n')) expect(line.length).toBeLessThan(130);
    const [, excerpt, marker] = /\| (.*)\n.*\| ( *\^+)/.exec(block)!;
    expect(excerpt).toMatch(/^…>{100}…$/);
    // The spot, 40 characters into the stretch (after its "…"), is where the marker points.
    expect(problem.column).toBe(101);
    expect(marker!.indexOf('^')).toBe(41);
  });
});
