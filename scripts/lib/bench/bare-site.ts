/**
 * A bare Astro 7 + Pagefind site publishing the same event files as Cronista: one page per
 * entry and an index page, no checks, no design. The yardstick for Cronista's build time.
 */
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': '{ "name": "bare-site", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], cacheDir: './.astro/cache' });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: './src/content/events' }),
    schema: z.object({ title: z.string(), summary: z.string() }).passthrough(),
  }),
};
`,
  // The project's MDX components read the interface language from locals; the bare site has one word for it.
  'src/middleware.ts': `export const onRequest = (context, next) => {
  context.locals.t = Object.assign((key) => key, { parts: () => [{ text: 'published by ' }, { name: 'source' }] });
  return next();
};
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const events = await getCollection('events');
---
<html lang="en"><head><meta charset="utf-8"><title>Events</title></head>
<body><main><h1>Events</h1><ol>{events.map((e) => <li><a href={\`/events/\${e.id}/\`}>{e.data.title}</a> {e.data.summary}</li>)}</ol></main></body></html>
`,
  'src/pages/events/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('events')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body></html>
`,
};

/** Writes the bare site into `root`, with the given events folder and the MDX components it imports. */
export async function writeBareSite(root: string, projectRoot: string, eventsDir: string): Promise<void> {
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await cp(eventsDir, join(root, 'src/content/events'), { recursive: true });
  await cp(join(projectRoot, 'src/components/mdx'), join(root, 'src/components/mdx'), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
}
