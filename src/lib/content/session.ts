/**
 * What the content loaders learnt in this process: every file's check, and the outcome across
 * files. The loaders fill it; the build fails on it, and the dev server shows it.
 *
 * N.B. Astro loads `content.config.ts` (and so the loaders) and the dev server's middleware in
 * separate module graphs of one process, so the session lives on `globalThis` under a
 * registered symbol: the one place both can reach.
 */
import type { CheckResult } from '../check/check-content.ts';
import { summarise } from '../check/check-content.ts';
import type { CheckedEntry } from '../check/entry.ts';
import type { Problem } from '../check/problem.ts';
import { crossCheck } from '../check/references.ts';
import { COLLECTIONS, CONTENT_DIRS, type CollectionName, type LoadedCollection } from './files.ts';

/** The content of one process: files checked so far, and their texts for code frames. */
export type ContentSession = {
  /** Each file's own check, by path. */
  entries: Map<string, CheckedEntry>;
  /** Problems found after a file's own check (its rendered body), by path. */
  later: Map<string, Problem[]>;
  /** Problems of files that are not content (links) or of the story settings, by path. */
  outside: Map<string, Problem[]>;
  /** Each file's text, for code frames. */
  texts: Map<string, string>;
  /** Collections whose loader has finished at least once. */
  loaded: Set<LoadedCollection>;
  /** The last outcome across every file; undefined until every collection has loaded. */
  result?: CheckResult;
  /** The last report the dev server printed, so an unchanged outcome is not printed again. */
  lastReport?: string;
};

const KEY = Symbol.for('cronista.content-session');

/** The content session of this process (created on first use). */
export function contentSession(): ContentSession {
  const holder = globalThis as typeof globalThis & { [KEY]?: ContentSession };
  holder[KEY] ??= { entries: new Map(), later: new Map(), outside: new Map(), texts: new Map(), loaded: new Set() };
  return holder[KEY];
}

/** Forgets a file (deleted, or about to be checked again). */
export function forgetFile(session: ContentSession, path: string): void {
  session.entries.delete(path);
  session.later.delete(path);
  session.outside.delete(path);
  session.texts.delete(path);
}

/** Whether every collection has loaded, so the outcome across files can be known. */
export function allLoaded(session: ContentSession): boolean {
  return (Object.keys(COLLECTIONS) as LoadedCollection[]).every((name) => session.loaded.has(name));
}

/** Runs the checks across files and records the outcome. */
export function concludeSession(session: ContentSession): CheckResult {
  const entries = [...session.entries.values()];
  const counts = {
    ...(Object.fromEntries(
      (Object.keys(CONTENT_DIRS) as CollectionName[]).map((name) => [name, entries.filter((entry) => entry.collection === name).length]),
    ) as Record<CollectionName, number>),
    translations: entries.filter((entry) => /Translations$/.test(entry.collection)).length,
  };
  const problems = [
    ...entries.flatMap((entry) => entry.problems),
    ...[...session.later.values()].flat(),
    ...[...session.outside.values()].flat(),
    ...crossCheck(entries),
  ];
  session.result = summarise(problems, entries, counts, (file) => session.texts.get(file));
  return session.result;
}
