/** The facets a search link may carry, in the order they appear in the URL. */
export const SEARCH_FACETS = ['category', 'actor', 'year', 'phase'] as const;

/** A search as a shareable URL holds it: `?q=gold&category=Defections&year=2019&sort=desc`. */
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
