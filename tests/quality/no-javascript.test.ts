import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import { MISSING_PAGE, pageTypes } from './page-types.ts';

/**
 * Elements that may stay hidden without JavaScript, and why: each is an enhancement that needs a
 * script to work at all, with the page complete without it.
 */
const SCRIPT_ONLY = {
  '[data-search-fields]': 'facets and sort keys for the search index, never shown',
  '[data-copy-link]': 'the Copy link button needs the Clipboard API',
  '[data-search-ui]': "Pagefind's search box and results; a <noscript> notice points to the timeline and categories",
  '[data-search-status]': "the search's loading and error messages, which only a running search has",
  '[data-player-controls]': "a video's Play button inserts the player with a script; the link to the original is shown instead",
};

/**
 * Text that is never drawn, with or without a script, and why: it is read, not shown.
 */
const NEVER_DRAWN = {
  '[data-time-axis] title': "each time-axis mark's name: what screen readers announce and a pointer's tooltip shows",
  '[data-time-axis] .only-wide, [data-time-axis] .only-narrow': 'an axis label drawn at one width only; the other width draws its own',
};

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const pages = {} as Record<keyof typeof VIEWPORTS, Page>;

beforeAll(async () => {
  server = await serveDist(inject('demoDist'));
  browser = await launchBrowser();
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    pages[name as keyof typeof VIEWPORTS] = await context.newPage();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a reader sees of the loaded page: its h1s, its main content, its event links, and hidden text. */
function inspect(page: Page) {
  return page.evaluate(
    (scriptOnly) => {
      /** Drawn: a box of some size, not hidden by display, visibility or opacity (its own or an ancestor's). */
      const isShown = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      };
      const main = document.querySelector('main');
      // Text a script would have revealed: hidden elements with text of their own, outside the known enhancements.
      const hidden = [...document.body.querySelectorAll('*')]
        .filter((element) => !element.closest(`script, style, template, ${scriptOnly.join(', ')}`))
        .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
        .filter((element) => !isShown(element))
        .map(
          (element) =>
            `<${element.localName}${element.className ? ` class="${element.className}"` : ''}> ${element.textContent!.trim().slice(0, 60)}`,
        );
      return {
        headings: [...document.querySelectorAll('h1')].map((heading) => ({ text: heading.textContent?.trim(), shown: isShown(heading) })),
        main: main && { shown: isShown(main), text: main.innerText.trim() },
        // The list's links; the time axis links every event again, and is checked on its own.
        eventLinks: [...(main?.querySelectorAll<HTMLAnchorElement>('a[href*="/events/"]') ?? [])]
          .filter((anchor) => !anchor.closest('[data-time-axis]'))
          .map((anchor) => ({ path: new URL(anchor.href).pathname, shown: isShown(anchor) })),
        axisLinks: [...(main?.querySelectorAll('[data-time-axis] a') ?? [])].map((anchor) => ({
          path: new URL(anchor.getAttribute('href')!, location.href).pathname,
          shown: isShown(anchor),
        })),
        hidden,
      };
    },
    [...Object.keys(SCRIPT_ONLY), ...Object.keys(NEVER_DRAWN)],
  );
}

describe.for(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('without JavaScript, %s', (viewport) => {
  it('the timeline shows every event', async () => {
    const page = pages[viewport];
    await page.goto(`${server.url}/`);
    const events = (await readdir(join(inject('demoDist'), 'events'), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    const { eventLinks, axisLinks } = await inspect(page);
    for (const links of [eventLinks, axisLinks]) {
      expect(links.filter((link) => !link.shown)).toEqual([]);
      expect(links).toHaveLength(events.length);
      expect(links.map((link) => link.path).toSorted()).toEqual(events.map((entry) => `/events/${entry.name}/`).toSorted());
    }
  });

  it.for(pageTypes(inject('demoDist')))(
    '$name ($path) shows its heading and content, with nothing waiting for a script',
    async ({ path }) => {
      const page = pages[viewport];
      await page.goto(`${server.url}${path}`);
      const { headings, main, hidden } = await inspect(page);
      expect(headings).toEqual([{ text: expect.any(String), shown: true }]);
      const heading = headings[0]!.text!;
      if (path === MISSING_PAGE) expect(heading).toBe('Page not found');
      expect(main?.shown).toBe(true);
      expect(main?.text).toContain(heading);
      expect(main?.text.length).toBeGreaterThan(150);
      // A "Loading…" placeholder would never be replaced.
      expect(main?.text).not.toMatch(/^\s*loading\b/im);
      expect(hidden).toEqual([]);
    },
  );
});
