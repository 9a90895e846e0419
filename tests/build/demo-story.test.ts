import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { machineDate } from '../../src/lib/dates.ts';
import { page } from '../helpers/build.ts';
import { readDemoContent, timelineOrder } from '../helpers/demo-content.ts';
import { typographicQuotes } from '../../src/lib/typography.ts';

/**
 * The built demo against its own content: every expectation is read from `src/content/`, so a
 * pull request that corrects an entry, or adds an event or an actor, keeps these tests green.
 * What the demo must keep (the fact sheet's events and dates) is in demo-fact-sheet.test.ts.
 */
const dist = inject('demoDist');
const content = await readDemoContent();
const published = timelineOrder(content.events);
const eventHref = (id: string) => `/events/${id}/`;

/**
 * Text as compared here: spaces collapsed, and typographic quotes, dashes and ellipses written
 * plainly (Markdown's SmartyPants curls what the author typed straight).
 */
const plain = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/-{2,3}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Every distinct event page a page links to from its main content, in the order they appear. */
function eventLinks($: CheerioAPI): string[] {
  const hrefs = $('main a[href^="/events/"]')
    .map((_, a) => $(a).attr('href'))
    .get();
  return [...new Set(hrefs)];
}

describe('the demo story, as its content says', () => {
  it('publishes one page per published entry, and none for a draft', async () => {
    expect((await readdir(join(dist, 'events'))).toSorted()).toEqual(published.map((event) => event.id).toSorted());
  });

  it.for(published)('$id: its page shows the headline, the dates as written and every source', async (event) => {
    const $ = await page(dist, eventHref(event.id));
    expect($('main h1').text()).toBe(typographicQuotes(event.title));
    const times = $('main header time')
      .map((_, time) => $(time).attr('datetime'))
      .get();
    expect(times).toEqual([event.date, event.endDate].flatMap((date) => (date ? [machineDate(date, event.timezone)] : [])));
    const links = $('section.sources a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const source of event.sources) expect(links).toContain(source.url);
    expect($('section.sources li').length).toBe(event.sources.length);
  });

  it('links every published event from the timeline, in timeline order, without JavaScript', async () => {
    // A long timeline continues on /timeline/2/, /timeline/3/…
    const pages = [
      '/',
      ...(existsSync(join(dist, 'timeline')) ? (await readdir(join(dist, 'timeline'))).toSorted((a, b) => +a - +b) : []).map(
        (n) => `/timeline/${n}/`,
      ),
    ];
    const links: string[] = [];
    for (const path of pages) links.push(...eventLinks(await page(dist, path)));
    expect(links).toEqual(published.map((event) => eventHref(event.id)));
  });

  it.for(content.categories)('the $name category page lists exactly its published events, in timeline order', async ({ id }) => {
    const $ = await page(dist, `/categories/${id}/`);
    expect(eventLinks($)).toEqual(published.filter((event) => event.category === id).map((event) => eventHref(event.id)));
  });

  it.for(content.actors)('the page of $name lists exactly the published events that name them', async ({ id, name }) => {
    const $ = await page(dist, `/actors/${id}/`);
    expect($('main h1').text()).toBe(name);
    expect(eventLinks($)).toEqual(published.filter((event) => event.actors.includes(id)).map((event) => eventHref(event.id)));
  });

  it('shows the pull quotes of every MDX entry with their attribution', async () => {
    const quotes = published.flatMap((event) =>
      [...event.body.matchAll(/<PullQuote\s+by="([^"]*)"[^>]*>([\s\S]*?)<\/PullQuote>/g)].map(([, by, words]) => ({
        id: event.id,
        by: by!,
        words: plain(words!),
      })),
    );
    // The demo shows what MDX entries can do; without one this test would prove nothing.
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const $ = await page(dist, eventHref(quote.id));
      const figures = $('figure.pull-quote')
        .map((_, figure) => ({
          words: plain($(figure).find('blockquote').text()),
          caption: $(figure).find('figcaption').text(),
        }))
        .get();
      expect(figures).toContainEqual({ words: quote.words, caption: expect.stringContaining(quote.by) });
    }
  });
});
