/**
 * The search UI, loaded only when a reader opens search. It loads Pagefind
 * from the built site, fills the filters, runs searches as the reader types
 * and lets the keyboard move through the results.
 */
import { RESULTS_PER_PAGE, SEARCH_FILTERS, SEARCH_OPTIONS, isFilterKey } from '../../lib/search/options.ts';
import {
  describeResults,
  normalizeQuery,
  toPagefindFilters,
  toResultView,
  type ResultView,
  type SelectedFilters,
} from '../../lib/search/results.ts';
import { needsChanges } from '../../lib/search/change-index.ts';
import { searchDialogContents } from '../../lib/search/panel-html.ts';
import { routes, withBase } from '../../lib/paths.ts';
import { moveFocus } from './keyboard.ts';
import {
  loadPagefind,
  openChangeIndex,
  type ChangeIndex,
  type Pagefind,
  type PagefindResult,
} from './pagefind.ts';
import { renderResult } from './render.ts';

const attached = new WeakSet<HTMLElement>();

function part<T extends Element>(panel: HTMLElement, selector: string): T {
  const element = panel.querySelector<T>(selector);
  if (!element) throw new Error(`search panel is missing ${selector}`);
  return element;
}

/**
 * Builds the full dialog around the stand-in that src/scripts/search/open.ts
 * put on screen (a search field alone), keeping what was typed and the focus,
 * and wires it.
 */
export function attachDialog(dialog: HTMLDialogElement, base: string): void {
  if (!dialog.querySelector('[data-search-panel]')) {
    const standIn = dialog.querySelector('input');
    const typed = standIn?.value ?? '';
    const focused = standIn !== null && document.activeElement === standIn;
    dialog.innerHTML = searchDialogContents({ action: withBase(base, routes.search()), base });
    const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
    if (input) {
      input.value = typed;
      if (focused) input.focus();
    }
  }
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
  if (panel) void attach(panel);
}

/** Wires a search panel once; `syncUrl` keeps ?q= in the address bar (the /search/ page). */
export async function attach(panel: HTMLElement, { syncUrl = false } = {}): Promise<void> {
  if (attached.has(panel)) return;
  attached.add(panel);
  const base = panel.dataset['base'] ?? '/';
  const input = part<HTMLInputElement>(panel, '[data-search-input]');
  const status = part<HTMLElement>(panel, '[data-search-status]');
  const list = part<HTMLOListElement>(panel, '[data-search-results]');
  const more = part<HTMLButtonElement>(panel, '[data-search-more]');
  const offer = part<HTMLButtonElement>(panel, '[data-search-changes]');
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

  let pagefind: Pagefind;
  let changes: ChangeIndex;
  try {
    pagefind = await loadPagefind(base, SEARCH_OPTIONS);
    changes = await openChangeIndex(pagefind, base, SEARCH_OPTIONS);
  } catch {
    status.textContent =
      'Search is not available: the search index was not found. Build the site to create it.';
    return;
  }
  // Filter values cost a request per filter: fetch them only when the reader opens the filters,
  // with the change records' values, since narrowing is how a reader looks for changes.
  const filtersBox = panel.querySelector('details');
  const loadFilters = (): void => void changes.load().then(() => fillFilters(pagefind, selects));
  if (filtersBox?.open) loadFilters();
  else filtersBox?.addEventListener('toggle', loadFilters, { once: true });
  if (syncUrl) input.value ||= new URLSearchParams(window.location.search).get('q') ?? '';

  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  // Once a reader has asked for the change records, every later search covers them.
  const ASKED = 'search-with-changes';
  let withChanges = sessionStorage.getItem(ASKED) === '1';
  offer.textContent = `Search the ${changes.records.toLocaleString('en')} change records too`;

  const showMore = async (): Promise<void> => {
    const batch = results.slice(shown, shown + RESULTS_PER_PAGE);
    const views: ResultView[] = (await Promise.all(batch.map((result) => result.data()))).map((data) =>
      toResultView(data, base),
    );
    list.append(...views.map(renderResult));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const query = normalizeQuery(input.value);
    const selected: SelectedFilters = Object.fromEntries(
      selects.flatMap((select) => {
        const key = select.dataset['filter'];
        return isFilterKey(key) ? [[key, select.value]] : [];
      }),
    );
    const filters = toPagefindFilters(selected);
    const filtered = Object.keys(filters).length > 0;
    if (syncUrl) {
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }
    if (!query && !filtered) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      offer.hidden = true;
      return;
    }
    if (!changes.loaded && (withChanges || needsChanges(query, selected))) await changes.load();
    const search = await pagefind.search(query, { filters });
    if (ticket !== latest || !search) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (ticket !== latest) return;
    status.textContent = describeResults(results.length, query, filtered) || 'Type to search';
    offer.hidden = changes.loaded || changes.records === 0;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore());
  offer.addEventListener('click', () => {
    withChanges = true;
    sessionStorage.setItem(ASKED, '1');
    offer.hidden = true;
    void run();
  });
  panel.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('a')?.click();
  });
  panel.addEventListener('keydown', (event) => moveFocus(event, input, list));

  if (input.value.trim() !== '') await run();
}

async function fillFilters(pagefind: Pagefind, selects: HTMLSelectElement[]): Promise<void> {
  const available = await pagefind.filters();
  for (const select of selects) {
    const key = select.dataset['filter'] ?? '';
    const counts = available[key] ?? {};
    const label = SEARCH_FILTERS.find((filter) => filter.key === key)?.label ?? key;
    const values = Object.keys(counts).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    select.append(...values.map((value) => new Option(`${value} (${String(counts[value] ?? 0)})`, value)));
    select.disabled = values.length === 0;
    select.setAttribute('aria-label', `${label} filter`);
  }
}
