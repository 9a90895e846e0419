import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExportedEvent } from '../../src/lib/exports/events-schema.ts';
import { demoInBrowser } from '../helpers/browser.ts';
import { categoryName, dateText, eventWithIdContaining, pathOf, readPublished } from '../helpers/published.ts';

/**
 * Search in Chromium, on the built demo. What a search should find is read from what the build
 * published (`/events.json`), so a corrected headline or a new event keeps these tests green.
 */
const data = await readPublished(inject('demoDist'));
/** The air force general's defection (fact sheet row 9): a name readers type without its accent. */
const yanez = eventWithIdContaining(data, 'yanez');
const YANEZ = pathOf(yanez);
const eventAt = (path: string) => data.events.find((event) => pathOf(event) === path);

/** Lowercase and without accents, as a reader may type it ("Guaidò" → "guaido"). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether every word of a query is in the event's headline or in the name of one of its actors. */
function answers(query: string, event: ExportedEvent): boolean {
  const names = event.actors.map((id) => data.actors.find((actor) => actor.id === id)?.name ?? '');
  const words = fold(query).split(/\s+/);
  return [event.title, ...names].some((text) => words.every((word) => fold(text).includes(word)));
}

const demo = demoInBrowser();

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** A fresh page in front (only the page in front has keyboard focus), closed after the test. */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await demo.browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  await page.bringToFront();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** How many results the summary line reports ("12 results for gold"). */
async function resultCount(page: Page, scope: string): Promise<number> {
  const summary = page.locator(`${scope} pagefind-summary`);
  await expect.poll(() => summary.innerText()).toMatch(/\d+ results? for/);
  return Number(/(\d+) results? for/.exec(await summary.innerText())![1]);
}

/** The result links a searcher sees in the dialog or on the search page (the first page of results). */
async function resultLinks(page: Page, scope: string) {
  const links = page.locator(`${scope} pagefind-results a.pf-result-link`);
  await links.first().waitFor();
  const expected = Math.min(await resultCount(page, scope), 5);
  await expect.poll(() => links.count()).toBeGreaterThanOrEqual(expected);
  return links.evaluateAll((anchors) =>
    anchors.map((a) => ({ text: a.textContent?.trim(), href: new URL((a as HTMLAnchorElement).href).pathname })),
  );
}

/** Types in the header search and submits it, as a reader would. */
async function headerSearch(page: Page, query: string) {
  await page.goto(`${demo.server.url}/`);
  await page.getByRole('searchbox', { name: 'Search the timeline' }).fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('pagefind-modal dialog[open]').waitFor();
  return resultLinks(page, 'pagefind-modal');
}

