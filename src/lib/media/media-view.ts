/**
 * What each medium of an event becomes on its page, decided from its address and fields alone:
 * a processed photo, a player that loads only when asked, a native audio or video element, a
 * static card for a post, or a link card. Pure: the components only render these.
 */
import type { ImageMetadata } from 'astro';
import type { CalendarDate } from '../../schemas/calendar-date.ts';
import { recogniseMedia, POST_KINDS, type MediaKind } from '../../schemas/media-kind.ts';
import type { MediaItem } from '../../schemas/media.ts';
import { sitePath } from '../paths.ts';
import { isPlayerKind, playerEmbedUrl, type PlayerKind } from './players.ts';

/**
 * An image's source once Astro has read the content: a photo beside the entry becomes
 * `ImageMetadata` (the loader marks it, as Astro's `image()` helper does); other sources stay text.
 */
export type ResolvedImageSrc = string | ImageMetadata;

/** Where a picture comes from, and so how it is served. */
export type PictureSource =
  /** Beside the entry: resized into modern formats at build time. */
  | { kind: 'processed'; image: ImageMetadata }
  /** Under `public/`: served as it is, from the site. */
  | { kind: 'public'; path: string }
  /** On a host the story allows (`imageHosts`): downloaded and resized at build time. */
  | { kind: 'remote'; url: string };

/** The words every medium may carry. */
type Words = { caption?: string; credit?: string };

/** One medium, ready to render. */
export type MediaView =
  | ({ type: 'image'; source: PictureSource; alt: string } & Words)
  | ({ type: 'player'; kind: PlayerKind; provider: string; embed: string; href: string; title?: string; duration?: string } & Words)
  | ({ type: 'file'; element: 'audio' | 'video'; src: string; mime?: string; title?: string } & Words)
  | ({ type: 'post'; kind: MediaKind; provider: string; href: string; author?: string; date?: CalendarDate; text?: string } & Words)
  | ({ type: 'link'; kind: MediaKind; provider?: string; href: string; title?: string } & Words);

/** A media item as stored, its address possibly resolved to an image. */
export type ResolvedMediaItem = Omit<MediaItem, 'url'> & { url: ResolvedImageSrc };

/** Whether an image source was processed by Astro (a photo beside the entry). */
export function isImageMetadata(src: unknown): src is ImageMetadata {
  return typeof src === 'object' && src !== null && 'src' in src && 'width' in src && 'height' in src && 'format' in src;
}

/** Where a picture comes from, from its resolved source and the site's base path. */
export function pictureSource(src: ResolvedImageSrc, base: string): PictureSource {
  if (isImageMetadata(src)) return { kind: 'processed', image: src };
  if (/^https:\/\//.test(src)) return { kind: 'remote', url: src };
  return { kind: 'public', path: sitePath(base, src.replace(/^\/+/, '')) };
}

const MIME_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
};

/** A file's media type from its extension, when it is one browsers know. */
export function mimeTypeOf(address: string): string | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(address)?.[1]?.toLowerCase();
  return extension ? MIME_TYPES[extension] : undefined;
}

/**
 * A readable title for a Wikipedia article or a Commons file from its address
 * ("…/wiki/Cúcuta" → "Cúcuta"), so a link card never shows raw address text.
 */
export function titleFromAddress(address: string, kind: MediaKind): string | undefined {
  if (kind !== 'wikipedia' && kind !== 'commons') return undefined;
  try {
    const url = new URL(address);
    const page = /#\/media\/(File:.+)$/.exec(url.hash)?.[1] ?? /^\/wiki\/(.+)$/.exec(url.pathname)?.[1];
    return page ? decodeURIComponent(page).replaceAll('_', ' ') : undefined;
  } catch {
    return undefined;
  }
}

/** What one media item becomes on the page. `base` is the site's base path ("/" or "/timeline/"). */
export function mediaView(item: ResolvedMediaItem, base: string): MediaView {
  const words: Words = { ...(item.caption ? { caption: item.caption } : {}), ...(item.credit ? { credit: item.credit } : {}) };
  if (isImageMetadata(item.url)) return { type: 'image', source: { kind: 'processed', image: item.url }, alt: item.alt ?? '', ...words };
  const address = item.url;
  const href = /^https?:\/\//.test(address) ? address : sitePath(base, address.replace(/^\/+/, ''));
  const recognised = recogniseMedia(address);
  const { kind } = recognised;
  const title = item.title ?? titleFromAddress(address, kind);
  const titled = title ? { title } : {};

  if (kind === 'image') return { type: 'image', source: pictureSource(address, base), alt: item.alt ?? '', ...words };
  if (isPlayerKind(kind)) {
    const embed = playerEmbedUrl(kind, address, recognised.id);
    if (embed) {
      return {
        type: 'player',
        kind,
        provider: recognised.provider!,
        embed,
        href,
        ...titled,
        ...(item.duration ? { duration: item.duration } : {}),
        ...words,
      };
    }
  }
  if (kind === 'audio' || kind === 'video') {
    const mime = mimeTypeOf(address);
    return { type: 'file', element: kind, src: href, ...(mime ? { mime } : {}), ...titled, ...words };
  }
  if (POST_KINDS.has(kind)) {
    return {
      type: 'post',
      kind,
      provider: recognised.provider!,
      href,
      ...(item.author ? { author: item.author } : {}),
      ...(item.date ? { date: item.date } : {}),
      ...(item.text ? { text: item.text } : {}),
      ...words,
    };
  }
  return { type: 'link', kind, ...(recognised.provider ? { provider: recognised.provider } : {}), href, ...titled, ...words };
}

/** The players a page's views use, for its Content-Security-Policy: none unless a facade is there. */
export function playersOf(views: readonly MediaView[]): PlayerKind[] {
  return [...new Set(views.flatMap((view) => (view.type === 'player' ? [view.kind] : [])))].sort();
}

/** The other sites a page's audio and video files come from, for its policy's `media-src`. */
export function mediaOriginsOf(views: readonly MediaView[]): string[] {
  return [
    ...new Set(views.flatMap((view) => (view.type === 'file' && /^https:\/\//.test(view.src) ? [new URL(view.src).origin] : []))),
  ].sort();
}

/** The widths a photo is resized to for `srcset`: the common column and screen sizes it can fill, and its own. */
export function pictureWidths(originalWidth: number): number[] {
  const widths = [480, 800, 1200, 1600].filter((width) => width < originalWidth);
  return [...widths, Math.min(originalWidth, 2000)];
}

/** How wide a photo is drawn, for `sizes`: the text column (40rem) or the whole screen on a phone. */
export const PICTURE_SIZES = '(min-width: 44rem) 40rem, calc(100vw - 2rem)';
