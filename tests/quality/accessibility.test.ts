import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist } from '../helpers/browser.ts';
import { EVENT_PAGE, MISSING_PAGE, pageTypes } from './page-types.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
type ViewportName = keyof typeof VIEWPORTS;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const pages = {} as Record<ViewportName, Page>;

beforeAll(async () => {
  server = await serveDist(inject('demoDist'));
  browser = await launchBrowser();
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    // N.B. Reduced motion turns off smooth scrolling, so a focused element is in view at once.
    const page = await (await browser.newContext({ viewport, reducedMotion: 'reduce' })).newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    pages[name as ViewportName] = page;
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until no CSS animation or transition is running, so colours are measured at rest. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

/** One state of a page to check: a page type as loaded, or after a reader has done something. */
type PageState = { name: string; path: string; ready?: (page: Page) => Promise<void> };

const states: PageState[] = [
  ...pageTypes(inject('demoDist')),
  {
    name: 'search page with results',
    path: '/search/?q=gold',
    ready: (page) => page.locator('[data-search-page] pagefind-results a.pf-result-link').first().waitFor(),
  },
  {
    name: 'header search dialog with results',
    path: '/',
    ready: async (page) => {
      await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('gold');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.locator('pagefind-modal dialog[open] a.pf-result-link').first().waitFor();
    },
  },
];

/** Each violation as its rule, its help text and every failing element. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.map((violation) =>
    [
      `${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary?.replaceAll('\n', ' ')}`),
    ].join('\n'),
  );
}

const combinations = (['light', 'dark'] as const).flatMap((colorScheme) =>
  (Object.keys(VIEWPORTS) as ViewportName[]).map((viewport) => ({ colorScheme, viewport })),
);

describe.for(combinations)('axe, WCAG 2.2 AA, $colorScheme scheme, $viewport', ({ colorScheme, viewport }) => {
  it.for(states)('$name ($path) has no violations', async ({ path, ready }) => {
    const page = pages[viewport];
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(`${server.url}${path}`);
    // A missing page gets 404.html with status 404, as from a static host.
    expect(response?.status()).toBe(path === MISSING_PAGE ? 404 : 200);
    if (path === MISSING_PAGE) expect(await page.locator('h1').textContent()).toBe('Page not found');
    await ready?.(page);
    await settled(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(describeViolations(results)).toEqual([]);
  });
});

describe('keyboard only', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /**
   * A desktop page of its own, in front.
   * N.B. Only the page in front has focus; in a page behind it, :focus styles do not apply. A page
   * shared with the axe tests has been through many states; a fresh one has only this test's.
   */
  async function keyboardPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce', colorScheme: 'light' });
    contexts.push(context);
    const page = await context.newPage();
    await page.bringToFront();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  /**
   * The focused element as a reader sees it once the page has drawn the focus: what it is, whether
   * a focus indicator is drawn around it, and whether it is on screen.
   * N.B. What a keypress changes is drawn on a later frame: the scroll that brings the element into
   * view, and style changes, which reduced motion still runs as 0.01 ms transitions (a skip link
   * moving into view reads as off screen until its frame). On a busy machine frames come late, so
   * this waits for frames, not for a time: until the scroll position holds and no animation runs.
   */
  const focused = (page: Page) =>
    page.evaluate(async () => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      let previous = '';
      for (let frames = 0; frames < 600; frames++) {
        await frame();
        const scroll = `${window.scrollX},${window.scrollY}`;
        if (scroll === previous && document.getAnimations().every((animation) => animation.playState !== 'running')) break;
        previous = scroll;
      }
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        text: element.textContent?.trim().replace(/\s+/g, ' ') ?? '',
        href: element.getAttribute('href'),
        rel: element.getAttribute('rel'),
        inSources: element.closest('.sources') !== null,
        section: element.closest('section[id]')?.id,
        outline:
          style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
      };
    });

  it('reaches the skip link first, which moves focus to the main content', async () => {
    const page = await keyboardPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Skip to content', href: '#main', onScreen: true });
    expect(skip?.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('jumps to a phase with the jump links, and Tab carries on from there', async () => {
    const page = await keyboardPage();
    await page.goto(`${server.url}/`);
    const jumpLinks = await page.locator('nav.phase-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const target = jumpLinks[1];
    if (!target) throw new Error(`expected two or more phase jump links, found ${jumpLinks.length}`);
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      expect(element?.outline, `focus indicator on ${element?.text}`).not.toBe('none');
      if (element?.href === target) break;
    }
    expect((await focused(page))?.href).toBe(target);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(target);
    const section = page.locator(target);
    await expect.poll(async () => Math.abs((await section.boundingBox())!.y)).toBeLessThan(50);
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.section).toBe(target.slice(1));
    expect(next?.outline).not.toBe('none');
  });

  it('tabs through an event page to its sources and to the earlier and later events, always showing focus', async () => {
    const page = await keyboardPage();
    await page.goto(`${server.url}${EVENT_PAGE}`);
    const sourceCount = await page.locator('.sources a').count();
    const seen: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let presses = 0; presses < 100; presses++) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      if (!element) break;
      seen.push(element);
      if (element.rel === 'next') break;
    }
    expect(seen.filter((element) => element.outline === 'none').map((element) => element.text)).toEqual([]);
    expect(seen.filter((element) => !element.onScreen).map((element) => element.text)).toEqual([]);
    expect(seen.filter((element) => element.inSources)).toHaveLength(sourceCount);
    expect(seen.map((element) => element.rel)).toEqual(expect.arrayContaining(['prev', 'next']));
  });
});
