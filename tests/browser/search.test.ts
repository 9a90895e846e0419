import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist } from '../helpers/browser.ts';

const YANEZ = '/events/2019-02-02-air-force-general-yanez-recognises-guaido/';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(inject('demoDist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** A fresh page in front (only the page in front has keyboard focus), closed after the test. */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
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
  await page.goto(`${server.url}/`);
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
    await page.goto(`${server.url}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('finds the air force general by his name written without the accent', async () => {
    const page = await newPage();
    const links = await headerSearch(page, 'Yanez');
    expect(links[0]).toEqual({ text: 'Air force general Yánez disowns Maduro as rival rallies fill Caracas', href: YANEZ });
    await expect.poll(() => page.locator('pagefind-modal .search-result-meta').first().textContent()).toBe('2 February 2019 · Defections');
    await expect.poll(() => page.locator('pagefind-modal pagefind-results mark').first().textContent()).toBe('Yánez');
    await page.locator('pagefind-modal a.pf-result-link').first().click();
    await page.waitForURL(`**${YANEZ}`);
    expect(await page.locator('h1').textContent()).toBe('Air force general Yánez disowns Maduro as rival rallies fill Caracas');
  });

  it.for([
    { query: 'Guaido declares', href: '/events/2019-01-23-guaido-declares-himself-interim-president/' },
    { query: 'Guaidò declares', href: '/events/2019-01-23-guaido-declares-himself-interim-president/' },
    { query: 'gold', href: '/events/2019-01-31-reuters-reports-gold-sale-to-uae/' },
    { query: 'tribunal', href: '/events/2019-01-29-supreme-court-bars-guaido-from-leaving-country/' },
    { query: 'Saab', href: '/events/2019-01-29-supreme-court-bars-guaido-from-leaving-country/' },
    { query: 'Cucuta', href: '/events/2019-02-07-first-us-aid-reaches-cucuta/' },
  ])('"$query" shows the event a reader means', async ({ query, href }) => {
    const page = await newPage();
    const links = await headerSearch(page, query);
    expect(links.map((link) => link.href)).toContain(href);
  });

  it('works by keyboard alone: Ctrl+K, type, arrow to a result, Enter', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/about/`);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input') ?? false)).toBe(true);
    await page.keyboard.type('general Yanez');
    // A keyboard user waits until the results for the whole query are on screen.
    const first = page.locator('pagefind-modal a.pf-result-link').first();
    await expect.poll(() => first.evaluate((a) => (a as HTMLAnchorElement).pathname).catch(() => '')).toBe(YANEZ);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe(YANEZ);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${YANEZ}`);
  });

  it('announces the result count to screen readers', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
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
  it('narrows the results with the category facet, and keeps the search in the URL', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=Maduro`);
    await resultLinks(page, '[data-search-page]');
    const all = await resultCount(page, '[data-search-page]');
    await page.locator('pagefind-filter-pane details[data-filter-name="category"] summary').click();
    await page.getByRole('checkbox', { name: /^Defections/ }).check();
    await expect.poll(() => resultCount(page, '[data-search-page]')).toBe(2);
    expect(all).toBeGreaterThan(10);
    const narrowed = await resultLinks(page, '[data-search-page]');
    expect(narrowed.map((link) => link.href).toSorted()).toEqual([
      '/events/2019-01-26-military-attache-in-washington-backs-guaido/',
      YANEZ,
    ]);
    const metas = await page.locator('[data-search-page] .search-result-meta').allTextContents();
    expect(metas.every((meta) => meta.endsWith('· Defections'))).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Maduro&category=Defections');
  });

  it('opens a shared link with its query, facet and order', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=Guaido&category=Recognition&sort=asc`);
    const links = await resultLinks(page, '[data-search-page]');
    expect(await page.locator('[data-search-page] pagefind-input input').inputValue()).toBe('Guaido');
    const metas = await page.locator('[data-search-page] .search-result-meta').allTextContents();
    expect(metas.length).toBe(links.length);
    expect(metas.every((meta) => meta.endsWith('· Recognition'))).toBe(true);
    expect(links.map((link) => link.href)).toEqual([
      '/events/2019-01-31-european-parliament-recognises-guaido/',
      '/events/2019-02-04-european-states-recognise-guaido/',
    ]);
  });

  it('orders results newest or oldest first', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=China&sort=desc`);
    const newest = (await resultLinks(page, '[data-search-page]')).map((link) => link.href);
    expect(newest).toEqual(newest.toSorted().toReversed());
    await page.getByLabel('Order').selectOption('asc');
    await expect.poll(async () => (await resultLinks(page, '[data-search-page]')).map((link) => link.href)).toEqual(newest.toReversed());
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('asc');
  });

  it('says plainly that search needs JavaScript when it is off, and points to the timeline', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('gold');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/search/?q=gold');
    await expect.poll(() => page.locator('main').innerText()).toContain('Search needs JavaScript');
    expect(await page.getByRole('link', { name: 'the timeline' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('link', { name: 'Defections' }).getAttribute('href')).toBe('/categories/defection/');
  });
});