describe('search from the header', () => {
  it('loads nothing of Pagefind before the reader reaches for search', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${demo.server.url}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('finds the air force general by his name written without the accent', async () => {
    const page = await newPage();
    const links = await headerSearch(page, 'Yanez');
    expect(links).toContainEqual({ text: yanez.title, href: YANEZ });
    const result = page.locator('pagefind-modal li.pf-result').filter({ has: page.locator(`a.pf-result-link[href$="${YANEZ}"]`) });
    expect(await result.locator('.search-result-meta').textContent()).toBe(`${dateText(data, yanez)} · ${categoryName(data, yanez)}`);
    await expect.poll(() => result.locator('mark').first().textContent()).toBe('Yánez');
    await result.locator('a.pf-result-link').click();
    await page.waitForURL(`**${YANEZ}`);
    expect(await page.locator('h1').textContent()).toBe(yanez.title);
  });

  it.for(['Guaido declares', 'Guaidò declares', 'gold', 'tribunal', 'Saab', 'Cucuta'])(
    '"%s" shows an event a reader means: one with those words in its headline or its actors’ names',
    async (query) => {
      const meant = data.events.filter((event) => answers(query, event)).map(pathOf);
      expect(meant, `no published event answers "${query}"`).not.toEqual([]);
      const page = await newPage();
      const links = await headerSearch(page, query);
      expect(links.map((link) => link.href).filter((href) => meant.includes(href))).not.toEqual([]);
    },
  );

  it('works by keyboard alone: Ctrl+K, type, arrow to a result, Enter', async () => {
    const page = await newPage();
    await page.goto(`${demo.server.url}/about/`);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input') ?? false)).toBe(true);
    await page.keyboard.type('general Yanez');
    // A keyboard user waits until the results for the whole query are on screen: the summary names
    // it, and the first result is about Yánez.
    const summary = page.locator('pagefind-modal pagefind-summary');
    const firstLink = page.locator('pagefind-modal a.pf-result-link').first();
    const shown = async () => ({
      summary: /results? for general Yanez$/.test((await summary.textContent({ timeout: 1_000 }).catch(() => ''))?.trim() ?? ''),
      first: fold((await firstLink.textContent({ timeout: 1_000 }).catch(() => '')) ?? '').includes('yanez'),
    });
    await expect.poll(shown).toEqual({ summary: true, first: true });
    const first = await firstLink.evaluate((a) => (a as HTMLAnchorElement).pathname);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first}`);
  });

  it('announces the result count to screen readers', async () => {
    const page = await newPage();
    await page.goto(`${demo.server.url}/`);
    // Live-region text is short-lived; record every text a screen reader would be told.
    await page.evaluate(() => {
      const heard: string[] = [];
      Object.assign(window, { heard });
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          const node = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
          const region = node?.closest('[aria-live]');
          if (region?.textContent) heard.push(region.textContent);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('sanctions');
    await page.keyboard.press('Enter');
    await page.locator('pagefind-modal a.pf-result-link').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')))
      .toMatch(/\d+ results? for sanctions/);
  });
});

describe('the search page', () => {
  /** The events behind result links, failing on a link to anything but a published event. */
  const eventsOf = (links: { href: string }[]) =>
    links.map((link) => {
      const event = eventAt(link.href);
      if (!event) throw new Error(`${link.href} is not a published event`);
      return event;
    });

  it('narrows the results with the category facet, and keeps the search in the URL', async () => {
    const category = categoryName(data, yanez);
    const page = await newPage();
    await page.goto(`${demo.server.url}/search/?q=Maduro`);
    await resultLinks(page, '[data-search-page]');
    const all = await resultCount(page, '[data-search-page]');
    await page.locator('pagefind-filter-pane details[data-filter-name="category"] summary').click();
    const checkbox = page
      .locator('pagefind-filter-pane input[type="checkbox"][name="category"]')
      .and(page.getByRole('checkbox', { name: category }));
    // The facet says how many results it keeps ("Military and defections 4").
    const kept = Number(
      await checkbox.evaluate((input) => input.closest('label')?.querySelector('.pf-filter-checkbox-count')?.textContent),
    );
    await checkbox.check();
    await expect.poll(() => resultCount(page, '[data-search-page]')).toBe(kept);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all);
    const narrowed = await resultLinks(page, '[data-search-page]');
    expect(narrowed.map((link) => link.href)).toContain(YANEZ);
    expect(eventsOf(narrowed).filter((event) => event.category !== yanez.category)).toEqual([]);
    const metas = await page.locator('[data-search-page] .search-result-meta').allTextContents();
    expect(metas.filter((meta) => !meta.endsWith(`· ${category}`))).toEqual([]);
    await expect
      .poll(() => [...new URL(page.url()).searchParams])
      // Facets go in the address by id, so a shared link works in every edition.
      .toEqual([
        ['q', 'Maduro'],
        ['category', yanez.category],
      ]);
  });

  it('opens a shared link with its query, facet and order', async () => {
    const recognition = data.categories.find((category) => category.id === 'recognition')!;
    const page = await newPage();
    await page.goto(`${demo.server.url}/search/?${new URLSearchParams({ q: 'Guaido', category: recognition.name, sort: 'asc' })}`);
    const links = await resultLinks(page, '[data-search-page]');
    expect(await page.locator('[data-search-page] pagefind-input input').inputValue()).toBe('Guaido');
    expect(await page.locator('[data-search-page] select[data-search-sort]').inputValue()).toBe('asc');
    const events = eventsOf(links);
    expect(events.length).toBeGreaterThan(1);
    expect(events.filter((event) => event.category !== 'recognition')).toEqual([]);
    const metas = await page.locator('[data-search-page] .search-result-meta').allTextContents();
    expect(metas).toEqual(events.map((event) => `${dateText(data, event)} · ${recognition.name}`));
    expect(events.map((event) => event.date.iso)).toEqual(events.map((event) => event.date.iso).toSorted());
  });

  it('orders results newest or oldest first', async () => {
    const page = await newPage();
    await page.goto(`${demo.server.url}/search/?q=China&sort=desc`);
    const dates = async () => eventsOf(await resultLinks(page, '[data-search-page]')).map((event) => event.date.iso);
    const newest = await dates();
    expect(new Set(newest).size, 'results on two or more dates').toBeGreaterThan(1);
    expect(newest).toEqual(newest.toSorted().toReversed());
    await page.getByLabel('Order').selectOption('asc');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('asc');
    // The oldest result comes first, no later than the oldest of those shown newest first.
    await expect
      .poll(async () => {
        const oldest = await dates();
        return { ascending: oldest.join() === oldest.toSorted().join(), startsNoLater: oldest[0]! <= newest.at(-1)! };
      })
      .toEqual({ ascending: true, startsNoLater: true });
  });

  it('says plainly that search needs JavaScript when it is off, and points to the timeline and every category', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${demo.server.url}/`);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('gold');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/search/?q=gold');
    await expect.poll(() => page.locator('main').innerText()).toContain('Search needs JavaScript');
    expect(await page.getByRole('link', { name: 'the timeline' }).getAttribute('href')).toBe('/');
    for (const category of data.categories) {
      expect(await page.getByRole('link', { name: category.name, exact: true }).getAttribute('href')).toBe(pathOf(category));
    }
  });
});
