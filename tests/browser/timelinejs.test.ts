import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as cheerio from 'cheerio';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveWithTimelineJs } from '../helpers/exports.ts';
import { buildTimelineJs } from '../../src/lib/exports/timelinejs.ts';
import { formatEventDate } from '../../src/lib/dates.ts';
import { escapeHtml } from '../../src/lib/html-text.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { categorySchema, phaseSchema, storySchema } from '../../src/schemas/taxonomy.ts';
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
    expect(shown.headlines.toSorted()).toEqual(
      data.events.map((slide) => cheerio.load(`<body>${slide.text?.headline}</body>`)('body').text()).toSorted(),
    );
    expect(await page.locator('.tl-slide-titleslide .tl-headline').innerText()).toBe(
      "Two presidents: Venezuela's crisis, January–February 2019",
    );
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });
});

/** Payloads that call `window.pwned(where)` if TimelineJS ever lets them run: markup, escaped markup, and a quote for linkify. */
const payloads = (where: string) => [
  `<img src=x onerror=pwned('${where}')>`,
  `&lt;img src=x onerror=pwned('${where}')&gt;`,
  `<svg onload=pwned('${where}')>`,
  `www.a.io/'tabindex='0'autofocus=''onfocus='pwned("${where}")'onmouseover='pwned("${where}")'`,
];
/** The payloads for a field; `short` leaves out linkify's (headlines are not linkified, and are at most 140 characters). */
const hostile = (where: string, short = false) =>
  payloads(where.replaceAll(' ', '-'))
    .slice(0, short ? 3 : 4)
    .join(short ? '' : ' ');

/** A category name that is escaped markup already: TimelineJS decodes it before writing it as HTML. */
const ENTITY_CATEGORY = `&lt;img src=x onerror=pwned('category-entity')&gt;`;

/** A story whose every text field a contributor writes carries the payloads. */
function hostileStory() {
  const event = (id: string, category: string) => ({
    id,
    data: eventSchema.parse({
      title: hostile(`title ${id}`, true),
      summary: hostile(`summary ${id}`),
      date: id.slice(0, 10),
      approximate: true,
      category,
      sources: [{ title: hostile(`source ${id}`), publisher: hostile(`publisher ${id}`), url: 'https://news.example.com/a' }],
      media: [
        {
          url: 'https://images.example.com/x.jpg',
          alt: hostile(`alt ${id}`),
          caption: hostile(`caption ${id}`),
          credit: hostile(`cr ${id.slice(-1)}`),
          title: hostile(`mt ${id.slice(-1)}`, true),
        },
      ],
      location: { name: hostile(`pl ${id.slice(-1)}`, true).slice(0, 120), lat: 10, lon: -66 },
    }),
  });
  return buildTimelineJs({
    language: 'en-GB',
    eventDate: (data) => formatEventDate(data, 'en-GB'),
    story: storySchema.parse({
      title: hostile('story title', true),
      dek: hostile('dek'),
      introduction: `${hostile('introduction')}\n`,
      site: 'https://hostile.example.org',
      publisher: 'Desk',
    }),
    events: [event('2019-01-10-a', 'raw'), event('2019-02-10-b', 'entity')],
    actors: [],
    categories: [
      { id: 'raw', data: categorySchema.parse({ name: hostile('category raw', true), description: 'One.' }) },
      { id: 'entity', data: categorySchema.parse({ name: ENTITY_CATEGORY, description: 'Two.' }) },
    ],
    phases: [
      {
        id: 'all',
        data: phaseSchema.parse({
          title: hostile('phase title', true),
          start: '2019-01',
          end: '2019-03',
          summary: hostile('phase summary'),
        }),
      },
    ],
  });
}

