/**
 * The one way content enters the site: Astro's `glob` loader, wrapped (as Starlight's
 * `docsLoader` does) so that every file is read once and checked on exactly what Astro will
 * compile, before anything of it is stored, rendered or published.
 *
 * - Each file is split and read by Cronista (`checkEntryFile`), not by Astro's YAML 1.1 reader:
 *   the checked data is what is stored, so no rolled-over date can reach a page.
 * - A file with an error is never stored (and a stale copy is removed), so no page is built from
 *   it; a Markdown body with raw HTML is checked on Astro's own rendering of it.
 * - Once every collection has loaded, the checks across files run; a build with any error
 *   fails with the whole report. In dev the same happens on every save, and the dev server
 *   shows the report instead of the site until the files are mended.
 */
import { fileURLToPath } from 'node:url';
import { posix, relative } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkRenderedBody, problemCollector } from '../check/body-safety.ts';
import { checkEntryFile, type CheckedEntry, type EntryContext } from '../check/entry.ts';
import { formatReport, groupedProblemLines, summaryLine } from '../check/report.ts';
import { markImageImports } from '../media/image-imports.ts';
import type { StoryData } from '../../schemas/taxonomy.ts';
import {
  COLLECTIONS,
  CONTENT_DIR,
  MDX_COMPONENT_DIR,
  STORY_FILE,
  assetStatusIn,
  listComponentFiles,
  notContentReason,
  type LoadedCollection,
} from './files.ts';
import { allLoaded, concludeSession, contentSession, forgetFile } from './session.ts';

/** Marks the data of a file that failed its checks, so the wrapped store never keeps it. */
const REFUSED = '__cronistaRefused';

type EntryType = {
  getEntryInfo: (input: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body?: string }>;
  getRenderFunction?: (
    config: unknown,
  ) => Promise<
    (entry: {
      id: string;
      data: Record<string, unknown>;
      body?: string;
      filePath?: string;
      digest?: string;
    }) => Promise<{ html: string } | undefined>
  >;
};

