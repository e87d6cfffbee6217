import { SEARCH_FILTERS } from './options.ts';

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export interface PanelOptions {
  /** Prefix of the element ids, such as `page-search`. */
  id: string;
  /** Where the form goes without script: the /search/ page under the base path. */
  action: string;
  /** The site's base path, for the script to find the search index. */
  base: string;
}

/**
 * The search form, its filters and the results list: the /search/ page renders
 * it on the server, and the search UI builds the dialog from the same markup.
 */
export function searchPanelHtml({ id, action, base }: PanelOptions): string {
  const filters = SEARCH_FILTERS.map(
    (filter) =>
      `<label class="search-filter"><span>${filter.label}</span><select name="${filter.key}" data-filter="${filter.key}" disabled><option value="">Any</option></select></label>`,
  ).join('');
  return [
    `<div class="search-panel" data-search-panel data-base="${escape(base)}">`,
    `<form role="search" class="search-form" action="${escape(action)}" method="get">`,
    `<label for="${id}-input" class="search-label">Search topics, changes and terms</label>`,
    `<input id="${id}-input" class="search-input" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" placeholder="multiqueue, r294442, Colin Percival…" aria-describedby="${id}-hint" aria-controls="${id}-results" data-search-input>`,
    `<p id="${id}-hint" class="search-hint"><kbd>↓</kbd> <kbd>↑</kbd> move through results, <kbd>Enter</kbd> opens one, <kbd>Esc</kbd> closes.</p>`,
    `<details class="search-filters"><summary>Filters</summary><div class="search-filter-grid">${filters}</div></details>`,
    `</form>`,
    `<p class="search-status" role="status" aria-live="polite" data-search-status></p>`,
    `<ol id="${id}-results" class="search-results" aria-label="Search results" data-search-results></ol>`,
    `<button type="button" class="search-more" data-search-more hidden>Show more results</button>`,
    `</div>`,
  ].join('');
}

/** The dialog around the panel: closes on Escape, its button, or a click outside (where supported). */
export function searchDialogHtml(options: Omit<PanelOptions, 'id'>): string {
  return [
    `<dialog id="search-dialog" class="search-dialog" aria-label="Search" closedby="any">`,
    `<form method="dialog" class="search-dialog-bar"><button class="icon-button"><span aria-hidden="true">Esc</span><span class="visually-hidden">Close search</span></button></form>`,
    searchPanelHtml({ ...options, id: 'dialog-search' }),
    `</dialog>`,
  ].join('');
}
