import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from '../helpers/content.ts';
import { buildWithContent, cleanUp, page, type BuildResult } from '../helpers/build.ts';

let build: BuildResult;
beforeAll(async () => {
  build = await buildWithContent(join(FIXTURE_ROOT, 'src/content'));
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});
afterAll(() => cleanUp(build));

const PUBLISHED = [
  '2019-court-year-precision',
  '2019-01-23-evening-session',
  '2019-01-31-quoted-ruling',
  '2019-02-judge-resigns',
  '2019-02-02-judge-speaks',
];

describe('the timeline home page', () => {
  it('shows the story and every published event in order, grouped under phases', async () => {
    const $ = await page(build.dist, '/');
    expect($('main h1').text()).toBe('Fixture story');
    expect($('main').text()).toContain('Second paragraph.');
    const items = $('main ol.event-list > li')
      .map((_, li) => $(li).attr('id'))
      .get();
    expect(items).toEqual(PUBLISHED.map((id) => `event-${id}`));
    expect(
      $('main .timeline section h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['Early days', 'Later on']);
    // Numbering continues across phases.
    expect(
      $('main section ol.event-list')
        .map((_, ol) => $(ol).attr('start'))
        .get(),
    ).toEqual(['1', '4']);
  });

  it('links every published event (no JavaScript needed) and never the draft', async () => {
    const $ = await page(build.dist, '/');
    const links = $('main li h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(PUBLISHED.map((id) => `/events/${id}/`));
    expect($.html()).not.toContain('unfinished draft');
    // The only script is the search launcher, a module the timeline does not need.
    expect(
      $('script:not([type="application/ld+json"])')
        .map((_, script) => $(script).attr('type'))
        .get(),
    ).toEqual(['module']);
  });

  it('shows each date at its written precision', async () => {
    const $ = await page(build.dist, '/');
    const times = $('main li time')
      .map((_, time) => `${$(time).attr('datetime')}=${$(time).text()}`)
      .get();
    expect(times).toEqual([
      '2019=2019',
      '2019-01-23T20:15-04:00=23 January 2019 at 20:15 (America/Caracas time)',
      '2019-01-24=24 January 2019',
      '2019-01-31=31 January 2019',
      '2019-02=February 2019',
      '2019-02-02=2 February 2019',
    ]);
    expect($('#event-2019-02-judge-resigns .date').text().trim()).toBe('around February 2019');
  });

  it('shows the category as text and marks key moments', async () => {
    const $ = await page(build.dist, '/');
    const card = $('#event-2019-02-02-judge-speaks');
    expect(card.find('.event-card__category').text()).toBe('Defections');
    expect(card.find('.event-card__key').text()).toBe('Key moment');
    expect(card.find('.event-card__actors').text().replace(/\s+/g, ' ').trim()).toBe('Actors: Ana Pérez · High Court');
    expect(
      card
        .find('.event-card__actors a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/actors/ana-perez/', '/actors/high-court/']);
    expect(
      $('nav.phase-nav a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#phase-early', '#phase-later']);
  });
});

describe('an event page', () => {
  it('has the headline, the date inside <main>, category and linked actors', async () => {
    const $ = await page(build.dist, '/events/2019-02-02-judge-speaks/');
    expect($('main h1').text()).toBe('Judge speaks out');
    expect($('h1').length).toBe(1);
    expect($('main time').first().attr('datetime')).toBe('2019-02-02');
    expect($('main .category').text().trim()).toBe('Defections');
    expect($('main a[href="/categories/defection/"]').length).toBe(1);
    expect($('main a[href="/actors/ana-perez/"]').text()).toBe('Ana Pérez');
    expect($('main .event-page__body strong').text()).toBe('2 February');
  });

  it('lists its sources, numbered, with publisher, date, link and archive link', async () => {
    const $ = await page(build.dist, '/events/2019-02-02-judge-speaks/');
    const items = $('section.sources ol > li');
    expect(items.length).toBe(2);
    expect(items.first().find('a').first().attr('href')).toBe('https://example.com/day?x=1&y=2');
    expect(items.first().text().replace(/\s+/g, ' ').trim()).toBe(
      'Example Times, Day story, 2 February 2019 (archived copy of “Day story”)',
    );
    expect(items.first().find('a').eq(1).attr('href')).toBe('https://web.archive.org/web/2019/https://example.com/day');
  });

  it('shows the corrections log, neighbours in time, edit links, canonical URL and social tags', async () => {
    const $ = await page(build.dist, '/events/2019-02-02-judge-speaks/');
    // Plain fields are set with typographic quotes on the page, as Markdown sets the text.
    expect($('section.updates li').text()).toContain('1 March 2019: Corrected the judge’s title.');
    expect($('a[rel="prev"]').attr('href')).toBe('/events/2019-02-judge-resigns/');
    expect($('a[rel="next"]').length).toBe(0);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://fixture.example.org/events/2019-02-02-judge-speaks/');
    expect($('meta[property="og:title"]').attr('content')).toBe('Judge speaks out');
    expect($('meta[name="description"]').attr('content')).toBe('The judge said she no longer recognised the court’s authority.');
    expect($('a:contains("Edit this entry")').attr('href')).toBe(
      'https://github.com/example/fixture-timeline/edit/main/src/content/events/2019-02-02-judge-speaks.md',
    );
    expect($('a:contains("Report an error")').attr('href')).toMatch(
      /^https:\/\/github\.com\/example\/fixture-timeline\/issues\/new\?template=report-error\.yml/,
    );
  });

  it('describes itself in schema.org JSON-LD with the written date precision', async () => {
    const $ = await page(build.dist, '/events/2019-02-judge-resigns/');
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'Judge resigns in February',
      about: { '@type': 'Event', startDate: '2019-02' },
    });
    expect(data.citation[0]).toMatchObject({ url: 'https://example.com/month', datePublished: '2019-02' });
  });

  it('renders an MDX entry with the project pull-quote component', async () => {
    const $ = await page(build.dist, '/events/2019-01-31-quoted-ruling/');
    expect($('figure.pull-quote blockquote').text().trim()).toBe('The ruling stands.');
    expect($('figure.pull-quote figcaption').text()).toContain('The High Court');
    expect($('figure.pull-quote a').attr('href')).toBe('https://example.com/quote');
  });

  it('shows a date range with both ends in <time>', async () => {
    const $ = await page(build.dist, '/events/2019-01-23-evening-session/');
    expect(
      $('.event-header__date time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual(['2019-01-23T20:15-04:00', '2019-01-24']);
  });
});

describe('actor, category and other pages', () => {
  it('give each actor and category its own sub-timeline', async () => {
    const actor = await page(build.dist, '/actors/ana-perez/');
    expect(actor('h1').text()).toBe('Ana Pérez');
    expect(
      actor('main li h3 a')
        .map((_, a) => actor(a).attr('href'))
        .get(),
    ).toEqual(['/events/2019-02-judge-resigns/', '/events/2019-02-02-judge-speaks/']);
    const category = await page(build.dist, '/categories/court/');
    expect(
      category('main li h3 a')
        .map((_, a) => category(a).attr('href'))
        .get(),
    ).toEqual(['/events/2019-court-year-precision/', '/events/2019-01-23-evening-session/', '/events/2019-01-31-quoted-ruling/']);
    const index = await page(build.dist, '/actors/');
    expect(index('main a[href="/actors/high-court/"]').text()).toBe('High Court');
  });

  it('has an about page and a 404 page', async () => {
    expect((await page(build.dist, '/about/'))('h1').text()).toBe('About this timeline');
    expect((await page(build.dist, '/404.html'))('h1').text()).toBe('Page not found');
  });

  it('publishes one page per published event, and none for the draft', async () => {
    const pages = (await readdir(join(build.dist, 'events'))).sort();
    expect(pages).toEqual([...PUBLISHED].sort());
    expect(build.output).toContain('Drafts left out on purpose (draft: true): 2019-03-01-draft-entry');
  });
});
