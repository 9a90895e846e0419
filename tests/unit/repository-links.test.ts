import { describe, expect, it } from 'vitest';
import { checkEntryFile } from '../../src/lib/check/entry.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { editUrl, reportUrl, repositoryAddressProblem } from '../../src/lib/repository-links.ts';
import { storySchema } from '../../src/schemas/taxonomy.ts';

const STORY = {
  title: 'A story',
  dek: 'One sentence.',
  introduction: 'An introduction.',
  site: 'https://example.org',
  publisher: 'A newsroom',
};

/** What the story's `repository` field says of an address: accepted, or the message and help a contributor sees. */
function repositoryField(repository: string) {
  const result = storySchema.safeParse({ ...STORY, repository });
  if (result.success) return { ok: true, repository: result.data.repository };
  const [issue] = result.error.issues;
  return { ok: false, message: issue?.message, help: (issue as { params?: { help?: string } } | undefined)?.params?.help };
}

describe('the links into the repository', () => {
  it('open the entry’s file in GitHub’s editor, on the story’s branch', () => {
    expect(editUrl('https://github.com/newsroom/timeline/', 'main', 'src/content/events/2019-01-23 x.md')).toBe(
      'https://github.com/newsroom/timeline/edit/main/src/content/events/2019-01-23%20x.md',
    );
  });

  it('open the error form with the entry filled in', () => {
    const url = new URL(
      reportUrl('https://github.com/newsroom/timeline', { title: 'A ruling', filePath: 'src/x.md', pageUrl: 'https://example.org/x/' }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/newsroom/timeline/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'report-error.yml',
      title: 'Error in: A ruling',
      entry: 'src/x.md',
      page: 'https://example.org/x/',
    });
  });
});

describe('repository in story.yaml', () => {
  it.for(['https://github.com/newsroom/timeline', 'https://github.com/newsroom/timeline/', 'https://github.com/newsroom/tree-house'])(
    'accepts a repository’s home page: %s',
    (repository) => {
      expect(repositoryField(repository)).toEqual({ ok: true, repository });
    },
  );

  it('refuses a clone address, echoing it and saying what to write instead', () => {
    expect(repositoryField('https://github.com/newsroom/timeline.git')).toEqual({
      ok: false,
      message:
        '"https://github.com/newsroom/timeline.git" is a clone address (expected the repository\'s home page, like "https://github.com/newsroom/timeline", from which edit and report links are made)',
      help: 'write repository: https://github.com/newsroom/timeline',
    });
  });

  it.for([
    ['https://github.com/newsroom/timeline/tree/main', 'https://github.com/newsroom/timeline'],
    ['https://github.com/newsroom/timeline/tree/main/src/content', 'https://github.com/newsroom/timeline'],
    ['https://github.com/newsroom/timeline/blob/main/README.md', 'https://github.com/newsroom/timeline'],
    ['https://github.com/newsroom/timeline.git/tree/main', 'https://github.com/newsroom/timeline'],
  ])('refuses a page inside the repository, %s, naming its home page', ([repository, home]) => {
    expect(repositoryField(repository!)).toEqual({
      ok: false,
      message: `"${repository}" is a page inside the repository (expected the repository's home page, like "${home}", from which edit and report links are made)`,
      help: `write repository: ${home}`,
    });
  });

  it('leaves an address that is no address at all to the web-address rule', () => {
    expect(repositoryAddressProblem('github.com/newsroom/timeline.git')).toBeUndefined();
    expect(repositoryField('github.com/newsroom/timeline.git')).toMatchObject({
      ok: false,
      message:
        '"github.com/newsroom/timeline.git" is not a web address (expected the repository address starting with http:// or https://)',
    });
  });

  it('is reported by npm run check with its line and the fix', async () => {
    const text = [
      'title: A story',
      'dek: One sentence.',
      'introduction: An introduction.',
      'site: https://example.org',
      'publisher: A newsroom',
      'repository: https://github.com/newsroom/timeline.git',
      '',
    ].join('\n');
    const checked = await checkEntryFile(
      'story',
      { path: 'src/content/story.yaml', text },
      {
        now: new Date('2026-01-01T00:00:00Z'),
        ci: false,
        contentDir: 'src/content',
        componentDir: 'src/components/mdx',
        componentFiles: [],
      },
    );
    expect(checked.problems.map((problem) => [formatProblem(problem), problem.help])).toEqual([
      [
        'src/content/story.yaml:6:13  repository: "https://github.com/newsroom/timeline.git" is a clone address (expected the repository\'s home page, like "https://github.com/newsroom/timeline", from which edit and report links are made)',
        'write repository: https://github.com/newsroom/timeline',
      ],
    ]);
  });
});
