import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EventsExport, ExportedEvent } from '../../src/lib/exports/events-schema.ts';
import { listFiles } from '../helpers/build.ts';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import { brokenReferences } from '../helpers/link-check.ts';
import { eventWithIdContaining, pathOf, readPublished } from '../helpers/published.ts';
import { MISSING_PAGE, pageTypes } from '../quality/page-types.ts';

/**
 * The demo built with `CRONISTA_BASE=/cronista/` and served under /cronista/, as GitHub Pages
 * serves a project site: every page, asset and the search must stay under that path.
 */
const dist = inject('demoBaseDist');
const base = inject('demoBase');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let data: EventsExport;
let gold: ExportedEvent;

beforeAll(async () => {
  server = await serveDist(dist, base);
  browser = await launchBrowser();
  data = await readPublished(dist);
  gold = eventWithIdContaining(data, 'gold');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/**
 * A fresh page in front, which records every request the site answered with an error and every
 * request to this server outside the base path.
 */
async function newPage() {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  contexts.push(context);
  const page = await context.newPage();
  await page.bringToFront();
  page.on('pageerror', (error) => {
    throw error;
  });
  const outsideBase: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.url && !url.pathname.startsWith(base)) outsideBase.push(url.pathname);
  });
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
  });
  return { page, outsideBase, failed };
}

/** The result links on the first page of results, as paths; fails at once if Pagefind says it found no index. */
async function resultPaths(page: Page, scope: string): Promise<string[]> {
  const links = page.locator(`${scope} pagefind-results a.pf-result-link`);
  const noIndex = page.locator(scope).getByText('Could not load search bundle');
  await links.or(noIndex).first().waitFor();
  expect(await noIndex.count(), 'Pagefind could not load its index').toBe(0);
  return links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
}

describe(`the demo built with base ${base}`, () => {
  it('publishes its addresses under the base', () => {
    expect(new URL(data.story.url).pathname).toBe(base);
    expect(data.events.map(pathOf).filter((path) => !path.startsWith(`${base}events/`))).toEqual([]);
  });

  it('has no broken internal link, anchor or asset on any page, counting the base', async () => {
    const files = await listFiles(dist);
    const pages = new Map<string, string>();
    for (const file of files.filter((name) => name.endsWith('.html'))) pages.set(file, await readFile(join(dist, file), 'utf8'));
    expect(pages.size).toBeGreaterThan(data.events.length);
    const broken = brokenReferences({ files: new Set(files), pages }, new URL(data.story.url));
    expect(broken.map(({ page, reference, problem }) => `${page}: ${reference}: ${problem}`)).toEqual([]);
  });

  it.for(pageTypes(dist))('the $name page loads every asset it asks for from under the base', async ({ path }) => {
    const { page, outsideBase, failed } = await newPage();
    const response = await page.goto(`${server.url}${base}${path.slice(1)}`);
    expect(response?.status()).toBe(path === MISSING_PAGE ? 404 : 200);
    await page.waitForLoadState('networkidle');
    expect(outsideBase).toEqual([]);
    // The missing page's own address is the one answer that is meant to be 404.
    expect(failed.filter((line) => !(path === MISSING_PAGE && line.startsWith(`${server.url}${base}${MISSING_PAGE.slice(1)}:`)))).toEqual(
      [],
    );
  });

  it('finds the gold sale from the header search, and opens its page', async () => {
    const { page, outsideBase, failed } = await newPage();
    await page.goto(server.home);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('gold');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(await resultPaths(page, 'pagefind-modal')).toContain(pathOf(gold));
    await page.locator(`pagefind-modal a.pf-result-link[href$="${pathOf(gold)}"]`).click();
    await page.waitForURL(`**${pathOf(gold)}`);
    expect(await page.locator('main h1').textContent()).toBe(gold.title);
    expect({ outsideBase, failed }).toEqual({ outsideBase: [], failed: [] });
  });

  it('finds the gold sale on the search page, keeping the search in the page’s own address', async () => {
    const { page, outsideBase, failed } = await newPage();
    await page.goto(`${server.home}search/?q=gold`);
    expect(await resultPaths(page, '[data-search-page]')).toContain(pathOf(gold));
    expect(await page.locator('[data-search-page] pagefind-input input').inputValue()).toBe('gold');
    const category = page.locator('pagefind-filter-pane details[data-filter-name="category"]');
    await category.locator('summary').click();
    await category.getByRole('checkbox').first().check();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${base}search/`);
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).not.toBeNull();
    expect({ outsideBase, failed }).toEqual({ outsideBase: [], failed: [] });
  });
});
