/**
 * What a media address is, recognised from the address alone, the way TimelineJS does (its
 * `MediaType.js`), so a TimelineJS user's media mean the same here: a photo, a YouTube or
 * Vimeo video, a SoundCloud track, an audio or video file, a post on X, Bluesky, Mastodon,
 * Instagram or Facebook, a Wikipedia or Wikimedia Commons page, a DocumentCloud document or a
 * PDF, a Google Maps place, or, for any other web address, a link card.
 */

/** The kinds of media an event can carry. */
export type MediaKind =
  | 'image'
  | 'youtube'
  | 'vimeo'
  | 'soundcloud'
  | 'audio'
  | 'video'
  | 'x'
  | 'bluesky'
  | 'mastodon'
  | 'instagram'
  | 'facebook'
  | 'wikipedia'
  | 'commons'
  | 'documentcloud'
  | 'pdf'
  | 'map'
  | 'link';

/** A recognised address: its kind, the provider's name, and the id a player needs. */
export type RecognisedMedia = {
  kind: MediaKind;
  /** The provider as readers know it ("YouTube", "Wikimedia Commons"); undefined for files of the site's own. */
  provider?: string;
  /** The video's or track's id, for players that take one. */
  id?: string;
  /** For a map: the place's coordinates, when the address carries them. */
  lat?: number;
  lon?: number;
};

/** Kinds that play in a player loaded only when the reader asks. */
export const PLAYER_KINDS: ReadonlySet<MediaKind> = new Set(['youtube', 'vimeo', 'soundcloud']);
/** Kinds that are posts on a social network, shown as a static card. */
export const POST_KINDS: ReadonlySet<MediaKind> = new Set(['x', 'bluesky', 'mastodon', 'instagram', 'facebook']);

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?.*)?$/i;
const AUDIO_FILE = /\.(mp3|m4a|ogg|oga|wav|aac|flac)(\?.*)?$/i;
const VIDEO_FILE = /\.(mp4|webm|m4v|ogv|mov)(\?.*)?$/i;

/** The address as an absolute URL, if it is one (protocol-relative `//host/…` is read as https). */
function asUrl(address: string): URL | undefined {
  try {
    return new URL(address.startsWith('//') ? `https:${address}` : address);
  } catch {
    return undefined;
  }
}

/** Recognises what an address points to. A path (`./photo.jpg`, `/images/x.png`) is the site's own file. */
export function recogniseMedia(address: string): RecognisedMedia {
  const url = asUrl(address.trim());
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    if (IMAGE_FILE.test(address)) return { kind: 'image' };
    if (AUDIO_FILE.test(address)) return { kind: 'audio' };
    if (VIDEO_FILE.test(address)) return { kind: 'video' };
    if (/\.pdf(\?.*)?(#.*)?$/i.test(address)) return { kind: 'pdf' };
    return { kind: 'link' };
  }
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const path = url.pathname;

  if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'youtu.be') {
    const id =
      host === 'youtu.be'
        ? path.slice(1).split('/')[0]
        : (url.searchParams.get('v') ?? /^\/(?:embed|shorts|live|v)\/([\w-]{6,})/.exec(path)?.[1] ?? undefined);
    return { kind: 'youtube', provider: 'YouTube', id: id && /^[\w-]{6,}$/.test(id) ? id : undefined };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /\/(?:video\/)?(\d{3,})/.exec(path)?.[1];
    return { kind: 'vimeo', provider: 'Vimeo', id };
  }
  if (host === 'soundcloud.com' || host === 'on.soundcloud.com') return { kind: 'soundcloud', provider: 'SoundCloud' };
  if (host === 'twitter.com' || host === 'x.com') return { kind: 'x', provider: 'X' };
  if (host === 'bsky.app') return { kind: 'bluesky', provider: 'Bluesky' };
  if (host === 'instagram.com' || host === 'instagr.am') return { kind: 'instagram', provider: 'Instagram' };
  if (host === 'facebook.com' || host === 'fb.watch') return { kind: 'facebook', provider: 'Facebook' };
  if (host === 'commons.wikimedia.org') return { kind: 'commons', provider: 'Wikimedia Commons' };
  if (host === 'upload.wikimedia.org' && IMAGE_FILE.test(path)) return { kind: 'image', provider: 'Wikimedia Commons' };
  if (/(^|\.)wikipedia\.org$/.test(host)) {
    if (/#\/media\/File:/.test(url.hash)) return { kind: 'commons', provider: 'Wikimedia Commons' };
    return { kind: 'wikipedia', provider: 'Wikipedia' };
  }
  if (/(^|\.)documentcloud\.org$/.test(host)) return { kind: 'documentcloud', provider: 'DocumentCloud' };
  if (
    (/(^|\.)google\.[a-z.]+$/.test(host) && path.startsWith('/maps')) ||
    host === 'maps.app.goo.gl' ||
    (host === 'goo.gl' && path.startsWith('/maps'))
  ) {
    const at = /@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/.exec(path);
    return { kind: 'map', provider: 'Google Maps', ...(at ? { lat: Number(at[1]), lon: Number(at[2]) } : {}) };
  }
  // Mastodon runs on many servers: an address like https://server/@name/123456 is a post.
  if (/^\/@[\w.]+(@[\w.-]+)?\/\d+$/.test(path)) return { kind: 'mastodon', provider: 'Mastodon' };
  if (IMAGE_FILE.test(path)) return { kind: 'image' };
  if (AUDIO_FILE.test(path)) return { kind: 'audio' };
  if (VIDEO_FILE.test(path)) return { kind: 'video' };
  if (/\.pdf$/i.test(path)) return { kind: 'pdf' };
  return { kind: 'link', provider: host };
}
