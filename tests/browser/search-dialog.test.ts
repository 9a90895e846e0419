import { describe, expect, it } from 'vitest';
import { demoInBrowser } from '../helpers/browser.ts';

/** The header's search dialog as a reader meets it on a phone and a desktop: one way out, honest key hints, results that say what they are. */
const demo = demoInBrowser();

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

describe.for(Object.entries(VIEWPORTS))('the search dialog on a %s', ([, viewport]) => {
  it('has one visible close button, hints that say what the keys do, and results marked as events or actors', async () => {
    const context = await demo.browser.newContext({ viewport });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
    await page.goto(`${demo.server.url}/`);
    await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('Guaido');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const dialog = page.locator('pagefind-modal dialog[open]');
    await dialog.locator('a.pf-result-link').first().waitFor();

    const closes = await dialog
      .locator('button.pf-modal-close')
      .evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).length);
    expect(closes).toBe(1);
    expect(await dialog.locator('.search-hints').innerText()).toMatch(/Esc\s+close/);
    expect(await dialog.locator('pagefind-keyboard-hints').count()).toBe(0);

    await expect.poll(() => dialog.locator('.search-result-kind').allInnerTexts()).toEqual(expect.arrayContaining(['EVENT']));
    const excerpts = await dialog.locator('.pf-result-excerpt').allInnerTexts();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Key moment|Also written|https?:/);
    expect(blocked).toEqual([]);

    await dialog.getByRole('button', { name: /close/i }).last().click();
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await context.close();
  });
});

describe('search results', () => {
  it('tell an actor from an event: the actor’s role under its name, an event’s date and category', async () => {
    const page = await (await demo.browser.newContext()).newPage();
    await page.goto(`${demo.server.url}/search/?q=Rosales`);
    const results = page.locator('[data-search-page] li.pf-result');
    const actor = results.filter({ has: page.locator('a[href="/actors/fabiana-rosales/"]') });
    await actor.waitFor();
    expect(await actor.locator('.search-result-kind').innerText()).toBe('ACTOR');
    expect(await actor.locator('.search-result-meta').innerText()).toMatch(/Guaidó/);
    const event = results.filter({ has: page.locator('a[href^="/events/"]') }).first();
    expect(await event.locator('.search-result-kind').innerText()).toBe('EVENT');
    expect(await event.locator('.search-result-meta').innerText()).toMatch(/^\d+ \w+ \d{4} · /);
    await page.context().close();
  });
});
