import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FormattedDate from '../../src/components/FormattedDate.astro';
import SourceList from '../../src/components/SourceList.astro';
import { parseCalendarDate, type CalendarDate } from '../../src/schemas/calendar-date.ts';

const date = (text: string) => parseCalendarDate(text) as CalendarDate;

describe('FormattedDate', () => {
  it('renders the written precision in <time>, with "around" and ranges', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FormattedDate, {
      props: { event: { date: date('2018-11-08'), endDate: date('2019-02'), approximate: true } },
    });
    expect(html.replace(/\s+/g, ' ')).toContain(
      'around <time datetime="2018-11-08">8 November 2018</time> – <time datetime="2019-02">February 2019</time>',
    );
  });
});

describe('SourceList', () => {
  it('numbers sources with publisher, linked title, date and archive link, with no stray spaces', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(SourceList, {
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
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Example Times, Day story, 2 February 2019 (archived copy of “Day story”)');
    expect(html).toContain('href="https://example.com/day"');
  });
});

describe('PullQuote (the component MDX entries may use)', () => {
  it('shows the quotation, who said it and a link to the source', async () => {
    const { default: PullQuote } = await import('../../src/components/mdx/PullQuote.astro');
    const container = await AstroContainer.create();
    const html = await container.renderToString(PullQuote, {
      props: { by: 'Signatories', source: 'teleSUR English', href: 'https://example.com/letter' },
      slots: { default: '<p>The words.</p>' },
    });
    expect(html).toMatch(/<blockquote[^>]*cite="https:\/\/example\.com\/letter"[^>]*>\s*<p>The words\.<\/p>/);
    expect(html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain('— Signatories, as published by teleSUR English');
  });

  it('never links to a non-web address', async () => {
    const { default: PullQuote } = await import('../../src/components/mdx/PullQuote.astro');
    const container = await AstroContainer.create();
    const html = await container.renderToString(PullQuote, {
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
    const container = await AstroContainer.create();
    const html = await container.renderToString(EditLinks, {
      props: { filePath: 'src/content/events/x.md', title: 'X', pageUrl: 'https://example.org/events/x/' },
    });
    expect(html.trim()).toBe('');
  });
});
