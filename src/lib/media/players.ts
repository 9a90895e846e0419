/**
 * The only third-party players a page may load, and only once its reader presses play: the
 * addresses the click inserts, the hosts the page's Content-Security-Policy then admits for
 * frames, and the rule the output guard applies to every facade.
 */
import type { MediaKind } from '../../schemas/media-kind.ts';

/** Kinds that play in another site's player. */
export type PlayerKind = Extract<MediaKind, 'youtube' | 'vimeo' | 'soundcloud'>;

/** Each player's origin: YouTube's privacy-enhanced host, Vimeo's and SoundCloud's player hosts. */
export const PLAYER_ORIGINS: Readonly<Record<PlayerKind, string>> = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
  soundcloud: 'https://w.soundcloud.com',
};

/** Whether a kind plays in a third-party player. */
export function isPlayerKind(kind: MediaKind): kind is PlayerKind {
  return Object.hasOwn(PLAYER_ORIGINS, kind);
}

/**
 * The address the player frame loads once the reader asks, or undefined when the address
 * names no playable item (a YouTube channel, a Vimeo showcase): those are shown as links.
 */
export function playerEmbedUrl(kind: PlayerKind, address: string, id: string | undefined): string | undefined {
  switch (kind) {
    case 'youtube':
      return id ? `${PLAYER_ORIGINS.youtube}/embed/${encodeURIComponent(id)}?autoplay=1` : undefined;
    case 'vimeo':
      // dnt=1: Vimeo's "do not track", so the player sets no tracking cookies.
      return id ? `${PLAYER_ORIGINS.vimeo}/video/${encodeURIComponent(id)}?autoplay=1&dnt=1` : undefined;
    case 'soundcloud':
      return `${PLAYER_ORIGINS.soundcloud}/player/?url=${encodeURIComponent(address)}&auto_play=true&visual=false`;
  }
}

/** Whether an address is one a facade may load: https on a player's own host and path. */
export function isPlayerEmbedUrl(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.username || url.password || url.port) return false;
  return (
    (url.origin === PLAYER_ORIGINS.youtube && /^\/embed\/[\w-]+$/.test(url.pathname)) ||
    (url.origin === PLAYER_ORIGINS.vimeo && /^\/video\/\d+$/.test(url.pathname)) ||
    (url.origin === PLAYER_ORIGINS.soundcloud && url.pathname === '/player/')
  );
}
