/**
 * The Content-Security-Policy every page carries (Astro's `security.csp`, which adds the hashes
 * of the site's own inline styles and scripts). A browser refuses anything else: a script that
 * slipped into a page does not run.
 */
import type { AstroConfig } from 'astro';
import { PLAYER_ORIGINS, type PlayerKind } from '../lib/media/players.ts';

type Csp = Exclude<AstroConfig['security']['csp'], boolean>;

/** GitHub-flavoured Markdown aligns table columns with these `style` attributes, and only these. */
const TABLE_ALIGNMENT_HASHES = [
  'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=', // text-align: left
  'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk=', // text-align: right
  'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=', // text-align: center
] as const;

/**
 * The policy: the site's own scripts, styles, images and search index; nothing from elsewhere.
 * Frames are set page by page (`frameDirective`): none, or only the players the page shows.
 */
export function contentSecurityPolicy(): Csp {
  return {
    // N.B. Set here because a config updated by an integration gets no defaults filled in.
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      // data: images are the small icons Pagefind's stylesheet draws with (an image cannot run script).
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "worker-src 'self'",
    ],
    // Pagefind compiles its WebAssembly search engine in the page.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
      hashes: TABLE_ALIGNMENT_HASHES.map((hash) => ({ hash, kind: 'attribute' as const })),
    },
  };
}

/**
 * A page's `frame-src`: `'none'`, or exactly the hosts of the players its facades load once the
 * reader presses play. N.B. Set on each page (by `PageHead`), not site-wide: a page without a
 * video admits no frame at all, and `'none'` cannot be combined with hosts in one directive.
 */
export function frameDirective(players: readonly PlayerKind[]): `frame-src ${string}` {
  const origins = [...new Set(players.map((kind) => PLAYER_ORIGINS[kind]))].sort();
  return `frame-src ${origins.length ? origins.join(' ') : "'none'"}`;
}

/** A page's `media-src`: the site, plus the origins of the audio and video files it shows from elsewhere. */
export function mediaDirective(origins: readonly string[]): `media-src ${string}` {
  return `media-src ${["'self'", ...[...new Set(origins)].sort()].join(' ')}`;
}
