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
  /** Key hints for the dialog (shown only with a fine pointer); the /search/ page has none. */
  keyHints?: boolean;
}

/**
 * The search form, its filters and the results list: the /search/ page renders
 * it on the server, and the search UI builds the dialog from the same markup.
 */
export function searchPanelHtml({ id, action, base, keyHints = false }: PanelOptions): string {
  const filters = SEARCH_FILTERS.map(
    (filter) =>
      `<label class="search-filter"><span>${filter.label}</span><select name="${filter.key}" data-filter="${filter.key}" disabled><option value="">Any</option></select></label>`,
  ).join('');
  return [
    `<div class="search-panel" data-search-panel data-base="${escape(base)}">`,
    `<form role="search" class="search-form" action="${escape(action)}" method="get">`,
    `<label for="${id}-input" class="search-label">Search topics, changes and terms</label>`,
    `<input id="${id}-input" class="search-input" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" placeholder="multiqueue, r294442, Colin Percival…"${keyHints ? ` aria-describedby="${id}-hint"` : ''} aria-controls="${id}-results" data-search-input>`,
    keyHints
      ? `<p id="${id}-hint" class="search-hint"><kbd>↓</kbd> <kbd>↑</kbd> move through results, <kbd>Enter</kbd> opens one, <kbd>Esc</kbd> closes.</p>`
      : '',
    `<details class="search-filters"><summary>Filters</summary><div class="search-filter-grid">${filters}</div></details>`,
    `</form>`,
    `<p class="search-status" role="status" aria-live="polite" data-search-status></p>`,
    `<button type="button" class="search-changes" data-search-changes hidden></button>`,
    `<ol id="${id}-results" class="search-results" aria-label="Search results" data-search-results></ol>`,
    `<button type="button" class="search-more" data-search-more hidden>Show more results</button>`,
    `</div>`,
  ].join('');
}

/**
 * What the search dialog holds: a Close button and the panel with key hints.
 * The dialog itself is put in the page when a reader first opens search
 * (src/scripts/search/open.ts) and closes on Escape, its Close button or a
 * click outside (where supported); it is full-screen on a phone (src/scripts/search/search.css).
 */
export function searchDialogContents(options: Omit<PanelOptions, 'id' | 'keyHints'>): string {
  return [
    `<form method="dialog" class="search-dialog-bar"><button class="search-close"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5"><path d="M6 6l12 12M18 6L6 18"/></svg>Close</button></form>`,
    searchPanelHtml({ ...options, id: 'dialog-search', keyHints: true }),
  ].join('');
}
