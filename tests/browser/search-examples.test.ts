import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoInBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

/** Every search link the documentation shows a reader, from README.md, CONTRIBUTING.md and docs/. */
async function documentedSearches(): Promise<{ file: string; path: string }[]> {
  const files = [
    'README.md',
    'CONTRIBUTING.md',
    ...(await readdir(join(PROJECT_ROOT, 'docs'))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ];
  const found: { file: string; path: string }[] = [];
  for (const file of files) {
    const text = await readFile(join(PROJECT_ROOT, file), 'utf8');
    for (const [path] of text.matchAll(/\/(?:[a-z]{2}\/)?search\/\?[^\s`)"'<>]+/g)) found.push({ file, path });
  }
  return found;
}

const demo = demoInBrowser();

describe('the search links in the documentation', async () => {
  const searches = await documentedSearches();

  it('are there to check', () => {
    expect(searches.length).toBeGreaterThan(0);
  });

  it.for(searches)('$path ($file) shows results on the demo', async ({ path }) => {
    const page = await (await demo.browser.newContext()).newPage();
    await page.goto(`${demo.server.url}${path}`);
    // The summary starts with the count in every language ("2 results for …", "1 resultado …").
    const summary = page.locator('[data-search-page] pagefind-summary');
    await expect.poll(() => summary.innerText()).toMatch(/^\d/);
    expect(await summary.innerText()).toMatch(/^[1-9]/);
    await expect.poll(() => page.locator('[data-search-page] a.pf-result-link').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
