/** The facets a search link may carry, in the order they appear in the URL. */
export const SEARCH_FACETS = ['category', 'actor', 'year', 'phase'] as const;

/** A search as a shareable URL holds it: `?q=gold&category=sanctions&year=2019&sort=desc`. */
export type SearchState = {
  term: string;
  filters: Record<string, string[]>;
  /** `desc` newest first, `asc` oldest first, `` best match. */
  sort: '' | 'asc' | 'desc';
};

/** Reads a search from a URL query string. Facets may repeat (`actor=A&actor=B`). */
export function parseSearchParams(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: Record<string, string[]> = {};
  for (const facet of SEARCH_FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = values;
  }
  const sort = params.get('sort');
  return { term: params.get('q')?.trim() ?? '', filters, sort: sort === 'asc' || sort === 'desc' ? sort : '' };
}

/** Writes a search as a URL query string (with its `?`, or empty for no search). */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term) params.set('q', state.term);
  for (const facet of SEARCH_FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.sort) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Each facet's values by id (`{ category: { defection: 'Military and defections' } }`): the index
 * files events under names, which change when a category is renamed or translated; links use ids.
 */
export type FacetNames = Partial<Record<(typeof SEARCH_FACETS)[number], Record<string, string>>>;

/** The facet values a link asks for, as the index names them: an id becomes its name; a name is kept. */
export function facetNamesOf(filters: SearchState['filters'], names: FacetNames): SearchState['filters'] {
  return Object.fromEntries(
    Object.entries(filters).map(([facet, values]) => [facet, values.map((value) => names[facet as keyof FacetNames]?.[value] ?? value)]),
  );
}

/** The facet values to write into a link: each name as its id where it has one. */
export function facetIdsOf(filters: SearchState['filters'], names: FacetNames): SearchState['filters'] {
  const ids = Object.fromEntries(
    Object.entries(names).map(([facet, byId]) => [facet, new Map(Object.entries(byId).map(([id, name]) => [name, id]))]),
  );
  return Object.fromEntries(
    Object.entries(filters).map(([facet, values]) => [facet, values.map((value) => ids[facet]?.get(value) ?? value)]),
  );
}
