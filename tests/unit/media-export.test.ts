import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { mediaContent } from '../../src/lib/exports/feed.ts';
import { eventMediaExport, pictureType } from '../../src/lib/exports/media-export.ts';
import { imageObject } from '../../src/lib/exports/structured-data.ts';
import { calendarDateOf } from '../../src/schemas/calendar-date.ts';

const PHOTO: ImageMetadata = { src: '/_astro/photo.abc.jpg', width: 2400, height: 1600, format: 'jpg' };
/** A stand-in for the build's image pipeline: a 1,200-pixel JPEG of every photo. */
const publish = async (src: unknown) =>
  typeof src === 'string'
    ? { url: src.startsWith('https://') ? src : `https://example.org${src}` }
    : { url: 'https://example.org/_astro/photo.1200.jpg', type: 'image/jpeg', width: 1200, height: 800 };
const absolute = (path: string) => `https://example.org/timeline${path}`;

describe('an event’s media in the exports', () => {
  it('gives photos at their published address and size, other media at their own, with every word', async () => {
    const date = calendarDateOf(new Date('2019-02-23T12:00:00Z'));
    const exported = await eventMediaExport(
      {
        image: { src: PHOTO, alt: 'Trucks', credit: 'Agency', caption: 'At the bridge' },
        media: [
          { url: PHOTO, alt: 'Again', credit: 'Agency' },
          { url: '/audio/clip.mp3', title: 'Clip' },
          { url: 'https://youtu.be/aqz-KE-bpKQ', title: 'Convoy', duration: '3:32' },
          { url: 'https://x.com/a/status/1', author: '@a', text: 'Hello', date },
        ],
        location: { name: 'Cúcuta', lat: 7.8939, lon: -72.5078, zoom: 5 },
      },
      publish,
      absolute,
    );
    expect(exported).toEqual({
      image: {
        url: 'https://example.org/_astro/photo.1200.jpg',
        type: 'image/jpeg',
        width: 1200,
        height: 800,
        alt: 'Trucks',
        credit: 'Agency',
        caption: 'At the bridge',
      },
      media: [
        {
          kind: 'image',
          url: 'https://example.org/_astro/photo.1200.jpg',
          type: 'image/jpeg',
          width: 1200,
          height: 800,
          alt: 'Again',
          credit: 'Agency',
        },
        { kind: 'audio', url: 'https://example.org/timeline/audio/clip.mp3', title: 'Clip' },
        { kind: 'youtube', provider: 'YouTube', url: 'https://youtu.be/aqz-KE-bpKQ', title: 'Convoy', duration: '3:32' },
        { kind: 'x', provider: 'X', url: 'https://x.com/a/status/1', author: '@a', text: 'Hello', date },
      ],
      location: { name: 'Cúcuta', lat: 7.8939, lon: -72.5078, zoom: 5 },
    });
  });

  it('has nothing to say of an event without media', async () => {
    expect(await eventMediaExport({ media: [] }, publish, absolute)).toEqual({ media: [] });
    expect(pictureType('/a/b.JPEG?x=1')).toBe('image/jpeg');
    expect(pictureType('/a/b')).toBeUndefined();
  });

  it('writes the lead photo into the feed as Media RSS, escaped, and into JSON-LD as an ImageObject', () => {
    const image = {
      url: 'https://example.org/p.jpg?a=1&b=2',
      type: 'image/jpeg',
      width: 1200,
      height: 800,
      alt: 'A <b>bold</b> claim',
      credit: 'Agency & "Co"',
    };
    expect(mediaContent(image)).toBe(
      '<media:content url="https://example.org/p.jpg?a=1&amp;b=2" medium="image" type="image/jpeg" width="1200" height="800">' +
        '<media:description type="plain">A &lt;b&gt;bold&lt;/b&gt; claim</media:description><media:credit>Agency &amp; &quot;Co&quot;</media:credit></media:content>',
    );
    expect(imageObject({ ...image, caption: 'Caption' })).toEqual({
      '@type': 'ImageObject',
      url: image.url,
      contentUrl: image.url,
      width: 1200,
      height: 800,
      caption: 'Caption',
      description: image.alt,
      creditText: image.credit,
    });
  });
});
