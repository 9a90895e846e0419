import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import { PHOTO_EVENT, VIDEO_EVENT, VIDEO_ID, buildMediaFixture } from '../helpers/media-fixture.ts';

let build: BuildResult;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  build = await buildMediaFixture();
  if (build.code !== 0) throw new Error(`media fixture build failed:\n${build.output}`);
  server = await serveDist(build.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cleanUp(build);
});

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/**
 * A fresh page that records every request it makes, its frames' included. With no network here,
 * a request to another site fails, but it is recorded as attempted all the same.
 */
async function recordingPage(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
) {
  const context = await browser.newContext(options);
  contexts.push(context);
  const requests: string[] = [];
  context.on('request', (request: Request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { page, requests };
}

/** The requests that went anywhere but the local server. */
const elsewhere = (requests: readonly string[]) => requests.filter((url) => new URL(url).origin !== server.url && !url.startsWith('data:'));

/** Loads a page and scrolls to its end and back, so every lazy picture has been asked for. */
async function readWhole(page: Page, path: string) {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe('nothing is fetched from another site until the reader asks', () => {
  it('a page with a YouTube video and a map contacts only this site, then YouTube once Play is pressed', async () => {
    const { page, requests } = await recordingPage();
    await readWhole(page, `/events/${VIDEO_EVENT}/`);
    expect(requests.length).toBeGreaterThan(2);
    expect(elsewhere(requests)).toEqual([]);

    const play = page.getByRole('button', { name: 'Play on YouTube' });
    await expect.poll(() => play.isVisible()).toBe(true);
    await play.click();
    const frame = page.locator('figure[data-player] iframe');
    await expect.poll(() => frame.getAttribute('src')).toBe(`https://www.youtube-nocookie.com/embed/${VIDEO_ID}?autoplay=1`);
    expect(await frame.getAttribute('title')).toBe('The convoy sets off');
    // The player is asked for (it fails here, with no network, but the attempt is the point).
    await expect.poll(() => elsewhere(requests).map((url) => new URL(url).origin)).toContain('https://www.youtube-nocookie.com');
    expect(elsewhere(requests).every((url) => new URL(url).origin === 'https://www.youtube-nocookie.com')).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  });

  it('a page with photos, audio, a post, links and a map contacts only this site, in AVIF or WebP', async () => {
    const { page, requests } = await recordingPage({ viewport: { width: 390, height: 844 } });
    const pictures: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'image') pictures.push(response.headers()['content-type'] ?? '');
    });
    await readWhole(page, `/events/${PHOTO_EVENT}/`);
    expect(elsewhere(requests)).toEqual([]);
    // The lead photo and the second one, each in a modern format chosen from the srcset.
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const type of pictures) expect(type).toMatch(/^image\/(avif|webp)$/);
    // Audio waits for play: nothing of the file is fetched.
    expect(requests.filter((url) => url.endsWith('.mp3'))).toEqual([]);
    const lead = await page
      .locator('main figure.event-picture img')
      .first()
      .evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, width: img.naturalWidth }));
    expect(lead.src).toMatch(/\.(avif|webp)$/);
    expect(lead.width).toBeLessThan(2400);
  });

  it('without JavaScript the video is a link to the original, and no Play button shows', async () => {
    const { page, requests } = await recordingPage({ javaScriptEnabled: false });
    await readWhole(page, `/events/${VIDEO_EVENT}/`);
    expect(await page.getByRole('button', { name: 'Play on YouTube' }).isVisible()).toBe(false);
    const link = page.getByRole('link', { name: 'Watch on YouTube' });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${VIDEO_ID}`);
    expect(await page.getByText('The convoy sets off').isVisible()).toBe(true);
    expect(elsewhere(requests)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it.for([PHOTO_EVENT, VIDEO_EVENT])('%s shows all its media; only the Play control waits for a script', async (id) => {
    const { page } = await recordingPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/events/${id}/`);
    // Text hidden from a reader without JavaScript, outside the enhancements that need a script to work at all.
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => !element.closest('script, style, template, [data-player-controls], [data-search-fields], [data-copy-link]'))
        .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return !(box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
        })
        .map((element) => `<${element.localName}> ${element.textContent!.trim().slice(0, 60)}`),
    );
    expect(hidden).toEqual([]);
    for (const figure of await page.locator('main figure').all()) expect(await figure.isVisible()).toBe(true);
  });
});

describe('the locator map', () => {
  it.for([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('is drawn at least 150×100 and named "Cúcuta", at $width px wide', async (viewport) => {
    const { page, requests } = await recordingPage({ viewport, javaScriptEnabled: false });
    await readWhole(page, `/events/${VIDEO_EVENT}/`);
    const map = page.getByRole('img', { name: /Cúcuta/ });
    expect(await map.count()).toBe(1);
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(150);
    expect(box.height).toBeGreaterThanOrEqual(100);
    expect(await page.locator('figure.locator-map figcaption').innerText()).toContain('Cúcuta');
    expect(elsewhere(requests)).toEqual([]);
  });

  it('follows the dark scheme through CSS, not inline colours', async () => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const { page } = await recordingPage({ colorScheme });
      await page.goto(`${server.url}/events/${VIDEO_EVENT}/`);
      return page.locator('.locator-map__sea').evaluate((sea) => getComputedStyle(sea).fill);
    };
    expect(await colours('light')).not.toBe(await colours('dark'));
  });
});

describe('weight and accessibility', () => {
  it('an event page with a video facade and a map weighs under 60 KB gzipped before any interaction', async () => {
    const { page } = await recordingPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (response) =>
      bodies.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      ),
    );
    await page.goto(`${server.url}/events/${VIDEO_EVENT}/`, { waitUntil: 'networkidle' });
    const total = (await Promise.all(bodies)).reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(5_000);
    expect(total).toBeLessThan(60_000);
  });

  it.for(['light', 'dark'] as const)(
    'the media pages pass axe (WCAG 2.2 AA) in the %s scheme, before and after Play',
    async (colorScheme) => {
      const { page } = await recordingPage({ colorScheme, viewport: { width: 390, height: 844 } });
      const violations = async () =>
        (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      for (const id of [PHOTO_EVENT, VIDEO_EVENT]) {
        await page.goto(`${server.url}/events/${id}/`, { waitUntil: 'networkidle' });
        expect(await violations(), id).toEqual([]);
      }
      await page.getByRole('button', { name: 'Play on YouTube' }).click();
      await page.locator('iframe').waitFor();
      expect(await violations()).toEqual([]);
    },
  );
});
