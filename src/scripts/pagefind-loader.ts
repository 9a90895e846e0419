/**
 * Loads Pagefind's Component UI (its script and stylesheet) on first use only, so no search
 * code or index is fetched before a reader reaches for search.
 */

/** The part of Pagefind's Component UI global that Cronista uses. */
export type PagefindInstance = {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, 'asc' | 'desc'>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
};

type PagefindComponents = { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };

let loading: Promise<PagefindComponents> | undefined;

/** Injects the Component UI once; resolves when its elements are defined. */
export function loadPagefindUI(bundlePath: string): Promise<PagefindComponents> {
  loading ??= new Promise<PagefindComponents>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-component-ui.js`;
    script.onload = () => {
      const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
      if (components) resolve(components);
      else reject(new Error('Pagefind did not start'));
    };
    script.onerror = () => reject(new Error(`Search is not available at ${bundlePath}`));
    document.head.append(script);
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Shows a term in the Component UI's search box (triggering a search does not fill it in). */
export function showTerm(container: ParentNode, term: string): void {
  const input = container.querySelector<HTMLInputElement>('pagefind-input input');
  if (input) input.value = term;
}

/** Applies a result order: best match (relevance), newest first or oldest first. */
export function applySort(instance: PagefindInstance, order: string): void {
  instance.searchSort = order === 'asc' || order === 'desc' ? { date: order } : {};
  instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
}

/**
 * Gives each Pagefind filter dropdown's trigger its label as an accessible name, now and after
 * every re-render.
 * N.B. Pagefind 1.6 renders the trigger as <button role="combobox">; a combobox takes no name
 * from its content, so screen readers announced an unnamed combobox. Pagefind re-renders the
 * dropdown when its translations load, replacing the button.
 */
export function nameFilterDropdowns(root: HTMLElement): void {
  const name = () => {
    for (const dropdown of root.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('.pf-dropdown-trigger');
      if (trigger && !trigger.hasAttribute('aria-label')) trigger.setAttribute('aria-label', dropdown.getAttribute('label') ?? '');
    }
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}
