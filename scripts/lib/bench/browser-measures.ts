import type { Browser } from 'playwright-core';

/** Bytes moved over the network to show a page, before any interaction. */
export type PageWeight = {
  requests: number;
  /** Bytes on the wire (gzip-compressed where the server compresses), by resource type. */
  transferBytes: { document: number; script: number; stylesheet: number; other: number; total: number };
};

/** Loads a page in Chromium and adds up what it transferred, through the DevTools protocol. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const weight: PageWeight = { requests: 0, transferBytes: { document: 0, script: 0, stylesheet: 0, other: 0, total: 0 } };
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type.toLowerCase()));
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId) ?? 'other';
    const key = type === 'document' || type === 'script' || type === 'stylesheet' ? type : 'other';
    weight.requests += 1;
    weight.transferBytes[key] += event.encodedDataLength;
    weight.transferBytes.total += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return weight;
}

/** Time from the keystroke that completes a query to the first result on screen, and what search fetched. */
export type SearchTiming = { query: string; firstSearchMs: number; nextSearchMs: number; fetchedBytes: number };

/**
 * Opens the header search with "/", types a query, and measures from the last keystroke to the
 * first result link rendered: once cold (Pagefind and its index load on first use) and once warm.
 */
export async function measureSearch(browser: Browser, url: string, query: string, secondQuery: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let fetchedBytes = 0;
  cdp.on('Network.loadingFinished', (event) => (fetchedBytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'networkidle' });
  fetchedBytes = 0;
  const timeQuery = async (text: string) => {
    await page.evaluate(() => {
      const state = window as unknown as { __firstResult?: Promise<number> };
      state.__firstResult = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('pagefind-modal a.pf-result-link')) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
      });
    });
    await page.keyboard.type(text.slice(0, -1));
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.type(text.slice(-1));
    const end = await page.evaluate(() => (window as unknown as { __firstResult: Promise<number> }).__firstResult);
    return end - start;
  };
  await page.keyboard.press('/');
  await page.locator('pagefind-modal dialog[open]').waitFor();
  const firstSearchMs = await timeQuery(query);
  const bytes = fetchedBytes;
  await page.locator('pagefind-modal pagefind-input input').fill('');
  await page.locator('pagefind-modal a.pf-result-link').first().waitFor({ state: 'detached' });
  const nextSearchMs = await timeQuery(secondQuery);
  await context.close();
  return { query, firstSearchMs: Math.round(firstSearchMs), nextSearchMs: Math.round(nextSearchMs), fetchedBytes: bytes };
}
