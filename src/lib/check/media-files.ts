/**
 * Checks the pictures and media an event names, beyond their shape: a photo beside the entry
 * must really be there, inside the content folder, and be a raster photo (never SVG, which can
 * carry scripts); a photo from the web must come from a host the story allows; players, posts and
 * links should say what they are, so their cards never show a bare address.
 */
import { posix } from 'node:path';
import type { EventData } from '../../schemas/event.ts';
import { recogniseMedia } from '../../schemas/media-kind.ts';
import { isPlayerKind } from '../media/players.ts';
import { POST_KINDS } from '../../schemas/media-kind.ts';

/** What is at a path beside an entry. */
export type AssetStatus = 'file' | 'missing' | 'link' | 'not-a-file' | 'outside';

/** What the media check needs besides the entry. */
export type MediaCheckContext = {
  /** The content folder, relative to the project root ("src/content"). */
  contentDir: string;
  /** Hosts whose https photos may be shown (the story's `imageHosts`). */
  imageHosts: readonly string[];
  /** What is at a path (relative to the project root); undefined skips the look on disk. */
  assetStatus?: (path: string) => AssetStatus;
};

/** Photo formats Astro resizes: everything but SVG. */
export const RASTER_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** Whether an address is a path beside the entry (`./photo.jpg`, `../shared/photo.jpg`). */
export const isBesideEntry = (address: string) => /^\.{1,2}\//.test(address);

type Report = (path: readonly (string | number)[], message: string, help?: string, severity?: 'error' | 'warning') => void;

/** Checks one photo address: beside the entry, under public/, or on an allowed host. */
function checkPicture(file: string, address: string, path: readonly (string | number)[], context: MediaCheckContext, report: Report) {
  if (isBesideEntry(address)) {
    const extension = /\.([a-z0-9]+)$/i.exec(address)?.[1]?.toLowerCase();
    if (extension === 'svg') {
      report(
        path,
        `"${address}" is an SVG file (expected a photo: ${RASTER_EXTENSIONS.join(', ')}; SVG can carry scripts and is not accepted)`,
      );
      return;
    }
    if (!extension || !(RASTER_EXTENSIONS as readonly string[]).includes(extension)) {
      report(path, `"${address}" is not a photo file (expected ${RASTER_EXTENSIONS.join(', ')})`);
      return;
    }
    const resolved = posix.normalize(posix.join(posix.dirname(file), address));
    if (!resolved.startsWith(`${context.contentDir}/`)) {
      report(path, `"${address}" leads outside ${context.contentDir}/ (expected a photo beside the entry, like ./photo.jpg)`);
      return;
    }
    const status = context.assetStatus?.(resolved);
    if (status === 'missing')
      report(
        path,
        `"${address}" does not exist (expected a file at ${resolved})`,
        'check the file name, or save the photo beside the entry',
      );
    else if (status === 'link') report(path, `"${address}" is a symbolic link (expected the photo itself; links are not followed)`);
    else if (status === 'not-a-file') report(path, `"${address}" is not a file (expected a photo)`);
    else if (status === 'outside')
      report(path, `"${address}" leads outside ${context.contentDir}/ through a linked folder (expected a photo beside the entry)`);
    return;
  }
  if (address.startsWith('https://')) {
    const host = new URL(address).hostname;
    if (!context.imageHosts.includes(host)) {
      report(
        path,
        `"${address}" is on ${host}, which the story does not allow (expected a photo saved beside the entry, or a host listed under imageHosts in story.yaml)`,
        `save the photo beside the entry, or add ${host} to imageHosts`,
      );
    }
  }
}

/**
 * Checks an event's lead image and media. `raw` is the frontmatter as written, to tell a single
 * media item (`media.url`) from a list (`media.0.url`) in the report.
 */
export function checkEventMedia(
  file: string,
  data: Pick<EventData, 'image' | 'media'>,
  raw: Record<string, unknown>,
  context: MediaCheckContext,
  report: Report,
) {
  if (data.image) checkPicture(file, data.image.src, ['image', 'src'], context, report);
  const listed = Array.isArray(raw.media);
  data.media.forEach((item, index) => {
    const at = (field: string) => (listed ? ['media', index, field] : ['media', field]);
    const { kind, id } = recogniseMedia(item.url);
    if (kind === 'image' || (isBesideEntry(item.url) && /\.svg$/i.test(item.url))) {
      checkPicture(file, item.url, at('url'), context, report);
      return;
    }
    if (isBesideEntry(item.url)) {
      report(
        at('url'),
        `"${item.url}" is beside the entry but is not a photo (expected audio, video and documents under public/, like /audio/clip.mp3)`,
      );
      return;
    }
    if ((kind === 'youtube' || kind === 'vimeo') && !id) {
      report(
        at('url'),
        `"${item.url}" names no single ${kind === 'youtube' ? 'YouTube' : 'Vimeo'} video (expected a video's address); it is shown as a link`,
        undefined,
        'warning',
      );
    }
    if ((isPlayerKind(kind) || kind === 'link' || kind === 'documentcloud' || kind === 'pdf' || kind === 'map') && !item.title) {
      report(
        at('title'),
        'is missing (expected the title shown on its card, so readers know what it is before they open it)',
        undefined,
        'warning',
      );
    }
    if (POST_KINDS.has(kind) && (!item.author || !item.text)) {
      report(
        at(item.author ? 'text' : 'author'),
        `is missing (expected the post's ${item.author ? 'text' : 'author'} as published: its card shows them, and no script of the network is loaded)`,
        undefined,
        'warning',
      );
    }
  });
}
