import type { TestProject } from 'vitest/node';
import { buildWithContent, cleanUp, demoContentDir } from './helpers/build.ts';

/** The base path of the second demo build, as a GitHub Pages project site has ("/<repository>/"). */
export const DEMO_BASE = '/cronista/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of one real build of the demo story, shared by the build and browser tests. */
    demoDist: string;
    /** What that build printed. */
    demoBuildOutput: string;
    /** `dist/` of the demo built to be served under a base path (`CRONISTA_BASE=/cronista/`). */
    demoBaseDist: string;
    /** That base path. */
    demoBase: string;
  }
}

/** Builds the demo story once for the whole run, at the root and under a base path. */
export default async function setup(project: TestProject) {
  const content = demoContentDir();
  const [root, based] = await Promise.all([buildWithContent(content), buildWithContent(content, { env: { CRONISTA_BASE: DEMO_BASE } })]);
  const cleanUpAll = () => Promise.all([cleanUp(root), cleanUp(based)]);
  for (const [name, build] of [
    ['The demo build', root],
    [`The demo build with CRONISTA_BASE=${DEMO_BASE}`, based],
  ] as const) {
    if (build.code !== 0) {
      await cleanUpAll();
      throw new Error(`${name} failed:\n${build.output}`);
    }
  }
  project.provide('demoDist', root.dist);
  project.provide('demoBuildOutput', root.output);
  project.provide('demoBaseDist', based.dist);
  project.provide('demoBase', DEMO_BASE);
  return cleanUpAll;
}
