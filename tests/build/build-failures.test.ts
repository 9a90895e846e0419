import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, VALID_FRONTMATTER, eventText } from '../helpers/content.ts';
import { buildWithContent, cleanUp, page, type BuildResult } from '../helpers/build.ts';

const CONTENT = join(FIXTURE_ROOT, 'src/content');

/** Builds the fixture with files written or changed, and returns the build. */
function buildWith(files: Record<string, (current: string) => string>, options: { prepare?: (root: string) => Promise<void> } = {}) {
  return buildWithContent(CONTENT, {
    prepare: async (root) => {
      for (const [path, text] of Object.entries(files)) {
        const file = join(root, path);
        await writeFile(file, text(existsSync(file) ? await readFile(file, 'utf8') : ''));
      }
      await options.prepare?.(root);
    },
  });
}

/** The block a problem prints: its field and message, then where it is. */
const reported = (file: string, position: string, text: string) =>
  new RegExp(`error {2}${text}[^\\n]*\\n {2}--> src/content/events/${file}:${position}`);

/** The foundation's bad inputs, each in a file of its own; one build must name every one of them. */
const BAD: { name: string; file: string; text: () => string; expected: RegExp }[] = [
  {
    name: 'malformed YAML',
    file: '2019-02-11-malformed.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-11').replace('summary: The', 'summary: [The')),
    expected: reported('2019-02-11-malformed\\.md', '\\d+:\\d+', '\\(yaml\\): is not valid YAML'),
  },
  {
    name: 'a missing title',
    file: '2019-02-12-untitled.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-12').replace(/^title: .*\n/m, '')),
    expected: reported('2019-02-12-untitled\\.md', '1:1', 'title: is missing \\(expected a short headline\\)'),
  },
  {
    name: 'an impossible date',
    file: '2019-02-30-new-ruling.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-30')),
    expected: reported('2019-02-30-new-ruling\\.md', '4:7', 'date: "2019-02-30" is not a real date: February 2019 has 28 days'),
  },
  {
    name: 'an unknown category',
    file: '2019-02-13-uncategorised.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-13').replace('category: court', 'category: tribunal')),
    expected: reported('2019-02-13-uncategorised\\.md', '5:11', 'category: "tribunal" is not a category'),
  },
  {
    name: 'an unknown actor',
    file: '2019-02-14-unknown-actor.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-14').replace('[high-court]', '[nobody]')),
    expected: reported('2019-02-14-unknown-actor\\.md', '6:10', 'actors\\.0: "nobody" is not an actor'),
  },
  {
    name: 'an unknown related event',
    file: '2019-02-15-unrelated.md',
    text: () => eventText(`${VALID_FRONTMATTER.replace('2019-02-10', '2019-02-15')}\nrelated: [2019-09-09-missing]`),
    expected: reported('2019-02-15-unrelated\\.md', '14:11', 'related\\.0: "2019-09-09-missing" is not an event'),
  },
  {
    name: 'an empty sources list',
    file: '2019-02-16-unsourced.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-16').replace(/sources:[\s\S]*$/, 'sources: []')),
    expected: reported('2019-02-16-unsourced\\.md', '7:1', 'sources: is empty \\(expected at least one source'),
  },
  {
    name: 'a non-http source URL',
    file: '2019-02-17-ftp.md',
    text: () =>
      eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-17').replace('https://example.com/new', 'ftp://example.com/new')),
    expected: reported('2019-02-17-ftp\\.md', '10:10', 'sources\\.0\\.url: "ftp://example\\.com/new" is not a web address'),
  },
  {
    name: 'two files with the same id',
    file: '2019-02-02-judge-speaks.mdx',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-02')),
    expected: /error {2}file: has the same id "2019-02-02-judge-speaks" as src\/content\/events\/2019-02-02-judge-speaks\.md/,
  },
  {
    name: 'a raw <script>',
    file: '2019-02-18-script.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-18'), '<script>alert(1)</script>\n'),
    expected: reported('2019-02-18-script\\.md', '16:1', 'body: <script> is not an allowed element'),
  },
  {
    name: 'an <iframe>',
    file: '2019-02-19-iframe.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-19'), 'Text <iframe src="https://example.com"></iframe>\n'),
    expected: reported('2019-02-19-iframe\\.md', '16:6', 'body: <iframe> is not an allowed element'),
  },
  {
    name: 'an on* handler',
    file: '2019-02-20-handler.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-20'), '<p onmouseover="steal()">Hover</p>\n'),
    expected: reported('2019-02-20-handler\\.md', '16:1', 'body: the event handler onmouseover= on <p> would run a script'),
  },
  {
    name: 'a javascript: link',
    file: '2019-02-21-javascript.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-21'), '[Read more](javascript:steal())\n'),
    expected: reported('2019-02-21-javascript\\.md', '16:1', 'body: links to "javascript:steal\\(\\)"'),
  },
  {
    name: 'an MDX import outside the allow-list',
    file: '2019-02-22-import.mdx',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-22'), "import { readFileSync } from 'node:fs';\n\nText.\n"),
    expected: /error {2}body: imports "node:fs"[^\n]*\n {2}--> src\/content\/events\/2019-02-22-import\.mdx:16/,
  },
];

