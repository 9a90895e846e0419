import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { measurePageWeight } from '../../scripts/lib/bench/browser-measures.ts';
import { pageTypes } from './page-types.ts';

/** What a reader downloads before touching the page, gzip-compressed as a static host serves it. */
const BUDGET = { script: 10 * 1024, total: 120 * 1024 };

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(inject('demoDist'), { production: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The search page runs Pagefind as it opens: searching is what a reader came to it for. */
const SEARCHES_AT_ONCE = '/search/';

describe('page weight before any interaction', () => {
  it.for([...pageTypes(inject('demoDist')).filter((type) => type.path !== SEARCHES_AT_ONCE), { name: 'Spanish timeline', path: '/es/' }])(
    `$name ($path): at most ${BUDGET.script / 1024} KB of JavaScript and ${BUDGET.total / 1024} KB in all`,
    async ({ path }) => {
      const weight = await measurePageWeight(browser, `${server.url}${path}`);
      console.info(
        `${path}: ${(weight.transferBytes.script / 1024).toFixed(1)} KB of JavaScript, ${(weight.transferBytes.total / 1024).toFixed(1)} KB in all`,
      );
      expect(weight.transferBytes.script).toBeLessThanOrEqual(BUDGET.script);
      expect(weight.transferBytes.total).toBeLessThanOrEqual(BUDGET.total);
    },
  );
});
