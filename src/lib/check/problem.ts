/** One thing wrong (or worth a reviewer's look) in one content file. */
export type Problem = {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, where it can be known. */
  line?: number;
  /** 1-based column of that line, where it can be known. */
  column?: number;
  /** The field at fault, dotted (`sources.0.url`), or a pseudo-field such as `body` or `file`. */
  field: string;
  /** What is wrong, then what is expected in parentheses. */
  message: string;
  /** How to fix it, in a few words ("did you mean juan-guaido?"). Optional. */
  help?: string;
  /** The text of the line, for a code frame. Filled in when the file's text is known. */
  excerpt?: string;
  severity: 'error' | 'warning';
};

/** Formats a problem as one line: `path:line:column  field: what is wrong (what is expected)`. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** Orders problems by file, then line, then column, then field, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems.toSorted(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.field.localeCompare(b.field),
  );
}

/** Adds each problem's line of text, for code frames. */
export function withExcerpts(problems: readonly Problem[], textOf: (file: string) => string | undefined): Problem[] {
  const lines = new Map<string, string[] | undefined>();
  return problems.map((problem) => {
    if (problem.line === undefined || problem.excerpt !== undefined) return problem;
    if (!lines.has(problem.file)) lines.set(problem.file, textOf(problem.file)?.split(/\r?\n/));
    const excerpt = lines.get(problem.file)?.[problem.line - 1];
    return excerpt === undefined ? problem : { ...problem, excerpt };
  });
}
