/** The result template: title, date as written, category, and the highlighted excerpt. */
export const RESULT_TEMPLATE = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.date}}<p class="search-result-meta">{{ meta.date }} · {{ meta.category }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
</li>`;

/** The result orders a searcher can choose: best match (relevance), newest or oldest first. */
export const SORT_OPTIONS = [
  { value: '', label: 'Best match' },
  { value: 'desc', label: 'Newest first' },
  { value: 'asc', label: 'Oldest first' },
] as const;

/** The order picker's markup, shared by the search dialog and the search page. */
export const SORT_SELECT = `<label class="search-sort">Order <select data-search-sort>${SORT_OPTIONS.map(
  (option) => `<option value="${option.value}">${option.label}</option>`,
).join('')}</select></label>`;
