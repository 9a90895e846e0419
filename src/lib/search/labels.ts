import type { Translator } from '../i18n/translate.ts';
import type { SearchLabels } from './template.ts';

/** The search interface's words in a language, for the page to hand to its scripts. */
export function searchLabels(t: Translator): SearchLabels {
  return {
    placeholder: t('search.pagePlaceholder'),
    order: t('search.order'),
    best: t('search.order.best'),
    newest: t('search.order.desc'),
    oldest: t('search.order.asc'),
    category: t('search.filter.category'),
    actor: t('search.filter.actor'),
    year: t('search.filter.year'),
    fullSearch: t('search.fullPage'),
    unavailable: t('search.unavailable'),
    keyResults: t('search.key.results'),
    keyOpen: t('search.key.open'),
    keyClose: t('search.key.close'),
  };
}
