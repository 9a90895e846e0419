import { fileURLToPath } from 'node:url';
import { checkContent, type ContentFile } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';

/** The small valid fixture project the content tests start from. */
export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/minimal/', import.meta.url));

/** A fixed "now", so the future-date warning is repeatable. */
export const NOW = new Date('2026-01-01T00:00:00Z');

export const CHECK_OPTIONS = {
  now: NOW,
  ci: false,
  contentDir: 'src/content',
  componentDir: 'src/components/mdx',
  componentFiles: ['src/components/mdx/PullQuote.astro'],
};

/** The fixture's content files. */
export const fixtureFiles = async () => (await readContentFiles(FIXTURE_ROOT)).files;

/** The files with one path replaced (or added) with new text. */
export function withFile(files: ContentFile[], path: string, text: string): ContentFile[] {
  return [...files.filter((file) => file.path !== path), { path, text }];
}

/** The files with one path's text edited. */
export function editFile(files: ContentFile[], path: string, edit: (text: string) => string): ContentFile[] {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no fixture file ${path}`);
  return withFile(files, path, edit(file.text));
}

/** Checks files and returns the formatted error lines and warning lines. */
export async function check(files: ContentFile[], options: Partial<typeof CHECK_OPTIONS> = {}) {
  const result = await checkContent(files, { ...CHECK_OPTIONS, ...options });
  const lines = (severity: 'error' | 'warning') => result.problems.filter((problem) => problem.severity === severity).map(formatProblem);
  return { result, errors: lines('error'), warnings: lines('warning') };
}

/** A minimal valid event file, to change one field at a time. */
export function eventText(frontmatter: string, body = 'What happened, in a sentence.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}`;
}

export const VALID_FRONTMATTER = `title: A new ruling
summary: The court ruled on a new case.
date: 2019-02-10
category: court
actors: [high-court]
sources:
  - title: New story
    publisher: Example Times
    url: https://example.com/new
  - title: New story two
    publisher: Example Post
    url: https://example.org/new`;
