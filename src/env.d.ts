/// <reference types="astro/client" />

declare namespace App {
  /** Set for every page by the Cronista integration's middleware (src/integrations/edition-middleware.ts). */
  interface Locals {
    /** The language edition the page belongs to. */
    edition: import('./lib/i18n/editions.ts').Edition;
    /** Every edition of the story, the default first. */
    editions: import('./lib/i18n/editions.ts').Edition[];
    /** The interface's words, dates, numbers and lists in the page's language. */
    t: import('./lib/i18n/translate.ts').Translator;
    /** The paths of the edition's pages. */
    links: import('./lib/paths.ts').SiteLinks;
  }
}
