/**
 * Typographic quotes for text written in plain fields (titles, summaries, the story's settings),
 * so that it matches the entry bodies, which Markdown already sets with curly quotes: "a 'b'"
 * becomes “a ‘b’”, and an apostrophe (Venezuela's, ’90s) becomes ’.
 */

/** What may come just before an opening quote: nothing, a space, an opening bracket or a dash. */
const OPENS_AFTER = /[\s([{“‘«—–-]/;

/** Replaces straight quotes with typographic ones; text without straight quotes is returned as is. */
export function typographicQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const before = index === 0 ? ' ' : text[index - 1]!;
    const after = text[index + 1] ?? ' ';
    if (char === '"') {
      result += OPENS_AFTER.test(before) ? '“' : '”';
    } else if (char === "'") {
      // An apostrophe that drops the start of a number ('90s) or of a word ('em) is not an opening quote.
      const elision = OPENS_AFTER.test(before) && /\d/.test(after) && /^\d\d(s|\b)/.test(text.slice(index + 1));
      result += OPENS_AFTER.test(before) && !elision ? '‘' : '’';
    } else {
      result += char;
    }
  }
  return result;
}
