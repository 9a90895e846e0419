import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, VALID_FRONTMATTER, eventText } from '../helpers/content.ts';
import { buildWithContent, cleanUp, page } from '../helpers/build.ts';

const CONTENT = join(FIXTURE_ROOT, 'src/content');
const NEW = 'src/content/events/2019-02-10-new-ruling.md';

/** Builds the fixture with one file written or changed, and returns the build. */
async function buildWith(path: string, text: (current: string) => string) {
  return buildWithContent(CONTENT, {
    prepare: async (root) => {
      const file = join(root, path);
      const current = existsSync(file) ? await readFile(file, 'utf8') : '';
      await writeFile(file, text(current));
    },
  });
}

const cases: { name: string; path: string; text: (current: string) => string; expected: RegExp }[] = [
  {
    name: 'malformed YAML',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER.replace('summary: The', 'summary: [The')),
    expected: /2019-02-10-new-ruling\.md:\d+ {2}\(yaml\): .*expected valid YAML/,
  },
  {
    name: 'a missing title',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER.replace(/^title: .*\n/m, '')),
    expected: /2019-02-10-new-ruling\.md:1 {2}title: is missing \(expected a short headline\)/,
  },
  {
    name: 'an impossible date',
    path: 'src/content/events/2019-02-30-new-ruling.md',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-30')),
    expected: /2019-02-30-new-ruling\.md:4 {2}date: "2019-02-30" is not a real date: February 2019 has 28 days/,
  },
  {
    name: 'an unknown category',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER.replace('category: court', 'category: tribunal')),
    expected: /2019-02-10-new-ruling\.md:5 {2}category: "tribunal" is not a category/,
  },
  {
    name: 'an unknown actor',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER.replace('[high-court]', '[nobody]')),
    expected: /2019-02-10-new-ruling\.md:6 {2}actors\.0: "nobody" is not an actor/,
  },
  {
    name: 'an unknown related event',
    path: NEW,
    text: () => eventText(`${VALID_FRONTMATTER}\nrelated: [2019-09-09-missing]`),
    expected: /2019-02-10-new-ruling\.md:14 {2}related\.0: "2019-09-09-missing" is not an event/,
  },
  {
    name: 'an empty sources list',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER.replace(/sources:[\s\S]*$/, 'sources: []')),
    expected: /2019-02-10-new-ruling\.md:7 {2}sources: is empty \(expected at least one source/,
  },
  {
    name: 'a non-http source URL',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER.replace('https://example.com/new', 'ftp://example.com/new')),
    expected: /2019-02-10-new-ruling\.md:10 {2}sources\.0\.url: "ftp:\/\/example\.com\/new" is not a web address/,
  },
  {
    name: 'two files with the same id',
    path: 'src/content/events/2019-02-02-judge-speaks.mdx',
    text: () => eventText(VALID_FRONTMATTER.replace('2019-02-10', '2019-02-02')),
    expected:
      /2019-02-02-judge-speaks\.mdx {2}file: has the same id "2019-02-02-judge-speaks" as src\/content\/events\/2019-02-02-judge-speaks\.md/,
  },
  {
    name: 'a raw <script>',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER, '<script>alert(1)</script>\n'),
    expected: /2019-02-10-new-ruling\.md:16 {2}body: contains a <script> element/,
  },
  {
    name: 'an <iframe>',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER, 'Text <iframe src="https://example.com"></iframe>\n'),
    expected: /2019-02-10-new-ruling\.md:16 {2}body: contains a <iframe> element/,
  },
  {
    name: 'an on* handler',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER, '<p onmouseover="steal()">Hover</p>\n'),
    expected: /2019-02-10-new-ruling\.md:16 {2}body: has an event-handler attribute onmouseover=/,
  },
  {
    name: 'a javascript: link',
    path: NEW,
    text: () => eventText(VALID_FRONTMATTER, '[Read more](javascript:steal())\n'),
    expected: /2019-02-10-new-ruling\.md:16 {2}body: links to "javascript:steal\(\)"/,
  },
  {
    name: 'an MDX import outside the allow-list',
    path: 'src/content/events/2019-02-10-new-ruling.mdx',
    text: () => eventText(VALID_FRONTMATTER, "import { readFileSync } from 'node:fs';\n\nText.\n"),
    expected: /2019-02-10-new-ruling\.mdx:16 {2}body: imports "node:fs"/,
  },
];

describe('the build fails on each kind of bad input, naming file, line and field', () => {
  it.for(cases)('$name', async ({ path, text, expected }) => {
    const build = await buildWith(path, text);
    try {
      expect(build.code).not.toBe(0);
      expect(build.output).toMatch(expected);
      expect(build.output).toContain('Content check failed');
      expect(existsSync(join(build.dist, 'index.html'))).toBe(false);
    } finally {
      await cleanUp(build);
    }
  });
});

describe('a valid new entry', () => {
  it('is published with its own page and on the timeline', async () => {
    const build = await buildWith(NEW, () => eventText(VALID_FRONTMATTER));
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
