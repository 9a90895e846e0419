import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Describes a zod issue in the project's words: what is wrong, then what is expected. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (expected only the fields listed in CONTRIBUTING.md; check the spelling)`;
    case 'invalid_type': {
      // N.B. zod 4 leaves the input out of reported issues; custom messages were written with it.
      const generic = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
      if (!generic) return issue.message;
      return generic[2] === 'undefined' ? `is missing (expected ${generic[1]})` : `must be ${generic[1]} (got ${generic[2]})`;
    }
    default:
      return issue.message;
  }
}

/** Turns a schema failure into problems with the field path and, where known, the line. */
export function schemaProblems(error: z.ZodError, file: string, lineOf: (path: readonly PropertyKey[]) => number): Problem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: lineOf([...issue.path, key]),
        field: [...issue.path, key].join('.'),
        message: `is not a known field (expected only the fields listed in CONTRIBUTING.md; check the spelling)`,
        severity: 'error' as const,
      }));
    }
    return [
      {
        file,
        line: lineOf(issue.path),
        field: issue.path.length ? issue.path.join('.') : '(frontmatter)',
        message: describe(issue),
        severity: 'error' as const,
      },
    ];
  });
}
