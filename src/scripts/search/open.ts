/**
 * Always loaded, and small: opens search from the header link, `/` and
 * Ctrl/Cmd+K. The page holds only a stand-in dialog, the search field alone
 * (src/components/search/SearchDialog.astro), which opens at once so that
 * nothing typed is lost; the search code, fetched then, builds the full
 * dialog around what was typed (src/scripts/search/controller.ts).
 */
type SearchUi = typeof import('./controller.ts');

// Vite's base: the site's base path (BASE_PATH), always with a trailing slash.
const base = import.meta.env.BASE_URL;
const pagePanel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
const dialog = document.querySelector<HTMLDialogElement>('dialog#search-dialog');
let styled = false;

function open(): void {
  const target = pagePanel ?? dialog;
  if (!target) return;
  if (dialog && !dialog.open) {
    if (!styled)
      document.head.insertAdjacentHTML(
        'beforeend',
        `<link rel="stylesheet" href="${base}${__SEARCH_CSS__}">`,
      );
    styled = true;
    dialog.showModal();
  }
  target.querySelector('input')?.focus(); // the search field: the panel's first input
  // The search UI is a bundle of its own (src/integrations/search-bundle.ts). A plain
  // variable, not a template, so Vite leaves the import alone (no preload helper).
  const url = base + __SEARCH_UI__;
  void import(/* @vite-ignore */ url).then((ui: SearchUi) => {
    if (pagePanel) void ui.attach(pagePanel, { syncUrl: true });
    else if (dialog) ui.attachDialog(dialog, base);
  });
}

document.addEventListener('keydown', (event) => {
  const typing =
    event.target instanceof Element &&
    event.target.closest('input, textarea, select, [contenteditable]') !== null;
  if (
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing)
  ) {
    event.preventDefault();
    open();
  }
});

document.querySelector<HTMLElement>('[data-search-open]')?.addEventListener('click', (event) => {
  const { ctrlKey, metaKey, shiftKey, button } = event;
  if (ctrlKey || metaKey || shiftKey || button) return;
  event.preventDefault();
  open();
});

if (pagePanel) open();
