/**
 * Checks a whole project's content from the files' text: every file on its own, then across
 * files. `npm run check` and the tests call it; the build and dev server run the same per-file and
 * cross-file functions inside the content loader (`src/lib/content/loader.ts`).
 */
import { posix } from 'node:path';
import { CONTENT_DIRS, CONTENT_EXTENSIONS, STORY_FILE, type CollectionName } from '../content/files.ts';
import { checkRenderedBody, problemCollector, renderMarkdownBody } from './body-safety.ts';
import { checkEntryFile, collectionOfPath, type CheckedEntry, type ContentFile, type EntryContext } from './entry.ts';
import { sortProblems, withExcerpts, type Problem } from './problem.ts';
import { crossCheck } from './references.ts';

export type { ContentFile } from './entry.ts';

/** What the checker needs besides the files. */
export type CheckOptions = EntryContext;

/** The outcome of checking every content file. */
export type CheckResult = {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Ids of the events that will be published. */
  published: string[];
  /** Ids of the events left out as drafts. */
  drafts: string[];
  /** How many files were read, by collection. */
  counts: Record<CollectionName, number>;
};

/** Checks every content file and the references between them. Pure: give it the files' text. */
export async function checkContent(files: readonly ContentFile[], options: CheckOptions, extraProblems: readonly Problem[] = []): Promise<CheckResult> {
  const problems: Problem[] = [...extraProblems];
  const entries: CheckedEntry[] = [];
  const counts: Record<CollectionName, number> = { events: 0, actors: 0, categories: 0, phases: 0 };

  const story = files.find((file) => file.path === STORY_FILE);
  if (!story) {
    problems.push({
      file: STORY_FILE,
      field: 'file',
      message: 'is missing (expected the story settings: title, dek, introduction, site, publisher)',
      severity: 'error',
    });
  } else problems.push(...(await checkEntryFile('story', story, options)).problems);

  await Promise.all(
    files.map(async (file) => {
      const collection = collectionOfPath(file.path, CONTENT_DIRS);
      if (!collection) return;
      const extension = posix.extname(file.path);
      if (!CONTENT_EXTENSIONS[collection].includes(extension)) {
        problems.push({
          file: file.path,
          field: 'file',
          message: `has the extension "${extension}" (expected ${CONTENT_EXTENSIONS[collection].join(' or ')}; other files are not read)`,
          severity: 'error',
        });
        return;
      }
      counts[collection] += 1;
      const entry = await checkEntryFile(collection, file, options);
      if (entry.hasHtml && entry.body !== undefined) {
        checkRenderedBody(await renderMarkdownBody(entry.body), entry.body, entry.bodyFirstLine ?? 1, problemCollector(file.path, entry.problems));
        if (entry.problems.some((problem) => problem.severity === 'error')) entry.data = undefined;
      }
      entries.push(entry);
      problems.push(...entry.problems);
    }),
  );
  problems.push(...crossCheck(entries));
  return summarise(problems, entries, counts, (file) => files.find((candidate) => candidate.path === file)?.text);
}

/** Sorts problems, adds their lines of text, and counts what will be published. */
export function summarise(
  problems: readonly Problem[],
  entries: readonly CheckedEntry[],
  counts: Record<CollectionName, number>,
  textOf: (file: string) => string | undefined,
): CheckResult {
  const sorted = withExcerpts(sortProblems(problems), textOf);
  const events = entries.filter((entry) => entry.collection === 'events');
  return {
    problems: sorted,
    errorCount: sorted.filter((problem) => problem.severity === 'error').length,
    warningCount: sorted.filter((problem) => problem.severity === 'warning').length,
    published: events
      .filter((entry) => !entry.references?.draft)
      .map((entry) => entry.id)
      .sort(),
    drafts: events
      .filter((entry) => entry.references?.draft)
      .map((entry) => entry.id)
      .sort(),
    counts,
  };
}
