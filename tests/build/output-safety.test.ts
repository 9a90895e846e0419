import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, cleanUp, listFiles, page, type BuildResult } from '../helpers/build.ts';
import { FIXTURE_ROOT, VALID_FRONTMATTER, eventText } from '../helpers/content.ts';

/** Text that becomes markup wherever a string is not treated as plain text. */
const MARKUP = '<img src=x onerror=alert(1)> & <b>bold</b>';

let build: BuildResult;
beforeAll(async () => {
  build = await buildWithContent(join(FIXTURE_ROOT, 'src/content'), {
    prepare: async (root) => {
      await writeFile(
        join(root, 'src/content/events/2019-02-10-new-ruling.md'),
        eventText(
          VALID_FRONTMATTER.replace('title: A new ruling', `title: "Ruling ${MARKUP}"`).replace(
            'summary: The court ruled on a new case.',
            `summary: "${MARKUP}"`,
          ),
        ),
      );
    },
  });
  if (build.code !== 0) throw new Error(build.output);
});
afterAll(() => cleanUp(build));

describe('every page carries a Content-Security-Policy', () => {
  it('that admits only the site’s own scripts, styles and search engine, and frames nothing', async () => {
    const pages = (await listFiles(build.dist)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = await readFile(join(build.dist, file), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      const directives = Object.fromEntries(
        policy!
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((part) => part[0])
          .map(([name, ...values]) => [name, values] as [string, string[]]),
      );
      expect(
        directives['script-src']?.filter((value) => !value.startsWith("'sha256-")),
        file,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(
        directives['style-src']?.filter((value) => !value.startsWith("'sha256-")),
        file,
      ).toEqual(["'self'"]);
      expect(directives['object-src'], file).toEqual(["'none'"]);
      expect(directives['base-uri'], file).toEqual(["'self'"]);
      // No inline script runs: every executable script is a file of the site's own.
      for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/ld\+json"|type="text\/pagefind-template"/.test(attributes!)) continue;
        expect(attributes, file).toMatch(/src="\/_astro\/[\w.-]+\.js"/);
        expect(body!.trim(), file).toBe('');
      }
    }
  });
});

describe('exported strings are plain text', () => {
  it('the feed escapes an entry’s text, so a feed reader shows it and never renders it', async () => {
    const feed = new XMLParser().parse(await readFile(join(build.dist, 'feed.xml'), 'utf8')) as {
      rss: { channel: { item: { title: string; description: string }[] } };
    };
    const item = feed.rss.channel.item.find((candidate) => candidate.title.startsWith('Ruling'))!;
    // After the XML is read, the description is HTML that shows the characters, not markup.
    expect(item.description).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(item.description).not.toMatch(/<img|<b>/);
  });

  it('the open data keeps the text as it was written (JSON strings are text)', async () => {
    const data = JSON.parse(await readFile(join(build.dist, 'events.json'), 'utf8')) as { events: { id: string; summary: string }[] };
    expect(data.events.find((event) => event.id === '2019-02-10-new-ruling')!.summary).toBe(MARKUP);
  });

  it('the event page shows the text as text, in its heading, summary and metadata, and holds no such element', async () => {
    const $ = await page(build.dist, '/events/2019-02-10-new-ruling/');
    expect($('h1').text()).toBe(`Ruling ${MARKUP}`);
    expect($('.event-header__summary').text()).toBe(MARKUP);
    expect($('meta[name="description"]').attr('content')).toBe(MARKUP);
    expect($('img[onerror], b').length).toBe(0);
    expect(build.output).toMatch(/Output guard: \d+ pages read as a browser reads them/);
  });
});
