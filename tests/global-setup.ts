import type { TestProject } from 'vitest/node';
import { buildWithContent, cleanUp, demoContentDir } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of one real build of the demo story, shared by the build and browser tests. */
    demoDist: string;
    /** What that build printed. */
    demoBuildOutput: string;
  }
}

/** Builds the demo story once for the whole run. */
export default async function setup(project: TestProject) {
  const build = await buildWithContent(demoContentDir());
  if (build.code !== 0) throw new Error(`The demo build failed:\n${build.output}`);
  project.provide('demoDist', build.dist);
  project.provide('demoBuildOutput', build.output);
  return () => cleanUp(build);
}
