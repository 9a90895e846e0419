import { describe, expect, it } from 'vitest';
import { brokenReferences, fileFor, pageUrl, references } from '../helpers/link-check.ts';

const SITE = new URL('https://news.example.org/story/');

/** A built site from a map of file → HTML text (null for a non-HTML file). */
function site(files: Record<string, string | null>) {
  return {
    files: new Set(Object.keys(files)),
    pages: new Map(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== null)),
  };
}

describe('addresses and files', () => {
  it('serves directory pages at their folder and other files at their own name', () => {
    expect(pageUrl('index.html', SITE).href).toBe('https://news.example.org/story/');
    expect(pageUrl('events/a/index.html', SITE).href).toBe('https://news.example.org/story/events/a/');
    expect(pageUrl('404.html', SITE).href).toBe('https://news.example.org/story/404.html');
    expect(fileFor(new URL('https://news.example.org/story/events/a/'), SITE)).toBe('events/a/index.html');
    expect(fileFor(new URL('https://news.example.org/story/feed.xml?x=1#y'), SITE)).toBe('feed.xml');
    expect(fileFor(new URL('https://news.example.org/story/caf%C3%A9.png'), SITE)).toBe('café.png');
    expect(fileFor(new URL('https://news.example.org/other/'), SITE)).toBeUndefined();
    expect(fileFor(new URL('https://elsewhere.example.com/story/'), SITE)).toBeUndefined();
  });

  it('resolves relative addresses against the page, and reads srcset candidates', () => {
    const html = `<a href="../b/">b</a><a href="#x">x</a><img src="i.png" srcset="i.png 1x, /story/i2.png 2x"><link rel="stylesheet" href="/story/s.css">`;
    const found = references(html, new URL('https://news.example.org/story/events/a/'));
    expect(found.map((reference) => `${reference.element} ${reference.attribute} ${reference.url?.href}`)).toEqual([
      'a href https://news.example.org/story/events/b/',
      'a href https://news.example.org/story/events/a/#x',
      'link href https://news.example.org/story/s.css',
      'img src https://news.example.org/story/events/a/i.png',
      'img srcset https://news.example.org/story/events/a/i.png',
      'img srcset https://news.example.org/story/i2.png',
    ]);
  });
});

describe('brokenReferences', () => {
  it('passes a site whose links, anchors and assets all exist', () => {
    const built = site({
      'index.html': `<a href="/story/events/a/#sources">a</a><a href="events/a/">a</a><img src="/story/pic.png" alt=""><a href="#top">top</a><a href="#">top</a>`,
      'events/a/index.html': `<h2 id="sources">Sources</h2><a href="../../">home</a><script src="/story/pagefind/x.js"></script>`,
      'pic.png': null,
      'pagefind/x.js': null,
    });
    expect(brokenReferences(built, SITE)).toEqual([]);
  });

  it('reports a missing page, a missing asset, a missing anchor and a link outside the site', () => {
    const built = site({
      'index.html': [
        `<a href="/story/events/gone/">gone</a>`,
        `<img src="missing.png" alt="">`,
        `<a href="/story/events/a/#nowhere">a</a>`,
        `<a href="#local-nowhere">here</a>`,
        `<a href="/other/">other</a>`,
        `<link rel="canonical" href="https://news.example.org/story/404/">`,
      ].join(''),
      'events/a/index.html': `<p id="somewhere">a</p>`,
    });
    expect(brokenReferences(built, SITE)).toEqual([
      { page: 'index.html', reference: '<a href="/story/events/gone/">', problem: 'no file events/gone/index.html' },
      { page: 'index.html', reference: '<a href="/story/events/a/#nowhere">', problem: 'no id "nowhere" on events/a/index.html' },
      { page: 'index.html', reference: '<a href="#local-nowhere">', problem: 'no id "local-nowhere" on index.html' },
      { page: 'index.html', reference: '<a href="/other/">', problem: 'outside the site (https://news.example.org/story/)' },
      { page: 'index.html', reference: '<link href="https://news.example.org/story/404/">', problem: 'no file 404/index.html' },
      { page: 'index.html', reference: '<img src="missing.png">', problem: 'no file missing.png' },
    ]);
  });

  it('ignores other hosts and non-web schemes', () => {
    const built = site({
      'index.html': `<a href="https://elsewhere.example.com/x/">x</a><a href="mailto:desk@example.org">mail</a><a href="tel:+441">call</a>`,
    });
    expect(brokenReferences(built, SITE)).toEqual([]);
  });
});
