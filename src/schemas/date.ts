import { z } from 'astro/zod';
import { DATE_FORMS, parseCalendarDate, writtenDateText } from '../lib/dates.ts';

/**
 * A calendar date at the precision its author wrote (`2019`, `2019-02`, `2019-02-02`,
 * `2019-02-02T20:15`), resolved into its parts. Accepts what YAML parsers make of such text.
 */
export const calendarDateSchema = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null) {
    ctx.addIssue({ code: 'custom', message: `is missing (expected a date: ${DATE_FORMS})` });
    return z.NEVER;
  }
  const text = writtenDateText(value);
  if (text === undefined) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a date (expected ${DATE_FORMS})` });
    return z.NEVER;
  }
  const parsed = parseCalendarDate(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});
