/** Helpers for the TimelineJS import tests: written files as data, and the real checker over them. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ImportFile, ImportResult } from '../../src/lib/import/timelinejs.ts';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { splitEntry } from '../../src/lib/check/frontmatter.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

/** The TimelineJS fixtures folder. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/timelinejs/', import.meta.url));

/** A written file's frontmatter as data (YAML 1.2, as the checker reads it) and its body. */
export function entry(result: ImportResult, path: string) {
  const file = result.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no file ${path}; written: ${result.files.map((f) => f.path).join(', ')}`);
  if (!path.endsWith('.md')) return { data: parse(file.text, { schema: 'core' }) as Record<string, unknown>, body: '' };
  const split = splitEntry(file.text);
  if (!split.ok) throw new Error(split.problem.message);
  return { data: parse(split.yaml, { schema: 'core' }) as Record<string, unknown>, body: split.body };
}

/**
 * Checks the content folder's files as `npm run check` does: written into a project's src/content,
 * read back as the checker reads a project (the review folder is not read), and checked.
 */
export async function checkFolder(files: readonly ImportFile[]) {
  const root = await mkdtemp(join(tmpdir(), 'cronista-import-check-'));
  try {
    for (const file of files) {
      await mkdir(dirname(join(root, 'src/content', file.path)), { recursive: true });
      await writeFile(join(root, 'src/content', file.path), file.text);
    }
    const read = await readContentFiles(root);
    const result = await checkContent(
      read.files,
      {
        now: new Date('2026-01-01T00:00:00Z'),
        ci: false,
        contentDir: 'src/content',
        componentDir: 'src/components/mdx',
        componentFiles: [],
      },
      read.problems,
    );
    return { result, errors: result.problems.filter((problem) => problem.severity === 'error').map(formatProblem) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export const notesOf = (result: ImportResult, slide: string) => result.review.find((item) => item.slide === slide)?.notes ?? [];
export const allNotes = (result: ImportResult) => result.review.flatMap((item) => item.notes);
