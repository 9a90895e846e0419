import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FormattedDate from '../../src/components/FormattedDate.astro';
import SourceList from '../../src/components/SourceList.astro';
import { editionsOf } from '../../src/lib/i18n/editions.ts';
import { translatorFor } from '../../src/lib/i18n/ui.ts';
import { siteLinks } from '../../src/lib/paths.ts';
import { parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';

const date = (text: string) => parseCalendarDate(text) as CalendarDate;

/** What the edition middleware gives every page: here the English edition, or the Spanish one. */
const locals = (lang = 'en-GB') => {
  const editions = editionsOf(['en-GB', 'es']);
  const edition = editions.find((candidate) => candidate.lang === lang)!;
  return { editions, edition, t: translatorFor(lang), links: siteLinks('/', edition.prefix) };
};
const render = async (component: Parameters<AstroContainer['renderToString']>[0], options: Record<string, unknown>, lang?: string) =>
  (await AstroContainer.create()).renderToString(component, { ...options, locals: locals(lang) });
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('FormattedDate', () => {
  it('renders the written precision in <time>, with "around" and ranges', async () => {
    const html = await render(FormattedDate, {
      props: { event: { date: date('2018-11-08'), endDate: date('2019-02'), approximate: true } },
    });
    expect(html.replace(/\s+/g, ' ')).toContain(
      'around <time datetime="2018-11-08">8 November 2018</time> – <time datetime="2019-02">February 2019</time>',
    );
  });

  it('speaks the page’s language', async () => {
    const html = await render(FormattedDate, { props: { event: { date: date('2019-02'), approximate: true } } }, 'es');
    expect(text(html).trim()).toBe('hacia febrero de 2019');
  });
});

describe('SourceList', () => {
  it('numbers sources with publisher, linked title, date and archive link, with no stray spaces', async () => {
    const html = await render(SourceList, {
      props: {
        sources: [
          {
            title: 'Day story',
            publisher: 'Example Times',
            url: 'https://example.com/day',
            published: date('2019-02-02'),
            archived: 'https://web.archive.org/x',
          },
        ],
      },
    });
    expect(text(html)).toContain('Example Times, Day story, 2 February 2019 (archived copy of “Day story”)');
    expect(html).toContain('href="https://example.com/day"');
  });

  it('names a source without a seen headline by its publisher and date, never by its address, and labels state media', async () => {
    const html = await render(SourceList, {
      props: {
        sources: [
          {
            publisher: 'TASS',
            url: 'https://tass.com/world/1041759',
            published: date('2019-01-24'),
            stateMedia: { country: 'RU', tie: 'owned' },
          },
        ],
      },
    });
    expect(text(html)).toContain('TASS, 24 January 2019 (state media, Russia)');
    expect(text(html)).not.toContain('1041759');
    const es = await render(
      SourceList,
      { props: { sources: [{ publisher: 'TASS', url: 'https://tass.com/world/1041759', stateMedia: { country: 'RU', tie: 'owned' } }] } },
      'es',
    );
    expect(text(es)).toContain('TASS (medio estatal, Rusia)');
  });
});

describe('PullQuote (the component MDX entries may use)', () => {
  it('shows the quotation, who said it and a link to the source', async () => {
    const { default: PullQuote } = await import('../../src/components/mdx/PullQuote.astro');
    const html = await render(PullQuote, {
      props: { by: 'Signatories', source: 'teleSUR English', href: 'https://example.com/letter' },
      slots: { default: '<p>The words.</p>' },
    });
    expect(html).toMatch(/<blockquote[^>]*cite="https:\/\/example\.com\/letter"[^>]*>\s*<p>The words\.<\/p>/);
    expect(text(html)).toContain('— Signatories, as published by teleSUR English');
  });

  it('never links to a non-web address', async () => {
    const { default: PullQuote } = await import('../../src/components/mdx/PullQuote.astro');
    const html = await render(PullQuote, {
      props: { by: 'X', source: 'Somewhere', href: 'javascript:alert(1)' },
      slots: { default: 'Words.' },
    });
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<a /);
  });
});

describe('EditLinks', () => {
  it('renders nothing when the story has no repository (as in the demo)', async () => {
    const { default: EditLinks } = await import('../../src/components/EditLinks.astro');
    const html = await render(EditLinks, {
      props: { filePath: 'src/content/events/x.md', title: 'X', pageUrl: 'https://example.org/events/x/' },
    });
    expect(html.trim()).toBe('');
  });

  it('links to the entry’s file in the web editor and to a prefilled error report', async () => {
    const { default: EditLinks } = await import('../../src/components/EditLinks.astro');
    const html = await render(EditLinks, {
      props: {
        repository: { url: 'https://github.com/example/timeline', branch: 'main' },
        filePath: 'src/content/events/x.md',
        title: 'X',
        pageUrl: 'https://example.org/events/x/',
      },
    });
    expect(html).toContain('href="https://github.com/example/timeline/edit/main/src/content/events/x.md"');
    expect(text(html)).toContain('Report an error');
  });
});