/** A loader for one of the story's collections. */
export function contentLoader(collection: LoadedCollection): Loader {
  const { dir, pattern } = COLLECTIONS[collection];
  // An entry's id is its path in the collection's folder without extension: "2019-01-23-…", or "es/2019-01-23-…" for a translation.
  const inner = glob({ pattern, base: `./${dir}`, generateId: ({ entry }) => entry.replace(/\.(mdx?|ya?ml)$/, '') });
  return {
    name: `cronista-${collection}`,
    load: async (context) => {
      const session = contentSession();
      const root = fileURLToPath(context.config.root);
      const entryContext: EntryContext = {
        now: new Date(),
        ci: process.env.CI === 'true',
        contentDir: CONTENT_DIR,
        componentDir: MDX_COMPONENT_DIR,
        componentFiles: await listComponentFiles(root),
        // The story settings were read first, by the Cronista integration.
        imageHosts: (session.entries.get(STORY_FILE)?.data as StoryData | undefined)?.imageHosts ?? [],
        assetStatus: assetStatusIn(root),
      };
      const pathOf = (fileUrl: URL | string) =>
        posix.normalize(
          relative(root, typeof fileUrl === 'string' ? fileUrl : fileURLToPath(fileUrl))
            .split('\\')
            .join('/'),
        );

      const checkFile = async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
        const path = pathOf(fileUrl);
        forgetFile(session, path);
        session.texts.set(path, contents);
        const reason = await notContentReason(root, path);
        if (reason) {
          session.outside.set(path, [{ file: path, field: 'file', message: reason, severity: 'error' }]);
          return { data: { [REFUSED]: path }, body: '' };
        }
        const entry: CheckedEntry = await checkEntryFile(collection, { path, text: contents }, entryContext);
        session.entries.set(path, entry);
        if (entry.data === undefined) return { data: { [REFUSED]: path }, body: '' };
        // Photos beside an event go through Astro's image pipeline (responsive sizes, modern formats).
        const data = collection === 'events' ? markImageImports(entry.data as Parameters<typeof markImageImports>[0]) : entry.data;
        return { data: data as Record<string, unknown>, body: entry.body ?? '' };
      };

      // Astro hands the glob loader its entry types; ours read and check each file first.
      const entryTypes = new Map(
        [...((context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes ?? [])].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: checkFile,
            getRenderFunction:
              type.getRenderFunction &&
              (async (config: unknown) => {
                const render = await type.getRenderFunction!(config);
                return async (entry: Parameters<typeof render>[0]) => {
                  if (REFUSED in entry.data) return undefined;
                  const rendered = await render(entry);
                  const path = entry.filePath ? pathOf(entry.filePath) : undefined;
                  const checked = path ? session.entries.get(path) : undefined;
                  // A body with raw HTML is read in context, on the very HTML Astro will publish.
                  if (rendered && checked?.hasHtml && path) {
                    const problems: CheckedEntry['problems'] = [];
                    checkRenderedBody(rendered.html, checked.body ?? '', checked.bodyFirstLine ?? 1, problemCollector(path, problems));
                    if (problems.length) session.later.set(path, problems);
                  }
                  return rendered;
                };
              }),
          },
        ]),
      );

      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property !== 'set') return Reflect.get(target, property, receiver);
          return (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => {
            const path = entry.filePath ? posix.normalize(entry.filePath) : undefined;
            if (REFUSED in entry.data || (path && session.later.has(path))) {
              target.delete(entry.id);
              return false;
            }
            return target.set(entry as Parameters<typeof target.set>[0]);
          };
        },
      });

      // Said once for all collections, under one name, by whichever loader finishes last.
      const report = context.logger.fork('cronista:content');
      const conclude = () => {
        if (!allLoaded(session)) return;
        const result = concludeSession(session);
        if (context.watcher) {
          // Every collection's watcher fires on a save; say the outcome once, when it changes.
          const text = result.errorCount > 0 ? formatReport(result) : 'Content check: no errors.';
          if (text === session.lastReport) return;
          session.lastReport = text;
          if (result.errorCount > 0) report.error(`Content check failed; the dev server shows this report until it is fixed:\n\n${text}`);
          else report.info(text);
        } else if (result.errorCount > 0) {
          // A build stops here, with every problem of every file.
          throw new Error(
            `Content check failed:\n\n${formatReport(result)}\n\nFix the entries above; "npm run check" re-checks in a second.`,
          );
        } else {
          // A build says its outcome once, even if a loader concludes again.
          const summary = summaryLine(result);
          if (summary === session.lastReport) return;
          session.lastReport = summary;
          report.info(summary);
          for (const line of groupedProblemLines(result.problems)) report.warn(line);
          if (result.drafts.length > 0) report.info(`Drafts left out on purpose (draft: true): ${result.drafts.join(', ')}`);
        }
      };

      // In dev, every save re-checks the file (through checkFile), then every file against the others.
      const watcher = context.watcher && wrapWatcher(context.watcher, session, pathOf, conclude);
      // A story in one language has no translation folders, and a new one no actors yet: not worth a warning.
      const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
        warn: (message: string) => {
          if (!/^No files found matching/.test(message) && !/^The base directory .* does not exist/.test(message))
            context.logger.warn(message);
        },
      });
      await inner.load({
        ...context,
        logger,
        store,
        watcher,
        // Data arrives already checked and parsed by the collection's schema (in checkFile).
        parseData: async ({ data }) => data,
        entryTypes,
      } as LoaderContext);
      session.loaded.add(collection);
      conclude();
    },
  };
}

/**
 * The dev watcher, with a re-check after the glob loader has handled each change. N.B. The
 * changes to one file are handled one after another: handled side by side, a slow check of a
 * broken version could remove the entry after a quick save of the mended one had been seen as
 * unchanged, and the page would stay missing until the next save.
 */
function wrapWatcher(
  watcher: NonNullable<LoaderContext['watcher']>,
  session: ReturnType<typeof contentSession>,
  pathOf: (file: string) => string,
  conclude: () => void,
): NonNullable<LoaderContext['watcher']> {
  const pending = new Map<string, Promise<void>>();
  return new Proxy(watcher, {
    get(target, property, receiver) {
      if (property !== 'on') return Reflect.get(target, property, receiver);
      return (event: string, listener: (path: string) => unknown) =>
        target.on(event as 'change', (path: string) => {
          const handled = (pending.get(path) ?? Promise.resolve()).then(async () => {
            if (event === 'unlink') forgetFile(session, pathOf(path));
            await listener(path);
            conclude();
          });
          const settled = handled.catch(() => undefined);
          pending.set(path, settled);
          void settled.then(() => {
            if (pending.get(path) === settled) pending.delete(path);
          });
          return handled;
        });
    },
  });
}
