import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import rss from '@astrojs/rss';
import { eventSchema } from '../../src/schemas/event.ts';
import { contactSchema, storySchema } from '../../src/schemas/taxonomy.ts';
import { entryDates, feedInstant, storyLastUpdated } from '../../src/lib/publication-dates.ts';
import { FEED_NAMESPACES, feedChannelData, feedItems } from '../../src/lib/exports/feed.ts';
import { eventJsonLd } from '../../src/lib/exports/structured-data.ts';
import { contactLink } from '../../src/lib/contact-link.ts';

const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: eventSchema.parse({
    title: `Title ${id}`,
    summary: `About ${id}.`,
    date: '2019-01-23',
    category: 'c',
    sources: [{ title: 'S', publisher: 'P', url: 'https://example.com/s' }],
    ...extra,
  }),
});

const published = event('published', { published: '2019-01-24' });
const corrected = event('corrected', {
  published: '2019-01-25',
  updates: [
    { date: '2019-03-01', note: 'Fixed a name.' },
    { date: '2019-02', note: 'Earlier.' },
  ],
});
const undated = event('undated');

describe('publication dates', () => {
  it('come only from what the entry says', () => {
    expect(entryDates(published.data)).toEqual({ published: published.data.published });
    expect(entryDates(corrected.data).updated?.iso).toBe('2019-03-01');
    expect(entryDates(undated.data)).toEqual({});
  });

  it('make the story’s "last updated" the latest of them, or nothing', () => {
    expect(storyLastUpdated([published, corrected, undated])?.iso).toBe('2019-03-01');
    expect(storyLastUpdated([published, undated])?.iso).toBe('2019-01-24');
    expect(storyLastUpdated([undated])).toBeUndefined();
  });

  it('give a feed 00:00 UTC of the day, and nothing for a date vaguer than a day', () => {
    expect(feedInstant(published.data.published!)?.toISOString()).toBe('2019-01-24T00:00:00.000Z');
    expect(feedInstant({ iso: '2019-02', year: 2019, month: 2, precision: 'month' })).toBeUndefined();
  });
});

describe('the feed', () => {
  const context = {
    eventDate: () => '23 January 2019',
    eventUrl: (id: string) => `https://example.org/events/${id}/`,
    categoryName: () => 'Courts',
  };
  const parse = async (events: ReturnType<typeof event>[]) => {
    const response = await rss({
      title: 'Story',
      description: 'Dek',
      site: 'https://example.org/',
      items: feedItems(events, context),
      xmlns: FEED_NAMESPACES,
      customData: feedChannelData(events, { lang: 'en-GB', feedUrl: 'https://example.org/feed.xml' }),
    });
    return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(await response.text());
  };

  it('dates every item whose entry says when it was published, and only those', async () => {
    const feed = await parse([published, corrected, undated]);
    const items = feed.rss.channel.item as { link: string; pubDate?: string }[];
    const dateOf = (id: string) => items.find((item) => item.link.endsWith(`/${id}/`))?.pubDate;
    expect(dateOf('published')).toBe('Thu, 24 Jan 2019 00:00:00 GMT');
    expect(dateOf('corrected')).toBe('Fri, 25 Jan 2019 00:00:00 GMT');
    expect(dateOf('undated')).toBeUndefined();
  });

  it('says when it last changed and where it lives', async () => {
    const feed = await parse([published, corrected, undated]);
    expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.rss.channel.lastBuildDate).toBe('Fri, 01 Mar 2019 00:00:00 GMT');
    expect(feed.rss.channel['atom:link']).toMatchObject({
      '@_href': 'https://example.org/feed.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(feed.rss.channel.language).toBe('en-GB');
  });

  it('has no lastBuildDate when no entry says when it changed: no date is made up', async () => {
    const feed = await parse([undated]);
    expect(feed.rss.channel.lastBuildDate).toBeUndefined();
    expect(feed.rss.channel.item[0].pubDate).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  const context = {
    url: 'https://example.org/events/x/',
    language: 'en-GB',
    publisher: 'Desk',
    storyTitle: 'Story',
    storyUrl: 'https://example.org/',
    actorNames: [],
  };

  it('carries datePublished and dateModified from the entry, with authors and the publisher', () => {
    expect(eventJsonLd(corrected, { ...context, authors: ['Ana Pérez'] })).toMatchObject({
      datePublished: '2019-01-25',
      dateModified: '2019-03-01',
      author: [{ '@type': 'Person', name: 'Ana Pérez' }],
      publisher: { '@type': 'Organization', name: 'Desk', url: 'https://example.org/' },
    });
    expect(eventJsonLd(published, context)).toMatchObject({
      datePublished: '2019-01-24',
      dateModified: '2019-01-24',
      author: { '@type': 'Organization', name: 'Desk' },
    });
  });

  it('has no dates for an entry that does not say when it went up', () => {
    const data = eventJsonLd(undated, context);
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('dateModified');
    expect(data).not.toHaveProperty('image');
  });
});

describe('the story’s newsroom settings', () => {
  const base = { title: 'T', dek: 'D', introduction: 'I', site: 'https://example.org', publisher: 'Desk' };

  it('default to no authors and no contact', () => {
    expect(storySchema.parse(base)).toMatchObject({ authors: [] });
    expect(storySchema.parse(base).contact).toBeUndefined();
  });

  it('take a corrections contact as an e-mail address or an https page, and refuse anything else', () => {
    expect(contactSchema.parse('corrections@example.org')).toBe('corrections@example.org');
    expect(contactSchema.parse('https://example.org/corrections')).toBe('https://example.org/corrections');
    for (const bad of ['http://example.org/corrections', 'javascript:alert(1)', 'corrections', 'mailto:a@example.org']) {
      expect(contactSchema.safeParse(bad).error?.issues[0]?.message).toBe(
        `"${bad}" is not a contact (expected an e-mail address like corrections@example.org, or an https:// address)`,
      );
    }
  });

  it('link the contact: mailto for an address, the page itself for a URL', () => {
    expect(contactLink('corrections@example.org')).toEqual({ href: 'mailto:corrections@example.org', text: 'corrections@example.org' });
    expect(contactLink('https://example.org/corrections/')).toEqual({
      href: 'https://example.org/corrections/',
      text: 'example.org/corrections',
    });
  });
});
