import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { closest } from './suggest.ts';
import type { Position } from './yaml.ts';

type Issue = z.core.$ZodIssue;

/** Describes a zod issue in the project's words: what is wrong, then what is expected. */
function describe(issue: Issue): string {
  if (issue.code === 'invalid_type') {
    // N.B. zod 4 leaves the input out of reported issues; custom messages were written with it.
    const generic = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
    if (generic) return generic[2] === 'undefined' ? `is missing (expected ${generic[1]})` : `must be ${generic[1]} (got ${generic[2]})`;
  }
  return issue.message;
}

/** The field names a strict object accepts at a path, for did-you-mean on unknown fields. */
export type KnownFields = (path: readonly PropertyKey[]) => readonly string[];

/**
 * Turns a schema failure into problems with the field path, line and column. An unknown field
 * that is a misspelling of a missing one ("catgory" for "category") is reported once, with the
 * right name, instead of twice.
 */
export function schemaProblems(
  error: z.ZodError,
  file: string,
  locate: (path: readonly PropertyKey[]) => Position,
  knownFields?: KnownFields,
  locateValue: (path: readonly PropertyKey[]) => Position = locate,
): Problem[] {
  const problems: Problem[] = [];
  const suggested = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const path = [...issue.path, key];
      const known = knownFields?.(issue.path) ?? [];
      const guess = closest(
        key,
        known.map((id) => ({ id })),
      );
      if (guess) suggested.add([...issue.path, guess].join('.'));
      problems.push({
        file,
        ...locate(path),
        field: path.join('.'),
        message: guess
          ? `is not a known field (expected "${guess}"; check the spelling)`
          : `is not a known field (expected only the fields listed in CONTRIBUTING.md; check the spelling)`,
        help: guess ? `rename it to ${guess}:` : undefined,
        severity: 'error',
      });
    }
  }
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    // "category is missing" says nothing new when "catgory" was just reported as its misspelling.
    if (suggested.has(field) && issue.input === undefined) continue;
    // A schema rule may say how to fix what it refuses (`params.help`).
    const help = issue.code === 'custom' && typeof issue.params?.help === 'string' ? issue.params.help : undefined;
    problems.push({ file, ...locateValue(issue.path), field, message: describe(issue), ...(help ? { help } : {}), severity: 'error' });
  }
  return problems;
}

/** The keys of a zod object schema at a path (through arrays and optionals), for suggestions. */
export function fieldsOf(schema: z.ZodType): KnownFields {
  return (path) => {
    let node: unknown = schema;
    const unwrap = (value: unknown): unknown => {
      let current = value as { def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown; element?: unknown } };
      for (let depth = 0; depth < 10 && current?.def; depth++) {
        const { def } = current;
        if (def.type === 'object') return current;
        current = (def.innerType ?? def.in ?? def.schema ?? def.element) as typeof current;
      }
      return current;
    };
    node = unwrap(node);
    for (const segment of path) {
      if (typeof segment === 'number' || /^\d+$/.test(String(segment))) continue;
      const shape = (node as { shape?: Record<string, unknown> })?.shape;
      node = unwrap(shape?.[String(segment)]);
    }
    return Object.keys((node as { shape?: Record<string, unknown> })?.shape ?? {});
  };
}
