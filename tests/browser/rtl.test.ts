import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildWithContent, cleanUp, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import { FIXTURE_ROOT } from '../helpers/content.ts';

// A story in a right-to-left language (Arabic; the interface falls back to English words where
// Arabic has no strings file yet, but the page is laid out right to left).
let build: BuildResult;
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  build = await buildWithContent(join(FIXTURE_ROOT, 'src/content'), {
    prepare: async (root) => {
      const file = join(root, 'src/content/story.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('language: en-GB', 'language: ar'));
    },
  });
  if (build.code !== 0) throw new Error(build.output);
  server = await serveDist(build.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cleanUp(build);
});

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
])('a right-to-left story on a %s', (_, viewport) => {
  it.each(['/', '/events/2019-02-02-judge-speaks/', '/actors/'])('lays %s out right to left, with nothing overflowing', async (path) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      const layout = await page.evaluate(() => {
        const heading = document.querySelector('main h1')!.getBoundingClientRect();
        const main = document.querySelector('main .wrap, main article')!.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          direction: getComputedStyle(document.querySelector('main')!).direction,
          // In right-to-left text, a heading's line starts at the right edge of its column.
          headingRightGap: Math.round(main.right - heading.right),
        };
      });
      expect(layout.direction).toBe('rtl');
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.headingRightGap).toBeLessThan(48);
    } finally {
      await context.close();
    }
  });
});
