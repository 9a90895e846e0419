import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import type { EventsExport } from '../../src/lib/exports/events-schema.ts';
import { eventSpan } from '../../src/lib/time-axis.ts';
import { typographicQuotes } from '../../src/lib/typography.ts';
import { createTranslator, type UiStrings } from '../../src/lib/i18n/translate.ts';
import type { CalendarDate } from '../../src/schemas/calendar-date.ts';
import en from '../../src/i18n/en.json';
import es from '../../src/i18n/es.json';

/**
 * The time axis at the top of the timeline, as a reader meets it: every event a link at a place
 * proportional to its date, in time order for the keyboard, named by title and date, and on a
 * phone in the first screen. Expectations come from the story's own open data, not fixed counts.
 */
const dist = inject('demoDist');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const EDITIONS = [
  { prefix: '', strings: en as UiStrings },
  { prefix: '/es', strings: es as UiStrings },
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  server = await serveDist(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pearson's correlation of two series. */
function pearson(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  xs.forEach((x, index) => {
    covariance += (x - mx) * (ys[index]! - my);
    vx += (x - mx) ** 2;
    vy += (ys[index]! - my) ** 2;
  });
  return covariance / Math.sqrt(vx * vy);
}

/** The axis's links as drawn: where each points, and the centre of its box. */
const axisLinks = (page: Page) =>
  page.locator('[data-time-axis] a').evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      return {
        path: new URL(link.getAttribute('href')!, location.href).pathname,
        x: box.left + box.width / 2,
        y: box.top + box.height / 2 + scrollY,
        width: box.width,
        height: box.height,
      };
    }),
  );

describe.for(EDITIONS)('the time axis of $prefix/', ({ prefix, strings }) => {
  const t = createTranslator(prefix ? 'es' : 'en-GB', strings, en as UiStrings);

  describe.for(Object.entries(VIEWPORTS))('at %s size', ([name, viewport]) => {
    let page: Page;
    let events: EventsExport['events'];
    beforeAll(async () => {
      ({ events } = JSON.parse(await readFile(join(dist, prefix.slice(1), 'events.json'), 'utf8')) as EventsExport);
      page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${server.url}${prefix}/`);
    });
    afterAll(() => page.context().close());

    it('links every event once, in time order', async () => {
      const links = await axisLinks(page);
      expect(links.map((link) => link.path).toSorted()).toEqual(events.map((event) => new URL(event.url).pathname).toSorted());
      // Tab order is time order: the links come in the timeline's order, left to right.
      expect(links.map((link) => link.path)).toEqual(events.map((event) => new URL(event.url).pathname));
      for (let index = 1; index < links.length; index++) expect(links[index]!.x).toBeGreaterThanOrEqual(links[index - 1]!.x - 0.5);
    });

    it('places each link in proportion to its event’s date', async () => {
      const links = new Map((await axisLinks(page)).map((link) => [link.path, link]));
      const xs = events.map((event) => links.get(new URL(event.url).pathname)!.x);
      const days = events.map((event) => eventSpan({ date: event.date as CalendarDate }).middle);
      expect(pearson(xs, days)).toBeGreaterThanOrEqual(0.98);
    });

    it('gives every mark a 24 px target and a name with the event’s title and date', async () => {
      const links = await axisLinks(page);
      for (const link of links) expect(Math.min(link.width, link.height)).toBeGreaterThanOrEqual(23.9);
      const axis = page.locator('[data-time-axis]');
      for (const event of events) {
        const date = t.eventDate({ ...event, date: event.date as CalendarDate, endDate: event.endDate as CalendarDate | undefined });
        const name = t('axis.mark', { title: typographicQuotes(event.title), date });
        await expect.poll(() => axis.getByRole('link', { name, exact: true }).count(), { timeout: 2000 }).toBe(1);
      }
      expect(await axis.getByRole('list').count()).toBe(1);
    });

    it('is seen before scrolling', async () => {
      const box = (await page.locator('[data-time-axis]').boundingBox())!;
      expect(box.y).toBeLessThan(viewport.height);
      if (name === 'phone') expect(box.width).toBeLessThanOrEqual(viewport.width);
    });
  });
});

describe('the time axis of a part of the story', async () => {
  const { events } = JSON.parse(await readFile(join(dist, 'events.json'), 'utf8')) as EventsExport;
  const actor = events.flatMap((event) => event.actors).find((id, index, all) => all.indexOf(id) !== index)!;
  const category = events[0]!.category;
  const paths = (list: typeof events) => list.map((event) => new URL(event.url).pathname);
  const pages = [
    { path: `/actors/${actor}/`, expected: paths(events.filter((event) => event.actors.includes(actor))) },
    { path: `/categories/${category}/`, expected: paths(events.filter((event) => event.category === category)) },
    { path: '/embed/', expected: paths(events) },
  ];

  it.for(pages)('$path links exactly its own events, in time order, in proportion to their dates', async ({ path, expected }) => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
    await page.goto(`${server.url}${path}`);
    const links = await axisLinks(page);
    expect(links.map((link) => link.path)).toEqual(expected);
    if (links.length > 2) {
      const byPath = new Map(events.map((event) => [new URL(event.url).pathname, eventSpan({ date: event.date as CalendarDate }).middle]));
      expect(
        pearson(
          links.map((link) => link.x),
          links.map((link) => byPath.get(link.path)!),
        ),
      ).toBeGreaterThanOrEqual(0.98);
    }
    await page.context().close();
  });
});
