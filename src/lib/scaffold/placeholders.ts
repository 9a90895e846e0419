/** The texts `npm run new` writes for the contributor to replace; the checker warns while they remain. */
export const PLACEHOLDER_SUMMARY = 'Replace this with one or two sentences on what happened, who acted and why it matters.';
export const PLACEHOLDER_BODY =
  'Replace this paragraph with what happened, in neutral words, keeping to what the sources report. Attribute every quotation to the person who said it.';
