/**
 * Astro's log, readable in a terminal, a file or a CI log (`logger` in astro.config.mjs):
 *
 * - each generated route on its own line. N.B. Astro writes a route's path, then its render time
 *   when the page is done; with pages rendering four at a time the two interleave into one
 *   unreadable line, so the times (which can no longer be matched to their routes) are left out;
 * - no terminal colour codes when the output is not a terminal (a pipe, a file, a CI log): Astro
 *   leaves them out of its own lines, but messages it relays from Vite and Rolldown keep theirs.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

// The escape sequences terminals read as colours and styles (ECMA-48 SGR).
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

/** A route's render time, as Astro writes it after the route: " (+12ms)", " (cached)". */
const RENDER_TIME = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)\s*$/;

/** Text without colour codes. */
export function withoutColours(text: string): string {
  return text.replace(COLOUR_CODES, '');
}

/** How one log event is written: undefined when it is left out. */
export function tidyEvent(event: AstroLoggerMessage, terminal: boolean): AstroLoggerMessage | undefined {
  const message = terminal ? event.message : withoutColours(event.message);
  if (event.label === 'SKIP_FORMAT' && RENDER_TIME.test(withoutColours(message))) return undefined;
  // A route announced without a line end (its time was to follow): ended here.
  const route = !event.newLine && withoutColours(message).includes('├─');
  return { ...event, message, newLine: event.newLine || route };
}

/** The log destination: Astro's own, with each event tidied first. */
export default function buildLog(config?: Parameters<typeof nodeDestination>[0]): AstroLoggerDestination {
  const destination = nodeDestination(config);
  return {
    ...destination,
    write(event) {
      const tidy = tidyEvent(event, Boolean(process.stdout.isTTY));
      if (tidy) destination.write(tidy);
    },
  };
}
