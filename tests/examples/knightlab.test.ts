/**
 * Knight Lab's own example timelines (TimelineJS3's website/examples/ and
 * website/static/welcome/, at 27f700ed): every one must import without printing an address as
 * text, keep every caption and credit and every YouTube video, and pass the checker.
 *
 * N.B. The files are Knight Lab's (MPL 2.0) and are not committed (see
 * tests/fixtures/timelinejs/knightlab/README.md); this project runs only when they are given:
 *   TIMELINEJS_EXAMPLES=/path/to/TimelineJS3 npx vitest run --project timelinejs-examples
 */
import { globSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { importTimelineJs } from '../../src/lib/import/timelinejs.ts';
import { renderMarkdownBody } from '../../src/lib/check/body-safety.ts';
import { timelineJsMediaType } from '../../src/lib/timelinejs/media-type.ts';
import { allNotes, checkFolder, entry } from '../helpers/import.ts';

const EXAMPLES = process.env.TIMELINEJS_EXAMPLES!;
// (TimelineJS3 also holds one empty file, republican/timeline2.json, which is no timeline.)
const exampleFiles = globSync('website/**/*.json', { cwd: EXAMPLES })
  .filter((file) => statSync(join(EXAMPLES, file)).size > 0)
  .sort();
/** What a reader sees of a text: Markdown rendered, then its text. */
const visibleText = async (markdown: string) => cheerio.load(await renderMarkdownBody(markdown)).text();
/** An address printed as text: a web address with a host, a protocol-relative one, or a site path to a file. */
const PRINTED_ADDRESS = /https?:\/\/[\w-]+\.[\w.-]+|(^|[\s(])\/\/[\w-]+\.[\w.-]+\/|(^|[\s(])\/[\w-]+\/[\w./-]+\.(jpe?g|png|gif|webp)\b/i;
const normalise = (text: string) => text.replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe(`Knight Lab's example timelines (${exampleFiles.length} in ${EXAMPLES})`, () => {
  it('are all thirteen', () => {
    expect(exampleFiles).toHaveLength(13);
  });

  describe.for(exampleFiles)('%s', async (name) => {
    const input = JSON.parse(await readFile(join(EXAMPLES, name), 'utf8')) as unknown;
    const result = importTimelineJs(input, []);
    const written = result.files
      .filter((file) => /^(events|.import-review)\/[^/]+\.md$/.test(file.path))
      .map((file) => ({ file, ...entry(result, file.path) }));
    const slides = ((input as { events?: unknown[] }).events ??
      (input as { timeline: { date?: unknown[]; slides?: unknown[] } }).timeline.date ??
      (input as { timeline: { slides?: unknown[] } }).timeline.slides ??
      []) as {
      media?: { url?: string; caption?: string; credit?: string };
      asset?: { media?: string; caption?: string; credit?: string };
    }[];
    const mediaOf = (slide: (typeof slides)[number]) => ({
      url: slide.media?.url ?? slide.asset?.media ?? '',
      caption: slide.media?.caption ?? slide.asset?.caption ?? '',
      credit: slide.media?.credit ?? slide.asset?.credit ?? '',
    });

    it('writes every slide, prints no address in any title, summary or body, and passes the checker', async () => {
      expect(result.counts.written + result.counts.parked + result.counts.notWritten).toBe(slides.length);
      expect(result.counts.notWritten).toBe(0);
      for (const { file, data, body } of written) {
        for (const text of [String(data.title), String(data.summary), await visibleText(body)])
          expect(text, file.path).not.toMatch(PRINTED_ADDRESS);
      }
      const { errors } = await checkFolder(result.files);
      expect(errors).toEqual([]);
    });

    it('keeps every caption and credit, in media or in the review list', () => {
      const kept = normalise(
        [
          ...written.flatMap(({ data, body }) => [
            body,
            ...((data.media ?? []) as { caption?: string; credit?: string }[]).flatMap((item) => [item.caption, item.credit]),
          ]),
          ...allNotes(result),
        ].join('\n'),
      );
      for (const slide of slides) {
        const { caption, credit } = mediaOf(slide);
        for (const text of [caption, credit].map((html) =>
          normalise(
            cheerio
              .load(`<body>${html.replaceAll('<br', ' <br')}</body>`)('body')
              .text(),
          ),
        ))
          if (text) expect(kept, name).toContain(text);
      }
    });

    it('keeps every YouTube video as media, never as a source', () => {
      const media = written.flatMap(({ data }) => ((data.media ?? []) as { url: string }[]).map((item) => item.url));
      const sources = written.flatMap(({ data }) => (data.sources as { url: string }[]).map((source) => source.url));
      for (const slide of slides.filter((candidate) => timelineJsMediaType(mediaOf(candidate).url).type === 'youtube')) {
        const { url } = mediaOf(slide);
        const https = url.replace(/^(https?:)?\/\//, 'https://');
        expect(media, name).toContain(https);
        // A slide whose own text links the video cites it there; the media never adds it.
        if (JSON.stringify((slide as { text?: unknown }).text ?? slide).includes(url.replace(/^(https?:)?\/\//, ''))) continue;
        expect(sources, name).not.toContain(url);
        expect(sources, name).not.toContain(https);
      }
    });
  });
});
