/**
 * `npm run check`: validates every content file without building the site.
 * Prints problems grouped by file (`path:line  field: what is wrong (what is expected)`), a
 * summary, and exits 1 on any error. `--json` prints the result for tools; in GitHub Actions
 * (or with `--annotations`) it also prints workflow annotations for the pull request's diff.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatAnnotations, formatReport } from '../src/lib/check/report.ts';
import { checkOptionsFor, readContentFiles } from '../src/integrations/read-content.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    annotations: { type: 'boolean', default: process.env.GITHUB_ACTIONS === 'true' },
    root: { type: 'string', default: process.cwd() },
  },
});

const root = values.root;
const result = await checkContent(await readContentFiles(root), await checkOptionsFor(root, new Date()));

if (values.json) {
  console.log(JSON.stringify({ ok: result.errorCount === 0, ...result }, null, 2));
} else {
  console.log(formatReport(result));
  if (values.annotations && result.problems.length > 0) console.log(formatAnnotations(result));
}
process.exitCode = result.errorCount > 0 ? 1 : 0;
