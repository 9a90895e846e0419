import { applySort, bundlePathOf, loadPagefindUI, nameFilterDropdowns, showTerm } from './pagefind-loader.ts';
import { RESULT_TEMPLATE, escapeLabel, keyHints, readSearchLabels, sortSelect, type SearchLabels } from '../lib/search/template.ts';

/**
 * The header search: the form works without JavaScript (it goes to /search/); with it, the
 * Search button, "/" and Ctrl/Cmd+K open a search dialog, loading Pagefind on first use.
 */
const form = document.querySelector<HTMLFormElement>('form[data-search-launcher]');

type Modal = HTMLElement & { open(): void; isOpen: boolean };
let modal: Modal | undefined;

function buildModal(searchPage: string, labels: SearchLabels): Modal {
  const element = document.createElement('pagefind-modal') as Modal;
  element.innerHTML = `
    <pagefind-modal-header><pagefind-input placeholder="${escapeLabel(labels.placeholder)}"></pagefind-input></pagefind-modal-header>
    <pagefind-modal-body>
      <div class="search-tools">
        ${sortSelect(labels)}
        <pagefind-filter-dropdown filter="category" label="${escapeLabel(labels.category)}" sort="alphabetical" hide-clear></pagefind-filter-dropdown>
        <pagefind-filter-dropdown filter="actor" label="${escapeLabel(labels.actor)}" sort="alphabetical" hide-clear></pagefind-filter-dropdown>
        <pagefind-filter-dropdown filter="year" label="${escapeLabel(labels.year)}" sort="alphabetical" hide-clear></pagefind-filter-dropdown>
      </div>
      <pagefind-summary></pagefind-summary>
      <pagefind-results hide-sub-results><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results>
      <p class="search-more"><a data-search-page href="${searchPage}">${escapeLabel(labels.fullSearch)}</a></p>
    </pagefind-modal-body>
    <pagefind-modal-footer>${keyHints(labels)}</pagefind-modal-footer>`;
  document.body.append(element);
  nameFilterDropdowns(element);
  return element;
}

async function openSearch(query: string) {
  if (!form) return;
  const searchPage = form.action;
  try {
    const instance = await loadPagefindUI(bundlePathOf(form));
    await customElements.whenDefined('pagefind-modal');
    if (!modal) {
      modal = buildModal(searchPage, readSearchLabels(form));
      modal
        .querySelector<HTMLSelectElement>('[data-search-sort]')
        ?.addEventListener('change', (event) => applySort(instance, (event.target as HTMLSelectElement).value));
      instance.on('search', (term) => {
        const link = modal?.querySelector<HTMLAnchorElement>('[data-search-page]');
        if (link) link.href = term ? `${searchPage}?q=${encodeURIComponent(term)}` : searchPage;
      });
    }
    modal.open();
    if (query) {
      showTerm(modal, query);
      instance.triggerSearch(query);
    }
  } catch {
    // No index (for example under `npm run dev`): the search page explains what to do.
    window.location.href = query ? `${searchPage}?q=${encodeURIComponent(query)}` : searchPage;
  }
}

if (form) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void openSearch(input?.value.trim() ?? '');
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey)) {
      if (modal?.isOpen) return;
      event.preventDefault();
      void openSearch(typing ? '' : (input?.value.trim() ?? ''));
    }
  });
}
