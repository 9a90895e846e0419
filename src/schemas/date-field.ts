import { z } from 'astro/zod';
import { DATE_FORMS, parseCalendarDate } from './calendar-date.ts';

/** Field names whose values are dates; the YAML reader keeps their text exactly as written. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['date', 'endDate', 'published', 'start', 'end', 'updated']);

/**
 * A calendar date at the precision its author wrote (`2019`, `2019-02`, `2019-02-02`,
 * `2019-02-02T20:15`), resolved into its parts. Only the written text is a date: the YAML reader
 * keeps date fields as text, so `0x7E3`, `2019.0` or `+2019` are refused, not read as 2019.
 */
export const calendarDateSchema = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null) {
    ctx.addIssue({ code: 'custom', message: `is missing (expected a date: ${DATE_FORMS})` });
    return z.NEVER;
  }
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a date (expected ${DATE_FORMS})` });
    return z.NEVER;
  }
  const curly = /^\s*[“”‘’„«»]+(.*?)[“”‘’„«»]+\s*$/.exec(value);
  if (curly) {
    ctx.addIssue({
      code: 'custom',
      message: `${value} has curly quotes around it (expected ${curly[1]} with no quotes, or straight "quotes")`,
    });
    return z.NEVER;
  }
  const parsed = parseCalendarDate(value);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});
