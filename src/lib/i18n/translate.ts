/**
 * The site's own words in the reader's language: one JSON file per language in `src/i18n/`, the
 * English file the reference (every key, and the fallback for a key another language lacks), the
 * way Starlight does it. Dates, numbers, lists and plurals go through `Intl` in the language.
 */
import type en from '../../i18n/en.json';
import type { CalendarDate } from '../../schemas/calendar-date.ts';
import { formatCalendarDate } from '../dates.ts';

/** The keys of the interface strings (the English file is the reference). */
export type UiKey = keyof typeof en;

/** A string, or its forms by plural category ("one", "other", …, as `Intl.PluralRules` names them). */
export type UiString = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** One language's strings: any subset of the keys. */
export type UiStrings = Partial<Record<UiKey, UiString>>;

/** Values put into a string's `{placeholders}`; numbers are formatted for the language. */
export type UiValues = Record<string, string | number>;

/** Translates the interface into one language. */
export type Translator = {
  (key: UiKey, values?: UiValues): string;
  /**
   * A string cut at its placeholders, for a template that puts markup where they are (a link,
   * a `<time>`) without writing the string as HTML: texts, and `{ slot }` for each placeholder.
   */
  parts(key: UiKey, values?: UiValues): ({ text: string } | { slot: string })[];
  /** The language, as a BCP 47 tag ("en-GB", "es"). */
  lang: string;
  /** The language's writing direction. */
  dir: 'ltr' | 'rtl';
  /** A number in the language ("3,4"). */
  number(value: number): string;
  /** A list in the language ("A, B and C" / "A, B y C"). */
  list(items: readonly string[]): string;
  /** A date at exactly its written precision ("2 February 2019" / "2 de febrero de 2019"), with its zone for a time. */
  date(date: CalendarDate, timezone?: string): string;
  /** An event's date: a range, "around …", or a time with its zone. */
  eventDate(event: { date: CalendarDate; endDate?: CalendarDate; approximate: boolean; timezone?: string }): string;
  /** A language's own name in this language ("Spanish" / "español"). */
  languageName(tag: string): string;
  /** A country's name in this language, from its ISO code ("RU" → "Russia"). */
  countryName(code: string): string;
};

/** Languages written right to left. */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ps', 'sd', 'ur', 'yi']);

/** The writing direction of a language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL.has(locale.language) ? 'rtl' : 'ltr';
}

/** The strings file for a tag: "es-VE" uses es.json, "en-GB" en.json. */
export function stringsFileOf(tag: string): string {
  return new Intl.Locale(tag).language;
}

/**
 * A translator for `lang`, from the language's strings and the English reference. A key the
 * language lacks falls back to English, so a partial translation never shows a key.
 */
export function createTranslator(lang: string, strings: UiStrings, reference: UiStrings): Translator {
  const plural = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const languages = new Intl.DisplayNames([lang], { type: 'language' });
  const regions = new Intl.DisplayNames([lang], { type: 'region' });

  const translate = ((key: UiKey, values: UiValues = {}) => {
    const entry = strings[key] ?? reference[key];
    if (entry === undefined) throw new Error(`No interface string "${key}" in ${lang} or English`);
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const count = typeof values.count === 'number' ? values.count : Number(values.count ?? 0);
      text = entry[plural.select(count)] ?? entry.other ?? Object.values(entry)[0] ?? '';
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  }) as Translator;

  translate.parts = (key, values = {}) => {
    // Placeholders given a value are filled in; the others become slots.
    const marked = translate(key, Object.fromEntries(Object.entries(values)));
    return marked
      .split(/(\{\w+\})/)
      .filter((part) => part !== '')
      .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : { text: part }));
  };
  translate.lang = lang;
  translate.dir = directionOf(lang);
  translate.number = (value) => numbers.format(value);
  translate.list = (items) => lists.format(items);
  translate.date = (date, timezone) => {
    const text = formatCalendarDate(date, lang);
    return date.precision === 'minute' && timezone ? translate('date.timeZone', { time: text, zone: timezone.replaceAll('_', ' ') }) : text;
  };
  translate.eventDate = (event) => {
    const start = translate.date(event.date, event.timezone);
    const text = event.endDate ? translate('date.range', { start, end: translate.date(event.endDate) }) : start;
    return event.approximate ? translate('date.around', { date: text }) : text;
  };
  translate.languageName = (tag) => languages.of(tag) ?? tag;
  translate.countryName = (code) => regions.of(code) ?? code;
  return translate;
}
