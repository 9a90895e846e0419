import { describe, expect, it } from 'vitest';
import { facetIdsOf, facetNamesOf, parseSearchParams, searchQueryString, type FacetNames } from '../../src/lib/search/url.ts';

const names: FacetNames = {
  category: { defection: 'Military and defections', sanctions: 'Sanctions and state assets' },
  actor: { 'juan-guaido': 'Juan Guaidó' },
};

describe('shareable search links name facets by id', () => {
  it('read an id as the name the index files events under, and keep a name as it is', () => {
    const state = parseSearchParams('?q=gold&category=sanctions&actor=Juan%20Guaid%C3%B3&sort=desc');
    expect(facetNamesOf(state.filters, names)).toEqual({ category: ['Sanctions and state assets'], actor: ['Juan Guaidó'] });
  });

  it('write each name back as its id, so a renamed or translated category keeps its links', () => {
    const query = searchQueryString({
      term: 'Maduro',
      filters: facetIdsOf({ category: ['Military and defections'], year: ['2019'] }, names),
      sort: '',
    });
    expect(query).toBe('?q=Maduro&category=defection&year=2019');
  });

  it('pass values that have no id through', () => {
    expect(facetIdsOf({ category: ['Unknown'] }, names)).toEqual({ category: ['Unknown'] });
    expect(facetNamesOf({ phase: ['background'] }, names)).toEqual({ phase: ['background'] });
  });
});
