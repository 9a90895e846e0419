/**
 * Every language file in `src/i18n/`, found at build time: adding a language is adding its file.
 */
import en from '../../i18n/en.json';
import { createTranslator, stringsFileOf, type Translator, type UiStrings } from './translate.ts';

const files = import.meta.glob<UiStrings>('../../i18n/*.json', { eager: true, import: 'default' });

/** The strings of every language, by file name ("en", "es"). */
export const UI_STRINGS: Readonly<Record<string, UiStrings>> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/|\.json$/g, ''), strings]),
);

const translators = new Map<string, Translator>();

/** The translator for a language tag ("es", "en-GB"); English strings where the language has none. */
export function translatorFor(lang: string): Translator {
  let translator = translators.get(lang);
  if (!translator) {
    translator = createTranslator(lang, UI_STRINGS[stringsFileOf(lang)] ?? {}, en as UiStrings);
    translators.set(lang, translator);
  }
  return translator;
}
