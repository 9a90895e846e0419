import { z } from 'astro/zod';

/** An entry id: lowercase letters, digits and single hyphens, as in file names. */
export const idSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing (expected an id: lowercase letters, digits and hyphens, like "juan-guaido")'
        : `${JSON.stringify(issue.input)} is not an id (expected lowercase letters, digits and hyphens, like "juan-guaido")`,
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not an id (expected lowercase letters, digits and hyphens)`,
  });

/** Text wrapped in curly quotes: the author meant YAML quotes, and the curly ones would be published. */
const CURLY_WRAPPED = /^[“‘„«][^]*[”’“»]$/;

/** Non-empty text, trimmed, not wrapped in curly quotes. */
export const textSchema = (what: string, max?: number) => {
  const base = z
    .string({ error: (issue) => (issue.input === undefined ? `is missing (expected ${what})` : `must be text (expected ${what})`) })
    .trim()
    .min(1, { error: `is empty (expected ${what})` })
    .refine((value) => !CURLY_WRAPPED.test(value), {
      error: (issue) =>
        `${String(issue.input).slice(0, 40)} is wrapped in curly quotes, which would be published (expected straight "quotes" around the text, or none)`,
    });
  return max === undefined
    ? base
    : base.max(max, {
        error: (issue) => `is ${String((issue.input as string).length)} characters long (expected ${what}, at most ${max} characters)`,
      });
};

/** An absolute web address; only http and https are accepted (no `javascript:`, `data:`, `file:`). */
export const httpUrlSchema = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing (expected ${what})` : `must be text (expected ${what})`) })
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
        } catch {
          return false;
        }
      },
      { error: (issue) => `"${String(issue.input)}" is not a web address (expected ${what} starting with http:// or https://)` },
    );
