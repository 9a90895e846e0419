import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { frameDirective, mediaDirective } from '../../src/integrations/content-security-policy.ts';
import { IMAGE_IMPORT_PREFIX, markImageImports } from '../../src/lib/media/image-imports.ts';
import {
  mediaOriginsOf,
  mediaView,
  mimeTypeOf,
  pictureSource,
  pictureWidths,
  playersOf,
  titleFromAddress,
} from '../../src/lib/media/media-view.ts';
import { PLAYER_ORIGINS, isPlayerEmbedUrl, playerEmbedUrl } from '../../src/lib/media/players.ts';
import { calendarDateOf } from '../../src/schemas/calendar-date.ts';

const PHOTO: ImageMetadata = { src: '/_astro/photo.abc.jpg', width: 2400, height: 1600, format: 'jpg' };

describe('what each medium becomes', () => {
  it('a photo beside the entry is processed; one under public/ is served from the base; one on an allowed host is remote', () => {
    expect(mediaView({ url: PHOTO, alt: 'Trucks', credit: 'Agency' }, '/')).toEqual({
      type: 'image',
      source: { kind: 'processed', image: PHOTO },
      alt: 'Trucks',
      credit: 'Agency',
    });
    expect(pictureSource('/images/a.jpg', '/timeline/')).toEqual({ kind: 'public', path: '/timeline/images/a.jpg' });
    expect(pictureSource('https://upload.wikimedia.org/a.jpg', '/')).toEqual({ kind: 'remote', url: 'https://upload.wikimedia.org/a.jpg' });
  });

  it('a YouTube, Vimeo or SoundCloud address becomes a facade with the player’s own address, never the page’s', () => {
    expect(mediaView({ url: 'https://youtu.be/aqz-KE-bpKQ', title: 'Convoy', duration: '3:32' }, '/')).toEqual({
      type: 'player',
      kind: 'youtube',
      provider: 'YouTube',
      embed: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1',
      href: 'https://youtu.be/aqz-KE-bpKQ',
      title: 'Convoy',
      duration: '3:32',
    });
    expect(mediaView({ url: 'https://vimeo.com/76979871' }, '/')).toMatchObject({
      type: 'player',
      embed: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
    expect(mediaView({ url: 'https://soundcloud.com/artist/track' }, '/')).toMatchObject({
      type: 'player',
      kind: 'soundcloud',
      embed: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack&auto_play=true&visual=false',
    });
  });

  it('a YouTube address that names no video is a link card', () => {
    expect(mediaView({ url: 'https://www.youtube.com/@channel', title: 'A channel' }, '/')).toEqual({
      type: 'link',
      kind: 'youtube',
      provider: 'YouTube',
      href: 'https://www.youtube.com/@channel',
      title: 'A channel',
    });
  });

  it('audio and video files play natively, from the site under its base', () => {
    expect(mediaView({ url: '/audio/clip.mp3', title: 'Clip' }, '/timeline/')).toEqual({
      type: 'file',
      element: 'audio',
      src: '/timeline/audio/clip.mp3',
      mime: 'audio/mpeg',
      title: 'Clip',
    });
    expect(mediaView({ url: 'https://media.example.org/v.webm' }, '/')).toMatchObject({
      type: 'file',
      element: 'video',
      mime: 'video/webm',
    });
    expect(mimeTypeOf('/a.MP4?x=1')).toBe('video/mp4');
    expect(mimeTypeOf('/a.xyz')).toBeUndefined();
  });

  it('a post is a static card with the words the entry gives', () => {
    const date = calendarDateOf(new Date('2019-02-23T12:00:00Z'));
    expect(mediaView({ url: 'https://bsky.app/profile/a.bsky.social/post/3k', author: '@a', text: 'Hello', date }, '/')).toEqual({
      type: 'post',
      kind: 'bluesky',
      provider: 'Bluesky',
      href: 'https://bsky.app/profile/a.bsky.social/post/3k',
      author: '@a',
      text: 'Hello',
      date,
    });
  });

  it('a page or document is a link card titled from the entry, or from a Wikipedia or Commons address', () => {
    expect(mediaView({ url: 'https://en.wikipedia.org/wiki/C%C3%BAcuta' }, '/')).toMatchObject({
      type: 'link',
      provider: 'Wikipedia',
      title: 'Cúcuta',
    });
    expect(titleFromAddress('https://commons.wikimedia.org/wiki/File:Puente_Tienditas.jpg', 'commons')).toBe('File:Puente Tienditas.jpg');
    expect(titleFromAddress('https://example.org/a', 'link')).toBeUndefined();
    expect(mediaView({ url: 'https://www.documentcloud.org/documents/1-report.html', title: 'Report' }, '/')).toMatchObject({
      type: 'link',
      provider: 'DocumentCloud',
      title: 'Report',
    });
    expect(mediaView({ url: '/docs/report.pdf' }, '/')).toEqual({ type: 'link', kind: 'pdf', href: '/docs/report.pdf' });
  });
});

describe('the players a page may load', () => {
  it('only the players’ own embed addresses pass', () => {
    expect(isPlayerEmbedUrl('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1')).toBe(true);
    expect(isPlayerEmbedUrl('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1')).toBe(true);
    expect(isPlayerEmbedUrl('https://w.soundcloud.com/player/?url=x')).toBe(true);
    for (const address of [
      'https://www.youtube.com/embed/aqz-KE-bpKQ',
      'https://www.youtube-nocookie.com/watch?v=1',
      'https://www.youtube-nocookie.com.evil.example/embed/x',
      'http://player.vimeo.com/video/1',
      'https://user@player.vimeo.com/video/1',
      'javascript:alert(1)',
      '',
    ]) {
      expect(isPlayerEmbedUrl(address), address).toBe(false);
    }
    expect(playerEmbedUrl('youtube', 'https://youtube.com/', undefined)).toBeUndefined();
  });

  it('a page’s frame-src names exactly its players, or none', () => {
    expect(frameDirective([])).toBe("frame-src 'none'");
    expect(frameDirective(['youtube'])).toBe(`frame-src ${PLAYER_ORIGINS.youtube}`);
    expect(frameDirective(['youtube', 'vimeo', 'youtube'])).toBe('frame-src https://player.vimeo.com https://www.youtube-nocookie.com');
    expect(mediaDirective([])).toBe("media-src 'self'");
    expect(mediaDirective(['https://media.example.org'])).toBe("media-src 'self' https://media.example.org");
  });

  it('collects the players and media hosts of a page’s media', () => {
    const views = [
      mediaView({ url: 'https://vimeo.com/76979871' }, '/'),
      mediaView({ url: 'https://youtu.be/aqz-KE-bpKQ' }, '/'),
      mediaView({ url: 'https://media.example.org/v.webm' }, '/'),
      mediaView({ url: '/audio/clip.mp3' }, '/'),
    ];
    expect(playersOf(views)).toEqual(['vimeo', 'youtube']);
    expect(mediaOriginsOf(views)).toEqual(['https://media.example.org']);
  });
});

describe('photos', () => {
  it('are resized to at least two widths, never wider than the original', () => {
    expect(pictureWidths(2400)).toEqual([480, 800, 1200, 1600, 2000]);
    expect(pictureWidths(900)).toEqual([480, 800, 900]);
    expect(pictureWidths(300)).toEqual([300]);
  });

  it('beside the entry are marked for Astro’s image pipeline; others are left as written', () => {
    const data = {
      title: 'x',
      image: { src: './photo.jpg', alt: 'a', credit: 'c' },
      media: [
        { url: '../shared/b.png' },
        { url: '/images/c.jpg' },
        { url: 'https://youtu.be/aqz-KE-bpKQ' },
        { url: 'https://upload.wikimedia.org/d.jpg' },
      ],
    };
    expect(markImageImports(data)).toEqual({
      title: 'x',
      image: { src: `${IMAGE_IMPORT_PREFIX}./photo.jpg`, alt: 'a', credit: 'c' },
      media: [
        { url: `${IMAGE_IMPORT_PREFIX}../shared/b.png` },
        { url: '/images/c.jpg' },
        { url: 'https://youtu.be/aqz-KE-bpKQ' },
        { url: 'https://upload.wikimedia.org/d.jpg' },
      ],
    });
    expect(data.image.src).toBe('./photo.jpg');
  });
});
