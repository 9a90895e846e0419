import { describe, expect, it } from 'vitest';
import { pagePolicy, pageViolations } from '../../src/lib/check/page-policy.ts';

const policy = pagePolicy('/');
const reasons = (body: string) =>
  pageViolations(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, policy).map((v) => v.reason);

describe('the output guard on media', () => {
  it('admits a responsive picture, native audio and video that wait for the reader, a facade and a map', () => {
    expect(
      reasons(`
        <figure><picture><source srcset="/_astro/a.avif 480w, /_astro/b.avif 800w" type="image/avif" sizes="40rem">
        <img src="/_astro/a.jpg" srcset="/_astro/a.jpg 480w" sizes="40rem" alt="x" width="2400" height="1600" loading="lazy" decoding="async" fetchpriority="high"></picture>
        <figcaption>Caption</figcaption></figure>
        <audio controls preload="none"><source src="/audio/a.mp3" type="audio/mpeg"><a href="/audio/a.mp3">Download</a></audio>
        <video controls preload="none" playsinline><source src="/v.webm" type="video/webm"><track kind="captions" src="/v.vtt" srclang="en" label="English"></video>
        <figure data-player data-embed="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1" data-title="T">
          <div data-player-controls hidden><button type="button" aria-describedby="t">Play on YouTube</button></div></figure>
        <figure><svg viewBox="0 0 600 400" width="600" height="400" role="img" aria-label="Map">
          <rect class="sea" width="600" height="400"></rect><path class="land" d="M0,0L1,1Z"></path><circle cx="1" cy="1" r="6"></circle>
          <text x="1" y="1" text-anchor="start">Cúcuta</text></svg></figure>`),
    ).toEqual([]);
  });

  it('refuses frames, autoplaying or preloading media, and a facade aimed anywhere but a known player', () => {
    expect(reasons('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>')).toEqual(['<iframe> is not an allowed element']);
    expect(reasons('<video controls autoplay preload="none" src="/v.mp4"></video>')).toEqual([
      'autoplay= is not an allowed attribute on <video>',
      'src= is not an allowed attribute on <video>',
    ]);
    expect(reasons('<audio controls preload="auto"></audio>')).toEqual([
      '<audio> must wait for the reader (expected controls and preload="none")',
    ]);
    expect(reasons('<figure data-player data-embed="https://evil.example/embed/x"></figure>')).toEqual([
      'a player facade\'s data-embed="https://evil.example/embed/x" is not a known player\'s address',
    ]);
    expect(reasons('<svg><foreignObject></foreignObject></svg>')).toEqual(['<svg:foreignObject> is not an allowed element']);
  });
});
