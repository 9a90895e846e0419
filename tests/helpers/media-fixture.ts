import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildWithContent, type BuildResult } from './build.ts';
import { FIXTURE_ROOT } from './content.ts';

/** An event with a YouTube video and a locator map of Cúcuta, and nothing else: the page-weight case. */
export const VIDEO_EVENT = '2019-02-24-convoy-video';
/** An event with a 2400×1600 photo beside it, a second photo, audio, a post and link cards. */
export const PHOTO_EVENT = '2019-02-23-convoy-photos';
/** The YouTube video of the video event. */
export const VIDEO_ID = 'aqz-KE-bpKQ';

const SOURCES = `sources:
  - title: Convoy story
    publisher: Example Times
    url: https://example.com/convoy
  - title: Second convoy story
    publisher: Example Post
    url: https://example.org/convoy
`;

const VIDEO_ENTRY = `---
title: Convoy video
summary: A fixture event with a video and a map, and nothing fetched from elsewhere before a click.
date: 2019-02-24
category: court
${SOURCES}media:
  url: https://www.youtube.com/watch?v=${VIDEO_ID}
  title: The convoy sets off
  duration: "3:32"
  caption: The first trucks leave the warehouse.
  credit: Example Agency
location: { name: Cúcuta, lat: 7.8939, lon: -72.5078 }
---

The convoy set off.
`;

const PHOTO_ENTRY = `---
title: Convoy photos
summary: A fixture event with a photo beside it and every other kind of medium.
date: 2019-02-23
category: court
${SOURCES}image:
  src: ./photo.jpg
  alt: Trucks queue at a border bridge.
  credit: Fixture Photographer/Example Agency
  caption: Trucks wait at the bridge.
media:
  - url: ./second.png
    alt: A second, smaller picture.
    credit: Example Agency
  - url: /audio/interview.mp3
    title: An interview at the bridge
  - url: https://x.com/example/status/1099000000000000000
    author: "@example"
    date: 2019-02-23
    text: The convoy is moving.
  - url: https://en.wikipedia.org/wiki/C%C3%BAcuta
  - url: https://example.org/report.pdf
    title: The convoy report
location: { name: "Cúcuta, Colombia", lat: 7.8939, lon: -72.5078, zoom: 7 }
---

Trucks waited at the bridge.
`;

/** Builds the minimal fixture plus two media events (the photos are made here with sharp, not committed). */
export async function buildMediaFixture(): Promise<BuildResult> {
  return buildWithContent(join(FIXTURE_ROOT, 'src/content'), {
    prepare: async (root) => {
      const events = join(root, 'src/content/events');
      await writeFile(join(events, `${VIDEO_EVENT}.md`), VIDEO_ENTRY);
      await writeFile(join(events, `${PHOTO_EVENT}.md`), PHOTO_ENTRY);
      // A photo-like picture: a gradient, so that its sizes differ as a photo's would.
      const width = 2400;
      const height = 1600;
      const pixels = Buffer.alloc(width * height * 3);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const at = (y * width + x) * 3;
          pixels[at] = (x * 255) / width;
          pixels[at + 1] = (y * 255) / height;
          pixels[at + 2] = ((x + y) * 97) % 256;
        }
      }
      await sharp(pixels, { raw: { width, height, channels: 3 } })
        .jpeg({ quality: 80 })
        .toFile(join(events, 'photo.jpg'));
      await sharp({ create: { width: 900, height: 600, channels: 3, background: '#6a8caf' } })
        .png()
        .toFile(join(events, 'second.png'));
      await mkdir(join(root, 'public/audio'), { recursive: true });
      await writeFile(join(root, 'public/audio/interview.mp3'), Buffer.alloc(1024));
    },
  });
}
