/**
 * Fitting imported text into Cronista's text fields, saying what changed: the length limits of the
 * schema, and text wrapped in curly quotes (which the schema refuses, as a typing mistake in YAML).
 */

/** Text wrapped in curly quotes, as `textSchema` in src/schemas/common.ts refuses it. */
const CURLY_WRAPPED = /^[“‘„«][^]*[”’“»]$/;

/** Cuts text to `max` characters: at the last sentence end if one is far enough in, else at a word, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > max / 2) return head.slice(0, sentenceEnd + 1);
  const cut = head.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * Text as a field of `what` can hold it: wrapping curly quotes made straight, and at most `max`
 * characters. Every change is added to `notes`, with the text as it was when it was cut.
 */
export function fitText(text: string, what: string, notes: string[], max?: number): string {
  let fitted = text;
  if (CURLY_WRAPPED.test(fitted)) {
    fitted = `"${fitted.slice(1, -1)}"`;
    notes.push(`${what} is wrapped in curly quotes: written with straight ones ("…"), as Cronista asks`);
  }
  if (max !== undefined && fitted.length > max) {
    const whole = fitted;
    fitted = shorten(fitted, max);
    notes.push(`${what} is longer than ${max} characters: shortened; it read "${whole}"`);
  }
  return fitted;
}
