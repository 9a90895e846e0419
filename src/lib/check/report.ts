import type { CheckResult } from './check-content.ts';
import { formatProblem, type Problem } from './problem.ts';

/** The human report: problems grouped by file, one line each, then a summary line. */
export function formatReport(result: CheckResult): string {
  const lines: string[] = [];
  const byFile = Map.groupBy(result.problems, (problem: Problem) => problem.file);
  for (const [file, problems] of byFile) {
    lines.push(file);
    for (const problem of problems) lines.push(`  ${problem.severity === 'error' ? 'error' : 'warning'}  ${formatProblem(problem)}`);
    lines.push('');
  }
  lines.push(summaryLine(result));
  return lines.join('\n');
}

/** One line: how many entries were checked, published, left out, and what was found. */
export function summaryLine(result: CheckResult): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const found =
    result.errorCount === 0 && result.warningCount === 0
      ? 'no problems'
      : `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`;
  return `Checked ${plural(result.counts.events, 'event')}, ${plural(result.counts.actors, 'actor')}, ${plural(result.counts.categories, 'category').replace('categorys', 'categories')}, ${plural(result.counts.phases, 'phase')}: ${found}. ${result.published.length} to publish, ${plural(result.drafts.length, 'draft')} left out.`;
}

/** GitHub Actions workflow commands, so problems show on the pull request's diff. */
export function formatAnnotations(result: CheckResult): string {
  const escape = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const escapeProperty = (text: string) => escape(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  return result.problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`];
      if (problem.line !== undefined) properties.push(`line=${problem.line}`);
      properties.push(`title=${escapeProperty(problem.field)}`);
      return `::${problem.severity} ${properties.join(',')}::${escape(`${problem.field}: ${problem.message}`)}`;
    })
    .join('\n');
}
