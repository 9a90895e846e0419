/**
 * `npm run import:timelinejs -- FILE [--out DIR]`: converts a TimelineJS JSON file (TimelineJS3, or
 * an older TimelineJS2 file) into Cronista content in DIR (default: this project's src/content).
 * Options for what the file cannot say: `--timezone ZONE` (the zone of the slides' times),
 * `--media-base URL` (the page the timeline was published on, for media written as paths), and
 * for a new story.yaml `--site URL`, `--publisher NAME`, `--language TAG`. `--dry-run` prints the
 * outcome and writes nothing. Never overwrites a file. Prints how many slides were read, written
 * and flagged, and what a person should review; fails, writing nothing, if no slide could be
 * written. The rules are in docs/import-timelinejs.md.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REVIEW_FOLDER, importTimelineJs, type ImportFile } from '../src/lib/import/timelinejs.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    timezone: { type: 'string' },
    site: { type: 'string' },
    publisher: { type: 'string' },
    language: { type: 'string' },
    'timeline-url': { type: 'string' },
    'timeline-title': { type: 'string' },
    'timeline-publisher': { type: 'string' },
    'media-base': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});

const [source] = positionals;
if (!source) {
  console.error(
    'Usage: npm run import:timelinejs -- FILE [--out DIR] [--timezone ZONE] [--site URL] [--publisher NAME] [--language TAG] [--timeline-url URL [--timeline-title T] [--timeline-publisher P]] [--media-base URL] [--dry-run]',
  );
  process.exit(2);
}
const out = resolve(values.out ?? fileURLToPath(new URL('../src/content/', import.meta.url)));

/** The content folder's files that matter to the import, by path inside it. */
async function readContentFolder(dir: string): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const folder of ['events', 'categories', 'phases', REVIEW_FOLDER, `${REVIEW_FOLDER}/phases`]) {
    const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch(() => []);
    for (const name of entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort()) {
      files.push({ path: `${folder}/${name}`, text: await readFile(join(dir, folder, name), 'utf8') });
    }
  }
  const story = await readFile(join(dir, 'story.yaml'), 'utf8').catch(() => undefined);
  if (story !== undefined) files.push({ path: 'story.yaml', text: story });
  return files;
}

let input: unknown;
try {
  input = JSON.parse(await readFile(source, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${source} as JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let result: ReturnType<typeof importTimelineJs>;
try {
  result = importTimelineJs(input, await readContentFolder(out), {
    timezone: values.timezone,
    site: values.site,
    publisher: values.publisher,
    language: values.language,
    mediaBase: values['media-base'],
    timeline: values['timeline-url']
      ? { url: values['timeline-url'], title: values['timeline-title'], publisher: values['timeline-publisher'] }
      : undefined,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!values['dry-run']) {
  for (const file of result.files) {
    const path = join(out, file.path);
    await mkdir(dirname(path), { recursive: true });
    // N.B. 'wx' fails rather than overwrite: the import only ever adds files.
    await writeFile(path, file.text, { flag: 'wx' });
  }
}

const { counts } = result;
const shown = relative(process.cwd(), out) || '.';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const FORMATS = {
  timelinejs3: '',
  timelinejs2: ' (TimelineJS2 JSON, read as Knight Lab’s converter reads it)',
  slides: ' (an early TimelineJS3 “slides” file)',
};
console.log(`Read ${plural(counts.slides, 'slide')} and ${plural(counts.eras, 'era')} from ${source}${FORMATS[result.format]}.`);
console.log(
  `${values['dry-run'] ? 'Would write' : 'Wrote'} ${plural(counts.written, 'event')}, ${plural(counts.phases, 'phase')}, ${plural(counts.categories, 'new category', 'new categories')}` +
    `${result.story === 'written' ? ' and story.yaml' : ''} to ${shown}${result.story === 'kept' ? ' (story.yaml kept as it was)' : ''}.`,
);
if (counts.parked > 0)
  console.log(
    `${plural(counts.parked, 'event')} ${values['dry-run'] ? 'would go' : 'went'} to ${join(shown, REVIEW_FOLDER)}/ as drafts (no source yet, or the same event as another entry).`,
  );
if (counts.parkedPhases > 0)
  console.log(
    `${plural(counts.parkedPhases, 'era')} overlapping another phase ${values['dry-run'] ? 'would go' : 'went'} to ${join(shown, REVIEW_FOLDER, 'phases')}/.`,
  );
if (counts.written === 0)
  console.log(
    `No event ${values['dry-run'] ? 'would be' : 'was'} written to ${join(shown, 'events')}/, so none can be published yet: each one is listed below with why (give --timeline-url to cite the timeline itself where a slide has no source).`,
  );
if (counts.notWritten > 0) console.log(`${plural(counts.notWritten, 'slide or era', 'slides or eras')} not written (see below).`);
console.log(`Flagged for review: ${counts.flagged}.`);
for (const item of result.review) {
  console.log(`\n${item.slide}${item.headline ? ` “${item.headline}”` : ''}${item.file ? ` → ${item.file}` : ''}`);
  for (const note of item.notes) console.log(`  - ${note}`);
}
if (!values['dry-run'] && result.files.length > 0) {
  console.log(
    `\nNext: review the entries above, then run "npm run check${out.endsWith(join('src', 'content')) ? ` -- --root ${relative(process.cwd(), dirname(dirname(out))) || '.'}` : ''}".`,
  );
}
