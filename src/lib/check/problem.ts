/** One thing wrong (or worth a reviewer's look) in one content file. */
export type Problem = {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, where it can be known. */
  line?: number;
  /** The field at fault, dotted (`sources.0.url`), or a pseudo-field such as `body` or `file`. */
  field: string;
  /** What is wrong, then what is expected in parentheses. */
  message: string;
  severity: 'error' | 'warning';
};

/** Formats a problem as one line: `path:line  field: what is wrong (what is expected)`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** Orders problems by file, then line, then field, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.toSorted((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}