describe('the build fails on each kind of bad input, naming file, line, column and field', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildWith(Object.fromEntries(BAD.map(({ file, text }) => [`src/content/events/${file}`, text])));
  });
  afterAll(() => cleanUp(build));

  it('refuses to build, publishing nothing', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Content check failed');
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
  });

  it.for(BAD)('names $name in the one report', ({ expected }) => {
    expect(build.output).toMatch(expected);
  });
});

describe('a single bad entry is enough to stop the build', () => {
  it('an impossible date', async () => {
    const build = await buildWith({
      'src/content/events/2019-02-30-new-ruling.md': () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-30')),
    });
    try {
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(BAD[2]!.expected);
      expect(build.output).toContain('1 error');
    } finally {
      await cleanUp(build);
    }
  });
});

describe('no entry code ever runs at build time', () => {
  it('an MDX entry that tries, three ways, to write a file on the build machine is refused before anything is compiled', async () => {
    const marker = join(await mkdtemp(join(tmpdir(), 'cronista-marker-')), 'written');
    const write = `(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')`;
    const build = await buildWith({
      // A second frontmatter block: read as YAML by a naive splitter, compiled as MDX by Astro.
      'src/content/events/2019-02-23-second-block.mdx': () =>
        `---\n${VALID_FRONTMATTER.replace('2019-02-10', '2019-02-23')}\n---\n---\nimport fs from 'node:fs'\nexport const x = fs.writeFileSync(${JSON.stringify(marker)}, 'ran')\n---\n\nText.\n`,
      'src/content/events/2019-02-24-export.mdx': () =>
        eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-24'), `export const x = ${write};\n\nText.\n`),
      'src/content/events/2019-02-25-expression.mdx': () =>
        eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-25'), `Text {${write}}.\n`),
    });
    try {
      expect(build.code).not.toBe(0);
      for (const file of ['2019-02-23-second-block.mdx', '2019-02-24-export.mdx', '2019-02-25-expression.mdx']) {
        expect(build.output).toContain(`--> src/content/events/${file}`);
      }
      expect(existsSync(marker)).toBe(false);
    } finally {
      await cleanUp(build);
      await rm(join(marker, '..'), { recursive: true, force: true });
    }
  });

  it('a symlinked .md beside a clean .mdx of the same id is refused, and nothing it points to is published', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'cronista-outside-'));
    await writeFile(
      join(outside, 'evil.md'),
      eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-26'), '<script>alert(1)</script>\n'),
    );
    const build = await buildWith(
      {
        'src/content/events/2019-02-26-linked.mdx': () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-26'), 'Clean text.\n'),
      },
      { prepare: (root) => symlink(join(outside, 'evil.md'), join(root, 'src/content/events/2019-02-26-linked.md')) },
    );
    try {
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(
        /error {2}file: is a symbolic link \(expected a regular file; links are not followed\)\n {2}--> src\/content\/events\/2019-02-26-linked\.md/,
      );
      expect(existsSync(join(build.dist, 'events/2019-02-26-linked/index.html'))).toBe(false);
    } finally {
      await cleanUp(build);
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('the output guard: what no page may carry fails the build, whatever produced it', () => {
  it('a page with an inline event handler, written by a component (not an entry), stops the build at the guard', async () => {
    const build = await buildWith(
      {},
      {
        prepare: async (root) => {
          const about = join(root, 'src/pages/[...lang]/about.astro');
          const text = await readFile(about, 'utf8');
          await writeFile(about, text.replace('</BaseLayout>', '<p onclick="alert(1)">Injected</p>\n</BaseLayout>'));
        },
      },
    );
    try {
      expect(build.code).not.toBe(0);
      expect(build.output).toContain('The output guard refused 1 page');
      expect(build.output).toMatch(/dist\/about\/index\.html: the event handler onclick= on <p> would run a script/);
    } finally {
      await cleanUp(build);
    }
  });
});

describe('a valid new entry', () => {
  it('is published with its own page and on the timeline', async () => {
    const build = await buildWith({ 'src/content/events/2019-02-10-new-ruling.md': () => eventText(VALID_FRONTMATTER) });
    try {
      expect(build.code).toBe(0);
      expect((await page(build.dist, '/events/2019-02-10-new-ruling/'))('main h1').text()).toBe('A new ruling');
      const home = await page(build.dist, '/');
      expect(home('main li h3 a[href="/events/2019-02-10-new-ruling/"]').text()).toBe('A new ruling');
    } finally {
      await cleanUp(build);
    }
  });
});
