import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticStory } from '../../scripts/lib/synthetic-content.ts';
import { buildWithContent, cleanUp, page, type BuildResult } from '../helpers/build.ts';
import { TIMELINE_PAGE_SIZE } from '../../src/lib/timeline.ts';

// 600 events, one a day from 1 January 2000: three timeline pages of at most 250.
const COUNT = 600;
let build: BuildResult;
let ids: string[];
let content: string;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'cronista-long-'));
  ids = await writeSyntheticStory(content, COUNT);
  build = await buildWithContent(content);
  if (build.code !== 0) throw new Error(build.output);
});
afterAll(async () => {
  await cleanUp(build);
  await rm(content, { recursive: true, force: true });
});

const eventLinks = async (path: string) => {
  const $ = await page(build.dist, path);
  return $('main li h3 a')
    .map((_, a) => $(a).attr('href'))
    .get();
};

describe('a long timeline', () => {
  it('is split into pages that together link every event once, in order, without JavaScript', async () => {
    const pages = [await eventLinks('/'), await eventLinks('/timeline/2/'), await eventLinks('/timeline/3/')];
    expect(pages.map((links) => links.length)).toEqual([TIMELINE_PAGE_SIZE, TIMELINE_PAGE_SIZE, COUNT - 2 * TIMELINE_PAGE_SIZE]);
    expect(pages.flat()).toEqual(ids.map((id) => `/events/${id}/`));
  });

  it('continues the numbering and links pages to each other', async () => {
    const $ = await page(build.dist, '/timeline/2/');
    expect($('main section ol.event-list').first().attr('start')).toBe(String(TIMELINE_PAGE_SIZE + 1));
    expect($('a[rel="prev"]').first().attr('href')).toBe('/');
    expect($('a[rel="next"]').first().attr('href')).toBe('/timeline/3/');
    expect($('nav[aria-label="Timeline pages"] [aria-current="page"]').text().trim()).toBe('7 September 2000 – 14 May 2001');
  });

  it('jumps to each phase on the page where it starts', async () => {
    const $ = await page(build.dist, '/timeline/3/');
    expect(
      $('nav.phase-nav a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/#phase-year-2000', '/timeline/2/#phase-year-2001']);
  });
});

describe('the embed of a long timeline', () => {
  it('stays small: the first page of events, saying so', async () => {
    const $ = await page(build.dist, '/embed/');
    expect($('ol.embed__events > li').length).toBe(TIMELINE_PAGE_SIZE);
    expect($('.embed__header .embed__meta').text()).toContain(`The first ${TIMELINE_PAGE_SIZE} of ${COUNT} events`);
  });
});
