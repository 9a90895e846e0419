import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { PROJECT_ROOT, listFiles } from '../helpers/build.ts';
import { brokenReferences, type BuiltSite } from '../helpers/link-check.ts';
import { readStory } from '../../src/integrations/cronista.ts';

let site: BuiltSite;

beforeAll(async () => {
  const dist = inject('demoDist');
  const files = await listFiles(dist);
  const pages = new Map<string, string>();
  for (const file of files.filter((name) => name.endsWith('.html'))) pages.set(file, await readFile(join(dist, file), 'utf8'));
  site = { files: new Set(files), pages };
});

describe('markup', () => {
  it('builds a good number of pages to check', () => {
    // Timeline, about, search, 404, indexes, and a page per event, actor and category.
    expect(site.pages.size).toBeGreaterThan(60);
  });

  it('passes html-validate (the standard preset, as configured in .htmlvalidate.json) on every page', async () => {
    // N.B. The demo was built in a temporary copy of the project; naming each page as if it were in
    // this repository's dist/ makes the loader find the repository's .htmlvalidate.json.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const [file, html] of site.pages) {
      const report = await validator.validateString(html, join(PROJECT_ROOT, 'dist', file));
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('links', () => {
  it('has no broken internal link, anchor or asset on any page', async () => {
    const story = await readStory(PROJECT_ROOT);
    const siteUrl = new URL(story.base, story.site);
    const broken = brokenReferences(site, siteUrl).map(({ page, reference, problem }) => `${page}: ${reference}: ${problem}`);
    expect(broken).toEqual([]);
  });
});
