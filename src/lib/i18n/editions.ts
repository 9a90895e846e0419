/**
 * A story can be published in several languages: its editions. The first language is the
 * default edition, at the site's root; each other one lives under its own prefix (`/es/`).
 */

/** One language edition of the story. */
export type Edition = {
  /** The language, as a BCP 47 tag ("en-GB", "es"). */
  lang: string;
  /** The path prefix ("es"), or undefined for the default edition at the root. */
  prefix: string | undefined;
  /** Whether this is the default edition (the first language). */
  isDefault: boolean;
};

/**
 * The editions of a story from its languages, first is default. The prefix is the language's
 * primary subtag ("es" for "es-VE") unless two editions share it, then the whole tag, lowercased.
 */
export function editionsOf(languages: readonly string[]): Edition[] {
  const primary = (tag: string) => new Intl.Locale(tag).language;
  return languages.map((lang, index) => {
    const shared = languages.filter((other) => primary(other) === primary(lang)).length > 1;
    return { lang, prefix: index === 0 ? undefined : shared ? lang.toLowerCase() : primary(lang), isDefault: index === 0 };
  });
}

/** The path of a page in an edition: `path` under the base, behind the edition's prefix. */
export function editionPath(base: string, edition: Pick<Edition, 'prefix'>, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${edition.prefix ? `${edition.prefix}/` : ''}${path}`;
}

/** The edition a site path belongs to (by its first segment under the base). */
export function editionOfPath(editions: readonly Edition[], base: string, pathname: string): Edition {
  const root = base.endsWith('/') ? base : `${base}/`;
  const first = pathname.startsWith(root) ? pathname.slice(root.length).split('/')[0] : undefined;
  return editions.find((edition) => edition.prefix !== undefined && edition.prefix === first) ?? editions[0]!;
}

/** The same page in another edition: the path with its edition prefix swapped. */
export function counterpartPath(editions: readonly Edition[], base: string, pathname: string, target: Edition): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const current = editionOfPath(editions, base, pathname);
  const rest = pathname.slice(root.length + (current.prefix ? current.prefix.length + 1 : 0));
  return editionPath(base, target, rest);
}
