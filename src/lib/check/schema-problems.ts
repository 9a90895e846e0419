import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Describes a zod issue in the project's words: what is wrong, then what is expected. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (expected only the fields listed in CONTRIBUTING.md; check the spelling)`;
    case 'invalid_type':
      if (issue.input === undefined) return issue.message.startsWith('is missing') ? issue.message : `is missing (expected ${issue.expected})`;
      return issue.message.includes('expected') ? issue.message : `must be ${issue.expected} (got ${JSON.stringify(issue.input)})`;
    default:
      return issue.message;
  }
}

/** Turns a schema failure into problems with the field path and, where known, the line. */
export function schemaProblems(
  error: z.ZodError,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
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