/** Loads `file` in TimelineJS3, visits every slide, hovers and focuses every link; returns what ran, what was injected and what shows. */
async function render(page: Page, url: string, file: string) {
  await page.addInitScript(() => {
    const ran: string[] = [];
    Object.assign(window, { ran, pwned: (where: string) => ran.push(where) });
  });
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(`${url}/timelinejs-test.html#${file}`);
  await page.waitForFunction(() => (window as unknown as { timelineLoaded?: boolean }).timelineLoaded === true, undefined, {
    timeout: 30_000,
  });
  const slides = await page.evaluate(
    () => (window as unknown as { timeline: { config: { events: unknown[] } } }).timeline.config.events.length + 1,
  );
  for (let index = 0; index < slides; index++) {
    await page.evaluate((n) => (window as unknown as { timeline: { goTo: (n: number) => void } }).timeline.goTo(n), index);
    await page.waitForTimeout(1_200);
  }
  for (const link of await page.locator('#timeline-embed a').all()) {
    await link.dispatchEvent('mouseover');
    await link.dispatchEvent('focus');
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const root = document.querySelector('#timeline-embed')!;
    const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        // linkify's own links carry onclick="void(0)".
        .filter((attribute) => /^on/i.test(attribute.name) && !(attribute.name === 'onclick' && attribute.value === 'void(0)'))
        .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
    );
    return {
      ran: (window as unknown as { ran: string[] }).ran,
      handlers,
      injected: [...root.querySelectorAll('img[src="x"], svg[onload], script, [autofocus]')].map((element) => element.outerHTML),
      groups: [...root.querySelectorAll('.tl-timegroup-message')].map((element) => element.textContent),
      headlines: [...root.querySelectorAll('.tl-slide:not(.tl-slide-titleslide) .tl-headline')].map((element) => element.textContent),
      captions: [...root.querySelectorAll('.tl-caption')].map((element) => element.textContent),
    };
  });
}

const HOSTILE_PAGE = TEST_PAGE.replace("fetch('/timelinejs.json')", "fetch('/' + location.hash.slice(1))");

describe('hostile text in the TimelineJS export, in Knight Lab’s TimelineJS3', () => {
  let folder: string;
  let hostileServer: Awaited<ReturnType<typeof serveWithTimelineJs>>;
  const data = hostileStory();

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cronista-timelinejs-'));
    await writeFile(join(folder, 'exported.json'), JSON.stringify(data));
    // The same story as the export wrote it before: HTML fields escaped once, plain-text fields as written.
    const naive = structuredClone(data);
    naive.events.forEach((slide, index) => {
      slide.group = index === 0 ? hostile('category raw', true) : ENTITY_CATEGORY;
      slide.text!.text = `<p>${escapeHtml(hostile('summary'))}</p>`;
      if (slide.media) slide.media.caption = escapeHtml(hostile('caption'));
    });
    await writeFile(join(folder, 'naive.json'), JSON.stringify(naive));
    hostileServer = await serveWithTimelineJs(folder, HOSTILE_PAGE);
  });
  afterAll(async () => {
    await hostileServer?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('runs the payloads when they are written as the export used to write them (the test can see an injection)', async () => {
    const page = await browser.newPage();
    const shown = await render(page, hostileServer.url, 'naive.json');
    expect(shown.ran).toEqual(expect.arrayContaining(['category-entity', 'category-raw', 'summary', 'caption']));
    expect(shown.handlers.some((handler) => handler.includes('onfocus'))).toBe(true);
    await page.close();
  });

  it('shows every hostile category, title, summary, caption and credit as text: no element injected, no script run', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const shown = await render(page, hostileServer.url, 'exported.json');
    expect(shown.ran).toEqual([]);
    expect(shown.handlers).toEqual([]);
    expect(shown.injected).toEqual([]);
    expect(errors).toEqual([]);
    // Shown as written: the row labels, the headlines and the captions read exactly as the contributor typed them.
    expect(shown.groups.toSorted()).toEqual([hostile('category raw', true), ENTITY_CATEGORY].toSorted());
    expect(shown.headlines.toSorted()).toEqual([hostile('title 2019-01-10-a', true), hostile('title 2019-02-10-b', true)].toSorted());
    expect(shown.captions).toEqual(expect.arrayContaining([hostile('caption 2019-01-10-a')]));
    await page.close();
  });
});
