/**
 * An event's pictures and media as the exports carry them (`/events.json`, the feed, JSON-LD):
 * absolute addresses, and the size of every photo the build resized. Pure: the pages publish the
 * photos (`src/data/published-media.ts`) and hand their addresses in.
 */
import type { CalendarDate } from '../../schemas/calendar-date.ts';
import { recogniseMedia, type MediaKind } from '../../schemas/media-kind.ts';
import type { EventLocation } from '../../schemas/media.ts';
import { isImageMetadata, type ResolvedImageSrc, type ResolvedMediaItem } from '../media/media-view.ts';

/** A photo as published: its absolute address, media type and, where the build made it, its size. */
export type PublishedPicture = { url: string; type?: string; width?: number; height?: number };

/** The lead picture, with its words. */
export type ExportedImage = PublishedPicture & { alt: string; credit: string; caption?: string };

/** One medium, with its words; a photo at its published address. */
export type ExportedMedia = PublishedPicture & {
  kind: MediaKind;
  provider?: string;
  title?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  duration?: string;
  author?: string;
  date?: CalendarDate;
  text?: string;
};

/** What the exports say of one event's pictures, media and place. */
export type EventMediaExport = { image?: ExportedImage; media: ExportedMedia[]; location?: EventLocation };

/** The media type of a photo from its address or format, when known. */
export function pictureType(address: string): string | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(address)?.[1]?.toLowerCase();
  const types: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    webp: 'image/webp',
    avif: 'image/avif',
    gif: 'image/gif',
  };
  return extension ? types[extension] : undefined;
}

/**
 * An event's media for the exports. `publish` gives a photo's published form (the build's
 * resized copy for a photo beside the entry or from an allowed host); `absolute` turns a site
 * path ("/audio/clip.mp3") into an address.
 */
export async function eventMediaExport(
  data: {
    image?: { src: ResolvedImageSrc; alt: string; credit: string; caption?: string };
    media: readonly ResolvedMediaItem[];
    location?: EventLocation;
  },
  publish: (src: ResolvedImageSrc) => Promise<PublishedPicture>,
  absolute: (path: string) => string,
): Promise<EventMediaExport> {
  const image = data.image && {
    ...(await publish(data.image.src)),
    alt: data.image.alt,
    credit: data.image.credit,
    ...(data.image.caption ? { caption: data.image.caption } : {}),
  };
  const media = await Promise.all(
    data.media.map(async (item): Promise<ExportedMedia> => {
      const { url, ...words } = item;
      if (isImageMetadata(url)) return { kind: 'image', ...(await publish(url)), ...words };
      const { kind, provider } = recogniseMedia(url);
      const published = kind === 'image' ? await publish(url) : { url: /^https?:\/\//.test(url) ? url : absolute(url) };
      return { kind, ...(provider ? { provider } : {}), ...published, ...words };
    }),
  );
  return { ...(image ? { image } : {}), media, ...(data.location ? { location: data.location } : {}) };
}
