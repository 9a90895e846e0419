/**
 * `npm run check`: checks every content file without building the site, with the same functions
 * the build runs (src/lib/check/). Prints every problem with its line, column, the line of text
 * and a fix, then a summary; exits 1 on any error. `--json` prints the result for tools; in GitHub
 * Actions (or with `--annotations`) it also prints annotations for the pull request's diff.
 * With CI=true, the placeholders `npm run new` writes are errors instead of warnings.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs, styleText } from 'node:util';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatAnnotations, formatReport, type Paint } from '../src/lib/check/report.ts';
import { CONTENT_DIR, MDX_COMPONENT_DIR, assetStatusIn, listComponentFiles, readContentFiles } from '../src/lib/content/files.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    annotations: { type: 'boolean', default: process.env.GITHUB_ACTIONS === 'true' },
    root: { type: 'string', default: process.cwd() },
  },
});

const root = values.root;
// The components MDX entries may use are the project's code, wherever the content being checked lives.
const project = fileURLToPath(new URL('..', import.meta.url));
const { files, problems } = await readContentFiles(root);
const result = await checkContent(
  files,
  {
    now: new Date(),
    ci: process.env.CI === 'true',
    contentDir: CONTENT_DIR,
    componentDir: MDX_COMPONENT_DIR,
    componentFiles: await listComponentFiles(project),
    assetStatus: assetStatusIn(root),
  },
  problems,
);

// Colour only on a terminal (styleText checks the stream, NO_COLOR and FORCE_COLOR).
const paint: Paint = {
  error: (text) => styleText(['red', 'bold'], text, { stream: process.stdout }),
  warning: (text) => styleText(['yellow', 'bold'], text, { stream: process.stdout }),
  dim: (text) => styleText('dim', text, { stream: process.stdout }),
  bold: (text) => styleText('bold', text, { stream: process.stdout }),
};

if (values.json) {
  console.log(JSON.stringify({ ok: result.errorCount === 0, ...result }, null, 2));
} else {
  console.log(formatReport(result, paint));
  if (values.annotations && result.problems.length > 0) console.log(formatAnnotations(result));
}
process.exitCode = result.errorCount > 0 ? 1 : 0;
