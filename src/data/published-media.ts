/**
 * Publishes an event's photos for use off the page (social card, feed, open data, JSON-LD): one
 * JPEG, 1,200 pixels wide at most, made by Astro's image pipeline and shared by every export.
 */
import { getImage } from 'astro:assets';
import { story } from 'virtual:cronista/story';
import { eventMediaExport, pictureType, type EventMediaExport, type PublishedPicture } from '../lib/exports/media-export.ts';
import { isImageMetadata, pictureSource, type ResolvedImageSrc, type ResolvedMediaItem } from '../lib/media/media-view.ts';
import type { EventData } from '../schemas/event.ts';

/** The widest copy of a photo the exports carry. */
const SHARE_WIDTH = 1200;

/** A photo's published form: the build's JPEG copy for a processed or allowed remote photo; a public file as it is. */
export async function publishPicture(src: ResolvedImageSrc): Promise<PublishedPicture> {
  const base = import.meta.env.BASE_URL;
  const source = pictureSource(src, base);
  if (source.kind === 'public') return { url: new URL(source.path, story.site).href, ...optional('type', pictureType(source.path)) };
  const image =
    source.kind === 'processed'
      ? await getImage({ src: source.image, width: Math.min(SHARE_WIDTH, source.image.width), format: 'jpg' })
      : await getImage({ src: source.url, inferSize: true, width: SHARE_WIDTH, format: 'jpg' });
  const { width, height } = image.attributes as { width?: number | string; height?: number | string };
  return {
    url: new URL(image.src, story.site).href,
    type: 'image/jpeg',
    ...(width === undefined ? {} : { width: Number(width) }),
    ...(height === undefined ? {} : { height: Number(height) }),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

const cache = new Map<EventData, Promise<EventMediaExport>>();

/** An event's pictures, media and place as the exports carry them; worked out once per build. */
export function publishedMedia(data: EventData): Promise<EventMediaExport> {
  let result = cache.get(data);
  if (!result) {
    const base = import.meta.env.BASE_URL;
    result = eventMediaExport(
      // N.B. Astro has resolved photos beside the entry to ImageMetadata, though the schema types them as paths.
      data as unknown as Parameters<typeof eventMediaExport>[0] & { media: ResolvedMediaItem[] },
      publishPicture,
      (path) => new URL(`${base.replace(/\/$/, '')}/${path.replace(/^\/+/, '')}`, story.site).href,
    );
    cache.set(data, result);
  }
  return result;
}

/**
 * An event whose photos beside the entry are given by their published addresses again (Astro
 * hands pages their `ImageMetadata`), for exports that read the entry's own fields, such as
 * TimelineJS's.
 */
export async function withPublishedAddresses<E extends { data: EventData }>(event: E): Promise<E> {
  const { image, media } = event.data as unknown as { image?: { src: unknown }; media: { url: unknown }[] };
  if (!isImageMetadata(image?.src) && !media.some((item) => isImageMetadata(item.url))) return event;
  const published = await publishedMedia(event.data);
  return {
    ...event,
    data: {
      ...event.data,
      ...(event.data.image && published.image ? { image: { ...event.data.image, src: published.image.url } } : {}),
      media: event.data.media.map((item, index) => (isImageMetadata(item.url) ? { ...item, url: published.media[index]!.url } : item)),
    },
  };
}
