import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntryFile } from '../../src/lib/check/entry.ts';
import type { AssetStatus } from '../../src/lib/check/media-files.ts';
import { assetStatusIn } from '../../src/lib/content/files.ts';
import { CHECK_OPTIONS, VALID_FRONTMATTER, eventText } from '../helpers/content.ts';
import { storySchema } from '../../src/schemas/taxonomy.ts';

const PATH = 'src/content/events/2019-02-10-new-ruling.md';
const FILES: Record<string, AssetStatus> = {
  'src/content/events/photo.jpg': 'file',
  'src/content/events/linked.jpg': 'link',
  'src/content/shared/b.png': 'file',
};

/** The problems of one event file: line, field, message and severity. */
async function problems(frontmatter: string, options: { imageHosts?: string[] } = {}) {
  const entry = await checkEntryFile(
    'events',
    { path: PATH, text: eventText(`${VALID_FRONTMATTER}\n${frontmatter}`) },
    { ...CHECK_OPTIONS, assetStatus: (path) => FILES[path] ?? 'missing', ...options },
  );
  // The media's own problems: the entry's missing `published` day is another check's warning.
  return entry.problems
    .filter((problem) => problem.field !== 'published')
    .map(({ line, field, message, severity }) => ({ line, field, message, severity }));
}

describe('the lead image', () => {
  it('accepts a photo beside the entry, in a folder of the content, or under public/', async () => {
    expect(await problems('image: { src: ./photo.jpg, alt: Trucks, credit: Agency }')).toEqual([]);
    expect(await problems('image: { src: ../shared/b.png, alt: Trucks, credit: Agency }')).toEqual([]);
    expect(await problems('image: { src: /images/a.jpg, alt: Trucks, credit: Agency }')).toEqual([]);
  });

  it('refuses an SVG, a non-photo, a missing file, a link and a path out of the content folder, with line and field', async () => {
    const line = VALID_FRONTMATTER.split('\n').length + 2;
    const at = (message: string) => [{ line, field: 'image.src', message, severity: 'error' }];
    expect(await problems('image: { src: ./logo.svg, alt: A logo, credit: Agency }')).toEqual(
      at('"./logo.svg" is an SVG file (expected a photo: jpg, jpeg, png, webp, avif, gif; SVG can carry scripts and is not accepted)'),
    );
    expect(await problems('image: { src: ./notes.txt, alt: Notes, credit: Agency }')).toEqual(
      at('"./notes.txt" is not a photo file (expected jpg, jpeg, png, webp, avif, gif)'),
    );
    expect(await problems('image: { src: ./missing.jpg, alt: Trucks, credit: Agency }')).toEqual(
      at('"./missing.jpg" does not exist (expected a file at src/content/events/missing.jpg)'),
    );
    expect(await problems('image: { src: ./linked.jpg, alt: Trucks, credit: Agency }')).toEqual(
      at('"./linked.jpg" is a symbolic link (expected the photo itself; links are not followed)'),
    );
    expect(await problems('image: { src: ../../../package.jpg, alt: Trucks, credit: Agency }')).toEqual(
      at('"../../../package.jpg" leads outside src/content/ (expected a photo beside the entry, like ./photo.jpg)'),
    );
  });

  it('allows a photo from the web only from a host the story lists', async () => {
    const remote = 'image: { src: "https://upload.wikimedia.org/a.jpg", alt: Trucks, credit: Agency }';
    expect(await problems(remote, { imageHosts: ['upload.wikimedia.org'] })).toEqual([]);
    expect(await problems(remote)).toEqual([
      {
        line: VALID_FRONTMATTER.split('\n').length + 2,
        field: 'image.src',
        message:
          '"https://upload.wikimedia.org/a.jpg" is on upload.wikimedia.org, which the story does not allow (expected a photo saved beside the entry, or a host listed under imageHosts in story.yaml)',
        severity: 'error',
      },
    ]);
  });
});

describe('media', () => {
  it('names the item in a list, or the single item, at its line', async () => {
    const first = VALID_FRONTMATTER.split('\n').length + 2;
    expect(
      await problems('media:\n  - url: https://youtu.be/aqz-KE-bpKQ\n    title: Convoy\n  - url: ./diagram.svg\n    alt: A diagram'),
    ).toEqual([
      {
        line: first + 3,
        field: 'media.1.url',
        message:
          '"./diagram.svg" is an SVG file (expected a photo: jpg, jpeg, png, webp, avif, gif; SVG can carry scripts and is not accepted)',
        severity: 'error',
      },
    ]);
    expect(await problems('media:\n  url: "https://example.net/a.jpg"\n  alt: A photo')).toMatchObject([
      { line: first + 1, field: 'media.url', severity: 'error' },
    ]);
  });

  it('refuses audio, video and documents beside the entry (they go under public/)', async () => {
    expect(await problems('media: { url: ./clip.mp3, title: Clip }')).toMatchObject([
      {
        field: 'media.url',
        message:
          '"./clip.mp3" is beside the entry but is not a photo (expected audio, video and documents under public/, like /audio/clip.mp3)',
      },
    ]);
  });

  it('warns when a card would have nothing to say', async () => {
    expect(
      await problems(
        'media:\n  - url: https://youtu.be/aqz-KE-bpKQ\n  - url: https://x.com/a/status/1\n    author: "@a"\n  - url: https://example.org/page',
      ),
    ).toMatchObject([
      { field: 'media.0.title', severity: 'warning' },
      { field: 'media.1.text', severity: 'warning' },
      { field: 'media.2.title', severity: 'warning' },
    ]);
    expect(await problems('media: { url: "https://www.youtube.com/@channel", title: A channel }')).toMatchObject([
      {
        field: 'media.url',
        message: '"https://www.youtube.com/@channel" names no single YouTube video (expected a video\'s address); it is shown as a link',
        severity: 'warning',
      },
    ]);
  });
});

describe('the story’s image hosts', () => {
  const story = { title: 't', dek: 'd', introduction: 'i', site: 'https://example.org', publisher: 'p' };
  it('default to none and take host names only', () => {
    expect(storySchema.parse(story).imageHosts).toEqual([]);
    expect(storySchema.parse({ ...story, imageHosts: ['upload.wikimedia.org'] }).imageHosts).toEqual(['upload.wikimedia.org']);
    const refused = storySchema.safeParse({ ...story, imageHosts: ['https://upload.wikimedia.org/'] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      '"https://upload.wikimedia.org/" is not a host name (expected a name like upload.wikimedia.org, without https:// or a path)',
    );
  });
});

describe('what is on disk beside an entry', () => {
  it('tells a photo from a missing file, a link, a folder and a link out of the content folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cronista-assets-'));
    await mkdir(join(root, 'src/content/events/folder.jpg'), { recursive: true });
    await mkdir(join(root, 'outside'));
    await writeFile(join(root, 'src/content/events/photo.jpg'), 'jpeg');
    await writeFile(join(root, 'outside/secret.jpg'), 'jpeg');
    await symlink(join(root, 'outside/secret.jpg'), join(root, 'src/content/events/linked.jpg'));
    await symlink(join(root, 'outside'), join(root, 'src/content/linked-folder'));
    const status = assetStatusIn(root);
    expect(status('src/content/events/photo.jpg')).toBe('file');
    expect(status('src/content/events/missing.jpg')).toBe('missing');
    expect(status('src/content/events/linked.jpg')).toBe('link');
    expect(status('src/content/events/folder.jpg')).toBe('not-a-file');
    expect(status('src/content/linked-folder/secret.jpg')).toBe('outside');
  });
});
