/**
 * Checks a whole project's content from the files' text: every file on its own, then across
 * files. `npm run check` and the tests call it; the build and dev server run the same per-file and
 * cross-file functions inside the content loader (`src/lib/content/loader.ts`).
 */
import { posix } from 'node:path';
import { COLLECTIONS, STORY_FILE, collectionOfPath, isAssetFile, type CollectionName, type LoadedCollection } from '../content/files.ts';
import { checkRenderedBody, problemCollector, renderMarkdownBody } from './body-safety.ts';
import { checkEntryFile, type CheckedEntry, type ContentFile, type EntryContext } from './entry.ts';
import { sortProblems, withExcerpts, type Problem } from './problem.ts';
import { crossCheck } from './references.ts';
import type { StoryData } from '../../schemas/taxonomy.ts';

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
  /** How many files were read, by collection; `translations` counts every translation file. */
  counts: Record<CollectionName | 'translations', number>;
};

/** Checks every content file and the references between them. Pure: give it the files' text. */
export async function checkContent(
  files: readonly ContentFile[],
  options: CheckOptions,
  extraProblems: readonly Problem[] = [],
): Promise<CheckResult> {
  const problems: Problem[] = [...extraProblems];
  const entries: CheckedEntry[] = [];
  const counts: Record<CollectionName | 'translations', number> = { events: 0, actors: 0, categories: 0, phases: 0, translations: 0 };

  const story = files.find((file) => file.path === STORY_FILE);
  if (!story) {
    problems.push({
      file: STORY_FILE,
      field: 'file',
      message: 'is missing (expected the story settings: title, dek, introduction, site, publisher)',
      severity: 'error',
    });
  } else {
    const entry = await checkEntryFile('story', story, options);
    entries.push(entry);
    problems.push(...entry.problems);
    // Events may show https photos only from the hosts the story allows.
    options = { ...options, imageHosts: options.imageHosts ?? (entry.data as StoryData | undefined)?.imageHosts ?? [] };
  }

  await Promise.all(
    files.map(async (file) => {
      if (file.path === STORY_FILE || isAssetFile(file.path)) return;
      const collection = collectionOfPath(file.path);
      const extension = posix.extname(file.path);
      const expected = collection && collection !== 'storyTranslations' ? COLLECTIONS[collection].extensions : ['.yaml'];
      if (!collection || !(expected as readonly string[]).includes(extension)) {
        problems.push({
          file: file.path,
          field: 'file',
          message: `is not a content file (expected ${collection ? expected.join(' or ') : 'entries in events/, actors/, categories/, phases/ or a language folder'}; other files are not read)`,
          severity: 'error',
        });
        return;
      }
      if (collection in counts) counts[collection as CollectionName] += 1;
      else if (collection !== 'texts') counts.translations += 1;
      const entry = await checkEntryFile(collection, file, options);
      if (entry.hasHtml && entry.body !== undefined) {
        checkRenderedBody(
          await renderMarkdownBody(entry.body),
          entry.body,
          entry.bodyFirstLine ?? 1,
          problemCollector(file.path, entry.problems),
        );
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
  counts: Record<CollectionName | 'translations', number>,
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
