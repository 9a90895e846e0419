import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** A YAML text parsed with the line of every value kept. */
export type ParsedYaml =
  { ok: true; data: unknown; lineOf: (path: readonly PropertyKey[]) => number } | { ok: false; line: number; message: string };

/**
 * Parses YAML with the YAML 1.2 core schema, so `2019-02-30` stays the text the author wrote
 * (a YAML 1.1 parser would silently roll it over to 2 March) and can be reported.
 * `firstLine` is the file line the YAML starts on.
 */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  // N.B. Fast path: js-yaml's core schema reads valid YAML about ten times faster than the `yaml`
  // library, whose source positions are needed only to report a problem, so they are computed then.
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseWithPositions(text, firstLine);
  }
  let located: ParsedYaml | undefined;
  return {
    ok: true,
    data: data ?? {},
    lineOf: (path) => {
      located ??= parseWithPositions(text, firstLine);
      return located.ok ? located.lineOf(path) : Math.max(1, firstLine - 1);
    },
  };
}

/** Parses with the `yaml` library, keeping every value's position (slower; for messages). */
function parseWithPositions(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    const reason = error.code === 'DUPLICATE_KEY' ? 'a field is written twice' : error.message.split('\n')[0];
    return { ok: false, line: fileLine(error.pos[0]), message: `${reason} (expected valid YAML)` };
  }
  // The line of a field is the line of its key; of a list item, the item's; a missing field is
  // reported at the nearest part of its path that exists (its parent, or the frontmatter's start).
  const lineOf = (path: readonly PropertyKey[]) => {
    let line = Math.max(1, firstLine - 1);
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as { range?: [number, number, number] };
        if (key.range) line = fileLine(key.range[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) line = fileLine(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { ok: true, data: doc.toJS() ?? {}, lineOf };
}

/** A Markdown file split into frontmatter and body, with the body's first line number. */
export type SplitMarkdown =
  { ok: true; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number } | { ok: false; message: string };

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter from the Markdown body. */
export function splitFrontmatter(text: string): SplitMarkdown {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      message: 'has no frontmatter (expected the file to start with a "---" line, the fields, and a closing "---" line)',
    };
  }
  const yaml = match[1] ?? '';
  const bodyFirstLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ok: true, yaml, yamlFirstLine: 2, body: text.slice(match[0].length), bodyFirstLine };
}
