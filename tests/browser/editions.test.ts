import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoContentDir } from '../helpers/build.ts';
import { demoInBrowser } from '../helpers/browser.ts';

const content = demoContentDir();
const languages = [(parse(await readFile(join(content, 'story.yaml'), 'utf8')) as { language: string | string[] }).language].flat();
/** A Spanish word a reader would type, and the Spanish entries whose title has it. */
const WORD = 'oro';
const spanishTitles = await Promise.all(
  (await readdir(join(content, 'events/es')).catch(() => [])).map(async (file) => ({
    id: file.replace(/\.mdx?$/, ''),
    title: /^title: "?(.*?)"?$/m.exec(await readFile(join(content, 'events/es', file), 'utf8'))?.[1] ?? '',
  })),
);
const withWord = spanishTitles.filter((entry) => new RegExp(`\\b${WORD}\\b`, 'i').test(entry.title));

const demo = demoInBrowser();

describe.runIf(languages.includes('es') && withWord.length > 0)('the Spanish edition in Chromium', () => {
  it(`finds, from the header of /es/, the Spanish entry a reader means by "${WORD}", in Spanish`, async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${demo.server.url}/es/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await page.getByRole('searchbox', { name: 'Buscar en la cronología' }).fill(WORD);
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      const links = page.locator('pagefind-modal dialog[open] a.pf-result-link');
      await expect.poll(() => links.count()).toBeGreaterThan(0);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(hrefs.some((href) => withWord.some((entry) => href.endsWith(`/es/events/${entry.id}/`)))).toBe(true);
      // Only Spanish pages come back from the Spanish index.
      expect(hrefs.every((href) => href.startsWith('/es/'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
