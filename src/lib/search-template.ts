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
