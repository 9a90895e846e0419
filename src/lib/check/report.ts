import type { CheckResult } from './check-content.ts';
import { formatProblem, type Problem } from './problem.ts';

/** How to colour the report: a function per role, identity when the output is not a terminal. */
export type Paint = {
  error: (text: string) => string;
  warning: (text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
};
const PLAIN: Paint = { error: (text) => text, warning: (text) => text, dim: (text) => text, bold: (text) => text };

/**
 * One problem the way a compiler reports it: where, what, the line with the spot marked, and how
 * to fix it.
 *
 *     error  date: "2019-02-30" is not a real date: February 2019 has 28 days
 *       --> src/content/events/2019-02-30-new-ruling.md:4:7
 *        |
 *      4 | date: 2019-02-30
 *        |       ^^^^^^^^^^
 *        = help: use a day from 01 to 28
 */
export function formatProblemBlock(problem: Problem, paint: Paint = PLAIN): string {
  const label = problem.severity === 'error' ? paint.error('error') : paint.warning('warning');
  const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  const lines = [`${label}  ${paint.bold(`${problem.field}: ${problem.message}`)}`, `  ${paint.dim('-->')} ${where}`];
  if (problem.line !== undefined && problem.excerpt !== undefined) {
    const number = String(problem.line);
    const gutter = ' '.repeat(number.length);
    const { text, shift } = excerptWindow(problem.excerpt.replace(/\t/g, ' '), problem.column);
    lines.push(`  ${gutter} ${paint.dim('|')}`, `  ${paint.dim(`${number} |`)} ${text}`);
    if (problem.column !== undefined && problem.column - shift <= text.length + 1) {
      const start = problem.column - 1 - shift;
      const token = /^[^\s,\]}]*/.exec(text.slice(start))![0];
      const marker = '^'.repeat(Math.max(1, Math.min(token.length, 60)));
      lines.push(
        `  ${gutter} ${paint.dim('|')} ${' '.repeat(start)}${problem.severity === 'error' ? paint.error(marker) : paint.warning(marker)}`,
      );
    }
  }
  if (problem.help) lines.push(`  ${' '.repeat(String(problem.line ?? '').length)} ${paint.dim('=')} help: ${problem.help}`);
  return lines.join('\n');
}

/** How much of a source line a report shows. */
const EXCERPT_WIDTH = 100;

/**
 * A long line cut to the stretch around the column, with "…" where it is cut; `shift` is how many
 * characters the marked column moved left.
 */
function excerptWindow(line: string, column: number | undefined): { text: string; shift: number } {
  if (line.length <= EXCERPT_WIDTH) return { text: line, shift: 0 };
  const from = Math.max(0, Math.min((column ?? 1) - 1 - 40, line.length - EXCERPT_WIDTH));
  const to = from + EXCERPT_WIDTH;
  const text = `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
  return { text, shift: from > 0 ? from - 1 : 0 };
}

/** The human report: every problem with its code frame, grouped by file, then a summary line. */
export function formatReport(result: CheckResult, paint: Paint = PLAIN): string {
  const blocks = result.problems.map((problem) => formatProblemBlock(problem, paint));
  return [...blocks, summaryLine(result)].join('\n\n');
}

/** Counts with their nouns, in English: "1 event", "2 categories". */
function plural(count: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('en').format(count)} ${new Intl.PluralRules('en').select(count) === 'one' ? one : many}`;
}

/** One line: how many entries were checked, published, left out, and what was found. */
export function summaryLine(result: CheckResult): string {
  const found =
    result.errorCount === 0 && result.warningCount === 0
      ? 'no problems'
      : `${plural(result.errorCount, 'error', 'errors')}, ${plural(result.warningCount, 'warning', 'warnings')}`;
  const { counts } = result;
  return (
    `Checked ${plural(counts.events, 'event', 'events')}, ${plural(counts.actors, 'actor', 'actors')}, ` +
    `${plural(counts.categories, 'category', 'categories')}, ${plural(counts.phases, 'phase', 'phases')}` +
    `${counts.translations ? ` and ${plural(counts.translations, 'translation', 'translations')}` : ''}: ${found}. ` +
    `${new Intl.NumberFormat('en').format(result.published.length)} to publish, ${plural(result.drafts.length, 'draft', 'drafts')} left out.`
  );
}

/** GitHub Actions workflow commands, so problems show on the pull request's diff. */
export function formatAnnotations(result: CheckResult): string {
  const escape = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const escapeProperty = (text: string) => escape(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  return result.problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`];
      if (problem.line !== undefined) properties.push(`line=${problem.line}`);
      if (problem.line !== undefined && problem.column !== undefined) properties.push(`col=${problem.column}`);
      properties.push(`title=${escapeProperty(problem.field)}`);
      const help = problem.help ? `\nhelp: ${problem.help}` : '';
      return `::${problem.severity} ${properties.join(',')}::${escape(`${problem.field}: ${problem.message}${help}`)}`;
    })
    .join('\n');
}

/** The one-line form of every problem, for logs. */
export function formatProblemLines(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.severity}  ${formatProblem(problem)}${problem.help ? `  (help: ${problem.help})` : ''}`);
}

/**
 * Problems for a build log, at most `limit` lines: one line per problem, except that the same
 * problem in many files is one line saying how many ("published: is missing … (26 files, such as …)").
 */
export function groupedProblemLines(problems: readonly Problem[], limit = 5): string[] {
  const groups = Map.groupBy(problems, (problem) => `${problem.severity}|${problem.field}|${problem.message}`);
  const lines = [...groups.values()].map((group) => {
    const [first] = group as [Problem, ...Problem[]];
    if (group.length === 1) return formatProblemLines([first])[0]!;
    const help = first.help ? `  (help: ${first.help})` : '';
    return `${first.severity}  ${first.field}: ${first.message}: ${new Intl.NumberFormat('en').format(group.length)} files, such as ${first.file}${help}`;
  });
  const rest = lines.length - limit;
  return rest > 0 ? [...lines.slice(0, limit), `…and ${rest} more: run "npm run check" to see them all.`] : lines;
}
