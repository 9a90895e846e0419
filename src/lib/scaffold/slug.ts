/** Letters that Unicode does not split into a base letter and an accent, spelt in ASCII. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** The longest slug `slugify` makes by default, in characters. */
export const SLUG_MAX_LENGTH = 60;

/**
 * A file-name slug from any title: accents stripped ("Guaidó" → "guaido"), lowercase, apostrophes
 * dropped ("Maduro's" → "maduros"), any other run of punctuation or spaces turned into one hyphen,
 * and cut at a word boundary to at most `maxLength` characters. Empty if the title has no Latin
 * letters or digits.
 */
export function slugify(title: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    .replaceAll('&', ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut before the word that would cross the limit; a single over-long word is cut where it must be.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
