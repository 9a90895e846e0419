import { LineCounter, parseDocument } from 'yaml';

/** A YAML text parsed with the line of every value kept. */
export type ParsedYaml =
  | { ok: true; data: unknown; lineOf: (path: readonly PropertyKey[]) => number }
  | { ok: false; line: number; message: string };

/**
 * Parses YAML with the YAML 1.2 core schema, so `2019-02-30` stays the text the author wrote
 * (a YAML 1.1 parser would silently roll it over to 2 March) and can be reported.
 * `firstLine` is the file line the YAML starts on.
 */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    const reason = error.code === 'DUPLICATE_KEY' ? 'a field is written twice' : error.message.split('\n')[0];
    return { ok: false, line: fileLine(error.pos[0]), message: `${reason} (expected valid YAML)` };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk up to the nearest part of the path that exists: a missing field is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        if (depth === path.length || depth > 0) return fileLine(node.range[0]);
        break;
      }
    }
    return Math.max(1, firstLine - 1);
  };
  return { ok: true, data: doc.toJS() ?? {}, lineOf };
}

/** A Markdown file split into frontmatter and body, with the body's first line number. */
export type SplitMarkdown =
  | { ok: true; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number }
  | { ok: false; message: string };

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter from the Markdown body. */
export function splitFrontmatter(text: string): SplitMarkdown {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { ok: false, message: 'has no frontmatter (expected the file to start with a "---" line, the fields, and a closing "---" line)' };
  }
  const yaml = match[1] ?? '';
  const bodyFirstLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ok: true, yaml, yamlFirstLine: 2, body: text.slice(match[0].length), bodyFirstLine };
}
