import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventsExport } from '../../src/lib/exports/events-schema.ts';
import { PROJECT_ROOT, cleanUp, listFiles, page, type BuildResult } from '../helpers/build.ts';
import { PHOTO_EVENT, VIDEO_EVENT, VIDEO_ID, buildMediaFixture } from '../helpers/media-fixture.ts';

let build: BuildResult;
beforeAll(async () => {
  build = await buildMediaFixture();
  if (build.code !== 0) throw new Error(`media fixture build failed:\n${build.output}`);
});
afterAll(() => cleanUp(build));

const HOME = 'https://fixture.example.org/';
/** A srcset's candidates as [address, width descriptor]. */
const candidates = (srcset: string | undefined) =>
  (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/) as [string, string]);
/** The directives of a page's Content-Security-Policy, by name. */
const policyOf = ($: Awaited<ReturnType<typeof page>>) =>
  new Map(
    ($('meta[http-equiv="content-security-policy"]').attr('content') ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('a 2400×1600 photo beside the entry (image.src: ./photo.jpg)', () => {
  it('is served as AVIF and WebP in several widths, with a JPEG fallback, width and height, loaded at once as the lead', async () => {
    const $ = await page(build.dist, `/events/${PHOTO_EVENT}/`);
    const figure = $('main figure.event-picture').first();
    const sources = figure.find('picture source');
    expect(sources.map((_, source) => $(source).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    for (const source of sources.toArray()) {
      const widths = candidates($(source).attr('srcset')).map(([, width]) => width);
      expect(widths).toEqual(['480w', '800w', '1200w', '1600w', '2000w']);
      expect($(source).attr('sizes')).toBeTruthy();
    }
    const img = figure.find('img');
    expect(img.attr()).toMatchObject({
      width: '2400',
      height: '1600',
      alt: 'Trucks queue at a border bridge.',
      loading: 'eager',
      fetchpriority: 'high',
    });
    expect(candidates(img.attr('srcset')).length).toBeGreaterThanOrEqual(2);
    expect(figure.find('figcaption').text().replace(/\s+/g, ' ').trim()).toBe(
      'Trucks wait at the bridge. Credit: Fixture Photographer/Example Agency',
    );
  });

  it('publishes every size it lists, really resized and in its format', async () => {
    const $ = await page(build.dist, `/events/${PHOTO_EVENT}/`);
    const avif = candidates($('main figure.event-picture source[type="image/avif"]').first().attr('srcset'));
    for (const [address, width] of avif) {
      const file = join(build.dist, address);
      const metadata = await sharp(file).metadata();
      expect(metadata.format).toBe('heif');
      expect(`${metadata.width}w`).toBe(width);
    }
    const smallest = await stat(join(build.dist, avif[0]![0]));
    expect(smallest.size).toBeLessThan(60_000);
  });

  it('waits below the fold: a second photo in media is lazy', async () => {
    const $ = await page(build.dist, `/events/${PHOTO_EVENT}/`);
    const second = $('main .event-media figure.event-picture img');
    expect(second.attr()).toMatchObject({ loading: 'lazy', width: '900', height: '600', alt: 'A second, smaller picture.' });
  });

  it('is the page’s og:image and JSON-LD image, as one 1,200-pixel JPEG', async () => {
    const $ = await page(build.dist, `/events/${PHOTO_EVENT}/`);
    const og = $('meta[property="og:image"]').attr('content')!;
    expect(og).toMatch(new RegExp(`^${HOME}_astro/photo\\.[\\w-]+\\.jpg$`));
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    expect($('meta[property="og:image:height"]').attr('content')).toBe('800');
    expect($('meta[property="og:image:type"]').attr('content')).toBe('image/jpeg');
    const file = join(build.dist, new URL(og).pathname);
    expect(await sharp(file).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    expect(jsonLd.image).toEqual({
      '@type': 'ImageObject',
      url: og,
      contentUrl: og,
      width: 1200,
      height: 800,
      caption: 'Trucks wait at the bridge.',
      description: 'Trucks queue at a border bridge.',
      creditText: 'Fixture Photographer/Example Agency',
    });
  });
});

describe('video, audio, posts and links', () => {
  it('a YouTube video is a facade: title, provider, length, a Play button naming YouTube, a link to the original, and no frame', async () => {
    const $ = await page(build.dist, `/events/${VIDEO_EVENT}/`);
    const facade = $('main [data-player]');
    expect(facade.attr('data-embed')).toBe(`https://www.youtube-nocookie.com/embed/${VIDEO_ID}?autoplay=1`);
    expect(facade.find('.player__title').text()).toBe('The convoy sets off');
    expect(facade.find('.player__meta').text().replace(/\s+/g, ' ').trim()).toBe('YouTube · 3:32');
    expect(facade.find('button').text().trim()).toBe('Play on YouTube');
    expect(facade.find('[data-player-controls]').attr('hidden')).toBeDefined();
    expect(facade.find('a').attr('href')).toBe(`https://www.youtube.com/watch?v=${VIDEO_ID}`);
    expect(facade.find('a').text()).toBe('Watch on YouTube');
    expect($('iframe').length).toBe(0);
    // Nothing of the provider is loaded by the page itself: no thumbnail, no script, no preconnect.
    const html = $.html();
    expect(html).not.toMatch(/ytimg|<img[^>]+youtube|<link[^>]+youtube|<script[^>]+youtube/);
  });

  it('each page’s frame-src names only the players it shows', async () => {
    const video = policyOf(await page(build.dist, `/events/${VIDEO_EVENT}/`));
    expect(video.get('frame-src')).toEqual(['https://www.youtube-nocookie.com']);
    // Pictures come from the site itself (and Pagefind's data: icons), never from another host.
    expect(video.get('img-src')?.filter((source) => /^https?:|^\*/.test(source))).toEqual([]);
    for (const path of ['/', `/events/${PHOTO_EVENT}/`, '/events/2019-02-02-judge-speaks/', '/embed/', '/404.html']) {
      const policy = policyOf(await page(build.dist, path));
      expect(policy.get('frame-src'), path).toEqual(["'none'"]);
      expect(policy.get('media-src'), path).toEqual(["'self'"]);
    }
  });

  it('audio plays natively and fetches nothing before play; a post is a static card; links are named, never bare addresses', async () => {
    const $ = await page(build.dist, `/events/${PHOTO_EVENT}/`);
    expect($('main audio').attr()).toMatchObject({ controls: '', preload: 'none' });
    expect($('main audio source').attr()).toMatchObject({ src: '/audio/interview.mp3', type: 'audio/mpeg' });
    const post = $('main figure.post');
    expect(post.find('.post__meta').text().replace(/\s+/g, ' ').trim()).toBe('@example on X · 23 February 2019');
    expect(post.find('blockquote').text().trim()).toBe('The convoy is moving.');
    expect(post.find('a').attr('href')).toBe('https://x.com/example/status/1099000000000000000');
    expect($('script[src*="x.com"], script[src*="twitter"], script[src*="platform"]').length).toBe(0);
    const cards = $('main figure.link-card')
      .map((_, card) => $(card).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(cards).toEqual(['Wikipedia Cúcuta', 'PDF document The convoy report']);
    for (const text of cards) expect(text).not.toMatch(/https?:|www\./);
  });
});

describe('a locator map (location: Cúcuta)', () => {
  it('is inline SVG, at least 150×100, named and captioned with the place, with no script or address in it', async () => {
    const $ = await page(build.dist, `/events/${VIDEO_EVENT}/`);
    const figure = $('main figure.locator-map');
    const svg = figure.find('svg');
    expect(svg.attr()).toMatchObject({ role: 'img', viewBox: '0 0 600 400', width: '600', height: '400' });
    expect(svg.attr('aria-label')).toBe('Map showing Cúcuta');
    expect(svg.find('text').text()).toBe('Cúcuta');
    expect(svg.find('path.locator-map__land--here').length).toBe(1);
    expect(figure.find('figcaption').text()).toContain('Cúcuta');
    expect(svg.html()).not.toMatch(/href|url\(|<script|<image|style=/);
  });
});

describe('the exports carry media', () => {
  const read = (path: string) => readFile(join(build.dist, path), 'utf8');

  it('/events.json lists media with absolute addresses, the photos’ sizes, words and the location, and validates against its schema', async () => {
    const data = JSON.parse(await read('events.json')) as EventsExport;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await read('events.schema.json')));
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const photos = data.events.find((event) => event.id === PHOTO_EVENT)!;
    expect(photos.image).toMatchObject({
      type: 'image/jpeg',
      width: 1200,
      height: 800,
      alt: 'Trucks queue at a border bridge.',
      credit: 'Fixture Photographer/Example Agency',
      caption: 'Trucks wait at the bridge.',
    });
    expect(photos.media.map((item) => [item.kind, item.url])).toEqual([
      ['image', expect.stringMatching(new RegExp(`^${HOME}_astro/second\\.[\\w-]+\\.jpg$`))],
      ['audio', `${HOME}audio/interview.mp3`],
      ['x', 'https://x.com/example/status/1099000000000000000'],
      ['wikipedia', 'https://en.wikipedia.org/wiki/C%C3%BAcuta'],
      ['pdf', 'https://example.org/report.pdf'],
    ]);
    expect(photos.media[0]).toMatchObject({ width: 900, height: 600, alt: 'A second, smaller picture.', credit: 'Example Agency' });
    expect(photos.media[2]).toMatchObject({
      provider: 'X',
      author: '@example',
      text: 'The convoy is moving.',
      date: { iso: '2019-02-23' },
    });
    expect(photos.location).toEqual({ name: 'Cúcuta, Colombia', lat: 7.8939, lon: -72.5078, zoom: 7 });
    const video = data.events.find((event) => event.id === VIDEO_EVENT)!;
    expect(video.media).toEqual([
      {
        kind: 'youtube',
        provider: 'YouTube',
        url: `https://www.youtube.com/watch?v=${VIDEO_ID}`,
        title: 'The convoy sets off',
        duration: '3:32',
        caption: 'The first trucks leave the warehouse.',
        credit: 'Example Agency',
      },
    ]);
    // Every address of this site in the export is a published file.
    const files = new Set(await listFiles(build.dist));
    for (const address of [photos.image!.url, photos.media[0]!.url, photos.media[1]!.url]) {
      expect(files.has(decodeURIComponent(new URL(address).pathname.slice(1))), address).toBe(true);
    }
  });

  it('the TimelineJS export gives the lead photo at its published address', async () => {
    const timeline = JSON.parse(await read('timelinejs.json')) as { events: { unique_id: string; media?: { url: string } }[] };
    const slide = timeline.events.find((event) => event.unique_id === PHOTO_EVENT)!;
    expect(slide.media?.url).toMatch(new RegExp(`^${HOME}_astro/photo\\.[\\w-]+\\.jpg$`));
  });

  it('the feed gives the lead photo as media:content', async () => {
    const feed = await read('feed.xml');
    expect(feed).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const item = /<item><title>Convoy photos<\/title>.*?<\/item>/s.exec(feed)![0];
    expect(item).toMatch(
      new RegExp(
        `<media:content url="${HOME}_astro/photo\\.[\\w-]+\\.jpg" medium="image" type="image/jpeg" width="1200" height="800"><media:description type="plain">Trucks wait at the bridge\\.</media:description><media:credit>Fixture Photographer/Example Agency</media:credit></media:content>`,
      ),
    );
  });
});

describe('the gates', () => {
  it('the output guard read every page and refused none', () => {
    expect(build.output).toMatch(/Output guard: \d+ pages read as a browser reads them.*nothing outside the page policy/);
  });

  it('the media pages pass html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const id of [PHOTO_EVENT, VIDEO_EVENT]) {
      const file = `events/${id}/index.html`;
      const report = await validator.validateString(await readFile(join(build.dist, file), 'utf8'), join(PROJECT_ROOT, 'dist', file));
      for (const message of report.results.flatMap((result) => result.messages))
        problems.push(`${file}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });
});
