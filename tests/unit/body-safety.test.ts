import { describe, expect, it } from 'vitest';
import { VALID_FRONTMATTER, check, eventText, fixtureFiles, withFile } from '../helpers/content.ts';

const MD = 'src/content/events/2019-02-10-new-ruling.md';
const MDX = 'src/content/events/2019-02-10-new-ruling.mdx';
// The body starts on line 16: 14 lines of frontmatter, the closing ---, a blank line.
const bodyErrors = async (body: string, path = MD) =>
  (await check(withFile(await fixtureFiles(), path, eventText(VALID_FRONTMATTER, body)))).errors;

describe('untrusted entry bodies', () => {
  it('reject a raw <script>', async () => {
    expect(await bodyErrors('Fine.\n\n<script>alert(1)</script>\n')).toEqual([
      `${MD}:18  body: contains a <script> element (expected Markdown text; scripts, frames, embeds, styles and forms are not allowed in entries)`,
    ]);
  });

  it('reject an <iframe>', async () => {
    expect(await bodyErrors('<iframe src="https://example.com"></iframe>\n')).toEqual([
      `${MD}:16  body: contains a <iframe> element (expected Markdown text; scripts, frames, embeds, styles and forms are not allowed in entries)`,
    ]);
  });

  it('reject event-handler attributes', async () => {
    expect(await bodyErrors('A <img src="x.png" onerror="alert(1)"> picture.\n')).toEqual([
      `${MD}:16  body: has an event-handler attribute onerror= on <img> (expected no scripts in entries)`,
    ]);
  });

  it('reject javascript: links, however disguised', async () => {
    expect(await bodyErrors('[click](javascript:alert(1))\n')).toEqual([
      `${MD}:16  body: links to "javascript:alert(1)" (expected an http:// or https:// address)`,
    ]);
    expect(await bodyErrors('<a href="jav&#x61;script:alert(1)">x</a>\n')).toEqual([
      `${MD}:16  body: has a href="javascript:alert(1)" address on <a> (expected an http:// or https:// address)`,
    ]);
    expect(await bodyErrors('Text.\n\n[ref]: JAVASCRIPT:alert(1)\n\n[x][ref]\n')).toEqual([
      `${MD}:18  body: links to "JAVASCRIPT:alert(1)" (expected an http:// or https:// address)`,
    ]);
  });

  it('reject MDX imports outside the project components', async () => {
    expect(await bodyErrors("import fs from 'node:fs';\n\nText.\n", MDX)).toEqual([
      `${MDX}:16  body: imports "node:fs" (expected only the project's own components: import Name from "../../components/mdx/Name.astro")`,
    ]);
    expect(await bodyErrors("import X from '../../components/SiteHeader.astro';\n\nText.\n", MDX)).toEqual([
      `${MDX}:16  body: imports "../../components/SiteHeader.astro" (expected only the project's own components: import Name from "../../components/mdx/Name.astro")`,
    ]);
  });

  it('reject MDX exports and expressions', async () => {
    expect(await bodyErrors('export const x = 1;\n\nText.\n', MDX)).toEqual([
      `${MDX}:16  body: has an export (expected no exports in entries)`,
    ]);
    expect(await bodyErrors('Total: {process.exit(1)}\n', MDX)).toEqual([
      `${MDX}:16  body: contains a {…} expression (expected plain text; MDX expressions run code at build time and are not allowed)`,
    ]);
  });

  it('reject handlers and scripts written as JSX in MDX', async () => {
    expect(await bodyErrors('<div onClick="alert(1)">x</div>\n', MDX)).toEqual([
      `${MDX}:16  body: has an event-handler attribute onclick= on <div> (expected no scripts in entries)`,
    ]);
    expect(await bodyErrors('<script>alert(1)</script>\n', MDX)).toEqual([
      `${MDX}:16  body: contains a <script> element (expected Markdown text; scripts, frames, embeds, styles and forms are not allowed in entries)`,
    ]);
  });

  it('accept the allow-listed component and plain Markdown', async () => {
    const body =
      'import PullQuote from \'../../components/mdx/PullQuote.astro\';\n\n<PullQuote by="A" source="B" href="https://example.com">Words.</PullQuote>\n\n**Bold** and [a link](https://example.com).\n';
    expect(await bodyErrors(body, MDX)).toEqual([]);
    expect(await bodyErrors('Plain *Markdown* with <abbr title="Supreme Tribunal of Justice">TSJ</abbr>.\n')).toEqual([]);
  });
});
