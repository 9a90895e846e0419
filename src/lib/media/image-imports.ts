/**
 * Marks the photos beside an entry for Astro's image pipeline, as Astro's `image()` schema helper
 * does: a path stored as `__ASTRO_IMAGE_./photo.jpg` is recorded by the data store as an asset
 * import, and `getCollection` hands pages its `ImageMetadata` (size, format, built address).
 *
 * N.B. Cronista's loader stores its own checked data (Astro's `parseData` is bypassed), so the
 * marking happens here, after the check: the schema stays pure and the checker sees plain paths.
 */
import { isBesideEntry } from '../check/media-files.ts';
import { recogniseMedia } from '../../schemas/media-kind.ts';

/** Astro's marker for an image import in stored content data (`astro/dist/content/consts.js`). */
export const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

type WithPictures = { image?: { src: string }; media?: readonly { url: string }[] };

/** The event's data with every photo beside the entry marked for processing; other addresses unchanged. */
export function markImageImports<T extends WithPictures>(data: T): T {
  const mark = (address: string) => (isBesideEntry(address) ? `${IMAGE_IMPORT_PREFIX}${address}` : address);
  return {
    ...data,
    ...(data.image ? { image: { ...data.image, src: mark(data.image.src) } } : {}),
    ...(data.media
      ? { media: data.media.map((item) => (recogniseMedia(item.url).kind === 'image' ? { ...item, url: mark(item.url) } : item)) }
      : {}),
  };
}
