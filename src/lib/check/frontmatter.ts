/**
 * Splits an entry into its frontmatter and body, exactly as Astro will compile it.
 *
 * gray-matter splits; then the split is held against Astro's own (`extractFrontmatter`, the
 * function Astro's Markdown and MDX loaders call). Where the two could disagree (TOML `+++`
 * blocks, a closing line that is not exactly `---`, a line starting with `+++` inside the
 * YAML, a language after the opening `---`), the file is refused instead of guessed at: what is
 * checked is always what is compiled.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import matter from 'gray-matter';
import type { YamlProblem } from './yaml.ts';

/** An entry split into frontmatter and body. */
export type SplitEntry =
  | {
      ok: true;
      /** The YAML between the `---` lines. */
      yaml: string;
      /** File line the YAML starts on. */
      yamlFirstLine: number;
      /** The body, trimmed, as Astro's loaders hand it to the Markdown renderer. */
      body: string;
      /** File line the trimmed body starts on. */
      bodyFirstLine: number;
      /**
       * The whole file as Astro's MDX compiler sees it: the frontmatter blanked out with spaces,
       * so every body position is the file's own line and column.
       */
      compiled: string;
    }
  | { ok: false; problem: YamlProblem };

/** gray-matter with every engine but ours refused (its default `---js` engine would `eval`). */
const refuse = (language: string) => () => {
  throw new Error(`frontmatter in ${language} is not read`);
};
const MATTER_OPTIONS = {
  language: 'yaml',
  // The YAML is read separately (./yaml.ts), with positions; gray-matter only splits.
  engines: { yaml: () => ({}), javascript: refuse('JavaScript'), js: refuse('JavaScript'), json: refuse('JSON'), toml: refuse('TOML') },
} as const;

const OPENING = /^---[ \t]*\r?$/;

/** Splits an entry file; never throws. */
export function splitEntry(text: string): SplitEntry {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.split('\n', 1)[0] ?? '';
  const fail = (line: number, message: string, help?: string): SplitEntry => ({ ok: false, problem: { line, column: 1, message, help } });

  if (/^\s*\+\+\+/.test(source)) {
    return fail(1, 'starts with a +++ (TOML) block (expected YAML frontmatter between two "---" lines)', 'replace the +++ lines with ---');
  }
  if (!OPENING.test(firstLine)) {
    if (/^---\S/.test(firstLine)) {
      return fail(1, `opens with "${firstLine.trim()}" (expected a line with only "---")`, 'remove what follows --- on the first line');
    }
    return fail(
      1,
      'has no frontmatter (expected the first line to be "---", then the fields, then a closing "---" line)',
      'start the file with a line "---", the fields (title, summary, date…), and a line "---"',
    );
  }

  let split: { matter: string; content: string };
  try {
    split = matter(source, MATTER_OPTIONS) as unknown as { matter: string; content: string };
  } catch (error) {
    return fail(1, `cannot be split into frontmatter and body: ${(error as Error).message} (expected YAML between "---" lines)`);
  }
  const lines = source.split('\n');
  const closingIndex = lines.findIndex((line, index) => index > 0 && /^---/.test(line));
  if (closingIndex === -1) {
    return fail(
      lines.length,
      'has no closing "---" line after the frontmatter (expected the fields to end with a line "---")',
      'add a line with only "---" after the last field, before the text',
    );
  }
  if (!/^---[ \t]*\r?$/.test(lines[closingIndex]!)) {
    return fail(
      closingIndex + 1,
      `closes the frontmatter with "${lines[closingIndex]!.trim()}" (expected a line with only "---")`,
      'make the closing line exactly "---"',
    );
  }
  const plusLine = lines.findIndex((line, index) => index > 0 && index < closingIndex && line.startsWith('+++'));
  if (plusLine !== -1) {
    return fail(
      plusLine + 1,
      'has a line starting with "+++" inside the frontmatter (expected fields only; Astro would end the frontmatter there)',
    );
  }

  // gray-matter's YAML must be the very text Astro extracts, or the two would compile different bodies.
  // (gray-matter's text stops before the newline that precedes the closing "---"; Astro's keeps it.)
  const astroRaw = extractFrontmatter(source);
  if (astroRaw === undefined || astroRaw !== `${split.matter}\n`) {
    return fail(1, 'has a frontmatter block that Astro would read differently (expected "---", the fields, "---" at the top of the file)');
  }
  const block = `---${astroRaw}---`;
  const compiled = source.replace(block, `   ${astroRaw.replace(/[^\r\n]/g, ' ')}   `);
  const rest = source.slice(source.indexOf(block) + block.length);
  const leading = /^\s*/.exec(rest)![0];
  return {
    ok: true,
    yaml: split.matter.replace(/^\r?\n/, ''),
    yamlFirstLine: 2,
    body: rest.trim(),
    bodyFirstLine: closingIndex + 1 + leading.split('\n').length - 1,
    compiled,
  };
}
