import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/scaffold/slug.ts';

describe('slugify', () => {
  it('strips accents, lowercases and turns punctuation into single hyphens', () => {
    expect(slugify('Guaidó declares himself president!')).toBe('guaido-declares-himself-president');
    expect(slugify('  Maduro -- sworn in: "second term"  ')).toBe('maduro-sworn-in-second-term');
    expect(slugify('Niños, señoras y ÁNGELES')).toBe('ninos-senoras-y-angeles');
  });

  it('drops apostrophes inside words rather than splitting them', () => {
    expect(slugify("Venezuela's army chief")).toBe('venezuelas-army-chief');
    expect(slugify('Maduro’s reply')).toBe('maduros-reply');
  });

  it('spells letters that have no accent to strip, and "&"', () => {
    expect(slugify('Straße & Øresund: Łódź')).toBe('strasse-and-oresund-lodz');
  });

  it('keeps digits', () => {
    expect(slugify('UN counts 3.4 million Venezuelans abroad')).toBe('un-counts-3-4-million-venezuelans-abroad');
  });

  it('is empty when a title has no Latin letters or digits', () => {
    expect(slugify('中国 — ?!')).toBe('');
  });

  it('cuts a long title at a word boundary, within 60 characters', () => {
    const title = 'European Parliament recognises Guaidó as interim president and urges the EU to follow';
    const slug = slugify(title);
    expect(slug).toBe('european-parliament-recognises-guaido-as-interim-president');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify(title, 40)).toBe('european-parliament-recognises-guaido-as');
    expect(slugify(title, 39)).toBe('european-parliament-recognises-guaido');
  });

  it('keeps a word that ends exactly at the limit', () => {
    expect(slugify('abcd efgh ijkl', 9)).toBe('abcd-efgh');
  });

  it('cuts a single word longer than the limit where it must', () => {
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(60));
  });
});
