/** The words of the search interface that the page hands to its scripts, in the page's language. */
export type SearchLabels = {
  placeholder: string;
  order: string;
  best: string;
  newest: string;
  oldest: string;
  category: string;
  actor: string;
  year: string;
  fullSearch: string;
  unavailable: string;
  /** The keys the search dialog answers to: down to the results, Enter to open one, Esc to close. */
  keyResults: string;
  keyOpen: string;
  keyClose: string;
};

/**
 * The result template: what the result is (an event or an actor), its title, the event's date as
 * written and category or the actor's role, and the highlighted excerpt of its own text.
 */
export const RESULT_TEMPLATE = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      {{#if meta.kind}}<p class="search-result-kind">{{ meta.kind }}</p>{{/if}}
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.date}}<p class="search-result-meta">{{ meta.date }} · {{ meta.category }}</p>{{/if}}
      {{#if meta.role}}<p class="search-result-meta">{{ meta.role }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
</li>`;

/** Escapes text for HTML built as a string in the browser. */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The order picker's markup, shared by the search dialog and the search page: best match, newest or oldest first. */
export function sortSelect(labels: Pick<SearchLabels, 'order' | 'best' | 'newest' | 'oldest'>): string {
  const options = [
    { value: '', label: labels.best },
    { value: 'desc', label: labels.newest },
    { value: 'asc', label: labels.oldest },
  ];
  return `<label class="search-sort">${escape(labels.order)} <select data-search-sort>${options
    .map((option) => `<option value="${option.value}">${escape(option.label)}</option>`)
    .join('')}</select></label>`;
}

/** Reads the labels a page wrote into `data-search-labels`. */
export function readSearchLabels(element: HTMLElement): SearchLabels {
  return JSON.parse(element.dataset.searchLabels ?? '{}') as SearchLabels;
}

/** Escapes a label for an attribute of HTML built as a string. */
export const escapeLabel = escape;

/** The search dialog's key hints (replacing Pagefind's, which call Esc "clear" where it closes the dialog). */
export function keyHints(labels: Pick<SearchLabels, 'keyResults' | 'keyOpen' | 'keyClose'>): string {
  const hint = (key: string, text: string) => `<span><kbd>${escape(key)}</kbd> ${escape(text)}</span>`;
  return `<p class="search-hints" aria-hidden="true">${hint('↓', labels.keyResults)}${hint('↵', labels.keyOpen)}${hint('Esc', labels.keyClose)}</p>`;
}
