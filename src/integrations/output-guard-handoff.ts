/** How the build's middleware finds the output guard: a global set only while `astro build` runs. */

/** The global's key (one symbol for the whole process, whichever bundle asks). */
const GUARD_KEY = Symbol.for('cronista.output-guard');

/** What the middleware may do with the guard: hand over a rendered page. */
export type RenderedPageSink = { readRendered(name: string, bytes: Uint8Array): void };

/** The guard, while a build renders; undefined otherwise (in `astro dev`, or once rendering is done). */
export function renderedPageSink(): RenderedPageSink | undefined {
  return (globalThis as { [GUARD_KEY]?: RenderedPageSink })[GUARD_KEY];
}

/** Sets (or, with undefined, clears) the guard the middleware hands pages to. */
export function setRenderedPageSink(sink: RenderedPageSink | undefined): void {
  if (sink) (globalThis as { [GUARD_KEY]?: RenderedPageSink })[GUARD_KEY] = sink;
  else delete (globalThis as { [GUARD_KEY]?: RenderedPageSink })[GUARD_KEY];
}
