import { describe, expect, it } from 'vitest';
import { typographicQuotes } from '../../src/lib/typography.ts';

describe('typographicQuotes', () => {
  it('turns apostrophes and straight quotes into typographic ones', () => {
    expect(typographicQuotes("Two presidents: Venezuela's crisis")).toBe('Two presidents: Venezuela’s crisis');
    expect(typographicQuotes('He called it "a coup".')).toBe('He called it “a coup”.');
    expect(typographicQuotes("A US 'attempt at regime change'")).toBe('A US ‘attempt at regime change’');
    expect(typographicQuotes('"Nested \'quotes\' here"')).toBe('“Nested ‘quotes’ here”');
  });

  it('opens a quote after a bracket or a dash, and closes one before punctuation', () => {
    expect(typographicQuotes('(“already”) and ("this")')).toBe('(“already”) and (“this”)');
    expect(typographicQuotes('—"yes," she said')).toBe('—“yes,” she said');
  });

  it('reads an apostrophe that drops the start of a year as an apostrophe', () => {
    expect(typographicQuotes("the '90s and '19")).toBe('the ’90s and ’19');
  });

  it('leaves text without straight quotes as it is, in any language', () => {
    const text = 'Guaidó se declaró «presidente encargado» — “interino”, dijo';
    expect(typographicQuotes(text)).toBe(text);
  });
});
