/**
 * Reads the YAML of content files: YAML 1.2 core schema, no anchors, aliases or tags, and date
 * fields kept exactly as written.
 *
 * N.B. Two libraries, on purpose and measured (docs/performance.md): js-yaml reads a typical
 * frontmatter in about 40 µs, the `yaml` library in about 400 µs; at 10,000 entries that is 0.4 s
 * against 4 s of a build. So js-yaml reads, and `yaml` is asked only for what js-yaml cannot tell:
 * the line and column of a problem, and whether a text that contains `&`, `*` or `!` uses anchors,
 * aliases or tags (no other text can).
 */
import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';

/** Where something is in a file: 1-based line and column. */
export type Position = { line: number; column: number };

/** A problem reading YAML: where, what, and how to fix it. */
export type YamlProblem = Position & { message: string; help?: string };

/** YAML that was read: its data, and where each value was written. */
export type YamlRead =
  | {
      ok: true;
      data: Record<string, unknown>;
      /** Where a field was written (its name), or the nearest part of its path that exists. */
      locate: (path: readonly PropertyKey[]) => Position;
      /** Where a field's value starts, or where the field is if it has none. */
      locateValue: (path: readonly PropertyKey[]) => Position;
    }
  | { ok: false; problem: YamlProblem };

/** A number as js-yaml read it, with the text it was written as (kept for date fields). */
class WrittenNumber {
  readonly value: number;
  readonly source: string;
  constructor(value: number, source: string) {
    this.value = value;
    this.source = source;
  }
}

// N.B. js-yaml exports its built-in types, but its type declarations do not say so.
type BuiltInType = Type & { tag: string };
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', BuiltInType> };

const keepSource = (type: BuiltInType) =>
  new Type(type.tag, {
    kind: 'scalar',
    resolve: type.resolve,
    construct: (text: string) => new WrittenNumber(type.construct(text) as number, text),
  });

/** YAML 1.2's core schema (null, booleans, numbers, strings, lists, maps), numbers keeping their text. */
const CORE_KEEPING_NUMBERS = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, keepSource(types.int), keepSource(types.float)],
});

/** Options for reading one YAML text. */
export type ReadYamlOptions = {
  /** File line the YAML starts on (2 for frontmatter after its `---`). */
  firstLine?: number;
  /** Keys whose values are dates: they keep the text as written, so `0x7E3` or `2019.0` is not read as 2019. */
  dateKeys?: ReadonlySet<string>;
};

/** Reads a YAML mapping; never throws. */
export function readYaml(text: string, options: ReadYamlOptions = {}): YamlRead {
  const firstLine = options.firstLine ?? 1;
  let located: ReturnType<typeof locatedDocument> | undefined;
  const positions = () => (located ??= locatedDocument(text, firstLine));

  // Anchors, aliases and tags need one of these characters; only then is the slower parser asked.
  if (/[&*!]/.test(text)) {
    const refused = refusedNode(positions());
    if (refused) return { ok: false, problem: refused };
  }
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_KEEPING_NUMBERS });
  } catch (error) {
    return { ok: false, problem: syntaxProblem(positions(), text, firstLine, error) };
  }
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    return {
      ok: false,
      problem: { line: firstLine, column: 1, message: 'is not a list of fields (expected lines of the form "field: value")' },
    };
  }
  const data = unwrap(raw ?? {}, options.dateKeys ?? new Set(), undefined) as Record<string, unknown>;
  return { ok: true, data, locate: (path) => positions().locate(path), locateValue: (path) => positions().locate(path, true) };
}

/** Numbers back to numbers, except under a date key, where the written text is kept. */
function unwrap(value: unknown, dateKeys: ReadonlySet<string>, key: string | undefined): unknown {
  if (value instanceof WrittenNumber) return key !== undefined && dateKeys.has(key) ? value.source : value.value;
  if (Array.isArray(value)) return value.map((item) => unwrap(item, dateKeys, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, unwrap(item, dateKeys, name)]));
  }
  return value;
}

function locatedDocument(text: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // A field's position is its key's; a list item's, the item's; a missing field is placed at the
  // nearest part of its path that exists (its parent, or the start of the YAML).
  const locate = (path: readonly PropertyKey[], value = false): Position => {
    let position: Position = { line: Math.max(1, firstLine - 1), column: 1 };
    let node: unknown = doc.contents;
    let found = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const range = (pair.key as { range?: [number, number, number] }).range;
        if (range) position = at(range[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) position = at(item.range[0]);
        node = item;
      } else break;
      found += 1;
    }
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (value && found === path.length && range && isScalar(node)) return at(range[0]);
    return position;
  };
  return { doc, at, locate };
}

function refusedNode({ doc, at }: ReturnType<typeof locatedDocument>): YamlProblem | undefined {
  let problem: YamlProblem | undefined;
  visit(doc as Document, {
    Alias(_, node) {
      problem = {
        ...at(node.range?.[0] ?? 0),
        message: `uses the alias *${node.source} (expected every value written out; aliases are not read)`,
        help: `write the value itself instead of *${node.source}`,
      };
      return visit.BREAK;
    },
    Node(_, node) {
      if (node.anchor) {
        problem = {
          ...at(node.range?.[0] ?? 0),
          message: `uses the anchor &${node.anchor} (expected plain values; anchors and aliases are not read)`,
          help: `remove &${node.anchor}`,
        };
        return visit.BREAK;
      }
      if (node.tag) {
        problem = {
          ...at(node.range?.[0] ?? 0),
          message: `uses the tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} (expected plain values; YAML tags are not read)`,
          help: 'remove the tag; put a text in "quotes" if it must stay text',
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problem;
}

/** Turns a parse failure into a problem with a position and, for the usual slips, a fix. */
function syntaxProblem({ doc, at }: ReturnType<typeof locatedDocument>, text: string, firstLine: number, thrown: unknown): YamlProblem {
  const [error] = doc.errors;
  const lines = text.split('\n');
  if (!error) {
    // js-yaml refused what the `yaml` library accepts (rare): use js-yaml's own position.
    const mark = (thrown as { mark?: { line: number; column: number } }).mark;
    const reason = (thrown as { reason?: string }).reason ?? String(thrown);
    return {
      line: (mark?.line ?? 0) + firstLine,
      column: (mark?.column ?? 0) + 1,
      message: `is not valid YAML: ${reason} (expected "field: value" lines)`,
    };
  }
  const position = at(error.pos[0]);
  const lineText = lines[position.line - firstLine] ?? '';
  const field = /^\s*(?:-\s+)?([A-Za-z][\w-]*):\s+(.*)$/.exec(lineText);
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:]+):/.exec(lineText)?.[1]?.trim() ?? 'a field';
      return { ...position, message: `"${key}" is written twice (expected each field once)`, help: `keep one "${key}:" line` };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (field && /:(\s|$)/.test(field[2]!)) {
        const value = field[2]!.replace(/"/g, '\\"');
        return {
          ...position,
          column: lineText.indexOf(field[2]!) + 1,
          message: `the value of "${field[1]}" contains ": ", which YAML reads as another field (expected one value per line)`,
          help: `put the value in quotes: ${field[1]}: "${value}"`,
        };
      }
      break;
    case 'TAB_AS_INDENT':
      return { ...position, message: 'is indented with a tab (expected spaces)', help: 'replace the tab with two spaces' };
    case 'MISSING_CHAR':
      return { ...position, message: `${error.message.split('\n')[0]} (expected quotes to open and close on the same value)` };
  }
  return { ...position, message: `is not valid YAML: ${error.message.split('\n')[0]} (expected "field: value" lines)` };
}
