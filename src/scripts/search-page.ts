import { applySort, bundlePathOf, loadPagefindUI, showTerm } from './pagefind-loader.ts';
import { facetIdsOf, facetNamesOf, parseSearchParams, searchQueryString, type FacetNames } from '../lib/search/url.ts';
import { readSearchLabels } from '../lib/search/template.ts';

/**
 * The /search/ page: Pagefind's Component UI with the full facet panel. The search lives in the
 * URL (`?q=gold&category=sanctions&sort=desc`, facets by id), so every search can be shared as a link.
 */
const root = document.querySelector<HTMLElement>('[data-search-page]');

async function start(page: HTMLElement) {
  const status = page.querySelector<HTMLElement>('[data-search-status]');
  const state = parseSearchParams(window.location.search);
  const facets = JSON.parse(page.dataset.searchFacets ?? '{}') as FacetNames;
  try {
    const instance = await loadPagefindUI(bundlePathOf(page));
    page.querySelector<HTMLElement>('[data-search-ui]')!.hidden = false;
    await customElements.whenDefined('pagefind-results');
    const sort = page.querySelector<HTMLSelectElement>('[data-search-sort]')!;
    sort.value = state.sort;
    instance.searchSort = state.sort ? { date: state.sort } : {};
    sort.addEventListener('change', () => {
      applySort(instance, sort.value);
      writeUrl(instance.searchTerm, instance.searchFilters);
    });
    const writeUrl = (term: string, filters: Record<string, string[]>) => {
      const query = searchQueryString({ term, filters: facetIdsOf(filters, facets), sort: sort.value as '' | 'asc' | 'desc' });
      window.history.replaceState(null, '', `${window.location.pathname}${query}`);
    };
    instance.on('search', writeUrl);
    showTerm(page, state.term);
    instance.triggerSearchWithFilters(state.term, facetNamesOf(state.filters, facets));
    status?.remove();
  } catch {
    if (status) {
      status.textContent = readSearchLabels(page).unavailable;
    }
  }
}

if (root) void start(root);
