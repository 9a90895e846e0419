/**
 * The Content-Security-Policy every page carries (Astro's `security.csp`, which adds the hashes
 * of the site's own inline styles and scripts). A browser refuses anything else: a script that
 * slipped into a page does not run.
 */
import type { AstroConfig } from 'astro';

type Csp = Exclude<AstroConfig['security']['csp'], boolean>;

/** GitHub-flavoured Markdown aligns table columns with these `style` attributes, and only these. */
const TABLE_ALIGNMENT_HASHES = [
  'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=', // text-align: left
  'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk=', // text-align: right
  'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=', // text-align: center
] as const;

/** The policy: the site's own scripts, styles, images and search index; nothing from elsewhere. */
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
      "frame-src 'none'",
      "media-src 'self'",
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
