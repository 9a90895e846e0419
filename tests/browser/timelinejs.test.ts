import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveWithTimelineJs } from '../helpers/exports.ts';
import type { TimelineJsData } from '../../src/lib/timelinejs/format.ts';

const dist = inject('demoDist');

/**
 * A page that loads Knight Lab's own TimelineJS3 build and feeds it the site's /timelinejs.json.
 * N.B. `script_path` points TimelineJS at the local copy for its language file, and `font: null`
 * stops it loading its default font stylesheet (whose fonts come from fonts.gstatic.com).
 */
const TEST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>TimelineJS test</title>
    <link rel="stylesheet" href="/timelinejs/css/timeline.css" />
  </head>
  <body>
    <div id="timeline-embed" style="width: 1000px; height: 640px"></div>
    <script src="/timelinejs/js/timeline.js"></script>
    <script>
      fetch('/timelinejs.json')
        .then((response) => response.json())
        .then((data) => {
          window.timeline = new TL.Timeline('timeline-embed', data, {
            script_path: location.origin + '/timelinejs/js/',
            font: null,
            language: 'en',
            hash_bookmark: false,
          });
          window.timeline.on('loaded', () => (window.timelineLoaded = true));
        });
    </script>
  </body>
</html>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveWithTimelineJs>>;

beforeAll(async () => {
  server = await serveWithTimelineJs(dist, TEST_PAGE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the TimelineJS export in Knight Lab’s TimelineJS3', () => {
  it('shows the title slide and one slide per published event, offline and without errors', async () => {
    const data = JSON.parse(await readFile(join(dist, 'timelinejs.json'), 'utf8')) as TimelineJsData;
    const page = await browser.newPage();
    const errors: string[] = [];
    const offsite: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offsite.push(url.href);
      return route.abort();
    });

    await page.goto(`${server.url}/timelinejs-test.html`);
    await page.waitForFunction(() => (window as unknown as { timelineLoaded?: boolean }).timelineLoaded === true, undefined, {
      timeout: 30_000,
    });

    const shown = await page.evaluate(() => {
      const timeline = (
        window as unknown as { timeline: { config: { events: unknown[]; eras: unknown[]; messages: { errors: unknown[] } } } }
      ).timeline;
      return {
        events: timeline.config.events.length,
        eras: timeline.config.eras.length,
        configErrors: timeline.config.messages.errors.map(String),
        slides: document.querySelectorAll('.tl-storyslider .tl-slide').length,
        titleSlides: document.querySelectorAll('.tl-storyslider .tl-slide-titleslide').length,
        markers: document.querySelectorAll('.tl-timenav .tl-timemarker').length,
        headlines: [...document.querySelectorAll('.tl-storyslider .tl-slide:not(.tl-slide-titleslide) .tl-headline')].map((h) =>
          h.textContent?.trim(),
        ),
      };
    });

    expect(shown.configErrors).toEqual([]);
    expect(shown.events).toBe(data.events.length);
    expect(shown.eras).toBe(data.eras?.length);
    expect(shown.titleSlides).toBe(1);
    expect(shown.slides).toBe(data.events.length + 1);
    expect(shown.markers).toBe(data.events.length);
    expect(shown.headlines.toSorted()).toEqual(data.events.map((slide) => slide.text?.headline?.replaceAll('&amp;', '&')).toSorted());
    expect(await page.locator('.tl-slide-titleslide .tl-headline').innerText()).toBe(
      "Two presidents: Venezuela's crisis, January–February 2019",
    );
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });
});
