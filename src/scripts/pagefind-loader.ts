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

/** The part of the Component UI's global that Cronista uses: it makes or updates a named instance. */
type PagefindComponents = { configureInstance(name: string, options: { bundlePath: string }): PagefindInstance };

/** The address of the Pagefind bundle, as the layout writes it with the site's base path (`data-bundle-path`). */
export function bundlePathOf(element: HTMLElement): string {
  const path = element.dataset.bundlePath;
  if (!path) throw new Error('The page does not say where the search bundle is (expected a data-bundle-path attribute)');
  return path;
}

let loading: Promise<PagefindInstance> | undefined;

/**
 * Injects the Component UI once; resolves with the search instance, set to load its index from
 * `bundlePath`, once the UI's elements are defined.
 */
export function loadPagefindUI(bundlePath: string): Promise<PagefindInstance> {
  loading ??= new Promise<PagefindInstance>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-component-ui.js`;
    script.onload = () => {
      const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
      // N.B. Pagefind guesses its bundle from the running script's address, which it only knows while
      // its own script runs; an instance made later (the header's dialog) would look in /pagefind/,
      // outside a base path such as /cronista/. The page says where the bundle is, so we tell it.
      if (components) resolve(components.configureInstance('default', { bundlePath }));
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
