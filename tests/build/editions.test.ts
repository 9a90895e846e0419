import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { demoContentDir, page, PROJECT_ROOT } from '../helpers/build.ts';

const dist = inject('demoDist');
const content = demoContentDir();
const story = parse(await readFile(join(content, 'story.yaml'), 'utf8')) as { language: string | string[]; site: string };
const languages = [story.language].flat();
const events = (await readdir(join(content, 'events'))).filter((file) => /\.mdx?$/.test(file)).map((file) => file.replace(/\.mdx?$/, ''));
/** Events with a Spanish translation (`events/es/<id>.md`): they have a Spanish page; the others link to their original. */
const translated = new Set(
  (await readdir(join(content, 'events/es')).catch(() => [] as string[]))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, '')),
);
const english = JSON.parse(await readFile(join(PROJECT_ROOT, 'src/i18n/en.json'), 'utf8')) as Record<string, unknown>;
const spanish = JSON.parse(await readFile(join(PROJECT_ROOT, 'src/i18n/es.json'), 'utf8')) as Record<string, unknown>;
const englishPhrases = Object.entries(english)
  .flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.values(value as object).map((form) => [key, form])))
  .filter(([key, value]) => value !== spanish[key])
  .flatMap(([, value]) => String(value).split(/\{\w+\}/))
  .map((fragment) => fragment.replace(/^[\s.,;:()–—←→“”]+|[\s.,;:()–—←→“”]+$/g, ''))
  .filter((fragment) => fragment.split(/\s+/).length >= 3);

describe.runIf(languages.includes('es'))('the demo in English and Spanish', () => {
  it('has a Spanish page for every translated event, linked both ways with hreflang (and x-default)', async () => {
    for (const id of events.filter((id) => translated.has(id))) {
      const en = await page(dist, `/events/${id}/`);
      const es = await page(dist, `/es/events/${id}/`);
      expect(es('html').attr('lang')).toBe('es');
      expect(en('link[rel="alternate"][hreflang="es"]').attr('href')).toBe(new URL(`/es/events/${id}/`, story.site).href);
      expect(es(`link[rel="alternate"][hreflang="${languages[0]}"]`).attr('href')).toBe(new URL(`/events/${id}/`, story.site).href);
      expect(es('link[rel="alternate"][hreflang="x-default"]').attr('href')).toBe(new URL(`/events/${id}/`, story.site).href);
      // The language switcher leads to the same page in the other language.
      expect(es('header nav a[hreflang]').attr('href')).toBe(`/events/${id}/`);
    }
  });

  it.each(['/es/', `/es/events/${events[0]}/`, '/es/search/', '/es/about/', '/es/actors/', '/es/categories/'])(
    '%s is in Spanish, with no English interface words',
    async (path) => {
      const $ = await page(dist, path);
      expect($('html').attr('lang')).toBe('es');
      const text = `${$('title').text()} ${$('header, main, footer').text()} ${$('[aria-label]')
        .map((_, element) => $(element).attr('aria-label'))
        .get()
        .join(' ')}`;
      expect(
        englishPhrases.filter((phrase) =>
          new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
        ),
      ).toEqual([]);
    },
  );

  it('publishes a feed, open data and a TimelineJS export for each edition', async () => {
    for (const prefix of ['', 'es/']) {
      const data = JSON.parse(await readFile(join(dist, prefix, 'events.json'), 'utf8')) as {
        story: { language: string };
        events: { id: string; url: string }[];
      };
      expect(data.events.map((event) => event.id).toSorted()).toEqual(events.toSorted());
      expect(data.story.language).toBe(prefix ? 'es' : languages[0]);
      expect(data.events[0]!.url).toContain(`/${prefix}events/`);
      expect(await readFile(join(dist, prefix, 'feed.xml'), 'utf8')).toContain(`<language>${prefix ? 'es' : languages[0]}</language>`);
      expect(JSON.parse(await readFile(join(dist, prefix, 'timelinejs.json'), 'utf8')).events).toHaveLength(events.length);
    }
  });

  it('links each event from every edition’s exports to a page that exists: its own, or an untranslated event’s original', async () => {
    for (const prefix of ['', 'es/']) {
      const data = JSON.parse(await readFile(join(dist, prefix, 'events.json'), 'utf8')) as { events: { id: string; url: string }[] };
      const feed = await readFile(join(dist, prefix, 'feed.xml'), 'utf8');
      for (const event of data.events) {
        const own = !prefix || translated.has(event.id);
        expect(event.url).toBe(new URL(`/${own ? prefix : ''}events/${event.id}/`, story.site).href);
        expect(feed).toContain(`<link>${event.url}</link>`);
        await expect(readFile(join(dist, new URL(event.url).pathname, 'index.html'))).resolves.toBeDefined();
      }
    }
  });

  it('keeps one search index per language, so a Spanish search stems Spanish', async () => {
    const entry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).toSorted()).toEqual(languages.map((tag) => tag.toLowerCase()).toSorted());
  });
});
