/**
 * Video and audio players load only when the reader asks: the page shows a facade (title,
 * provider, a play button and a link to the original), and only a press on Play inserts the
 * provider's player, from one of the hosts the page's policy admits. Before that click, the page
 * makes no request to the provider at all.
 */
import { isPlayerEmbedUrl } from '../lib/media/players.ts';

for (const facade of document.querySelectorAll<HTMLElement>('[data-player]')) {
  const controls = facade.querySelector<HTMLElement>('[data-player-controls]');
  const button = controls?.querySelector('button');
  const stage = facade.querySelector<HTMLElement>('.player__stage');
  const embed = facade.dataset.embed;
  // N.B. The address is checked again here: only a player's own address may become a frame.
  if (!controls || !button || !stage || !embed || !isPlayerEmbedUrl(embed)) continue;
  controls.hidden = false;
  button.addEventListener(
    'click',
    () => {
      const frame = document.createElement('iframe');
      frame.className = 'player__frame';
      frame.src = embed;
      frame.title = facade.dataset.title ?? '';
      frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
      frame.allowFullscreen = true;
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      stage.replaceWith(frame);
      frame.focus();
    },
    { once: true },
  );
}
